package uk.gov.la.ei.contracts.notice;

import java.time.OffsetDateTime;

/** An inbound Ofsted notice: a CloudEvents 1.0 event, already validated by {@link NoticeValidator}. */
public record InspectionNotice(
        String id,
        String source,
        NoticeType type,
        OffsetDateTime time,
        NoticeData data) {
}
