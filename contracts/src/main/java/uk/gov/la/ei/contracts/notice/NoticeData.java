package uk.gov.la.ei.contracts.notice;

import java.time.LocalDate;

/** The {@code data} of an inbound notice. Fields other than urn and ofstedReference may be absent on a withdrawal. */
public record NoticeData(
        String urn,
        String schoolName,
        String ofstedReference,
        InspectionType inspectionType,
        Framework framework,
        LocalDate startDate,
        Integer expectedDays,
        LeadInspector leadInspector) {
}
