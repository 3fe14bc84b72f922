package uk.gov.la.ei.contracts.notice;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents {@code type} values of the inbound contract. */
public enum NoticeType {
    NOTIFIED("uk.gov.ofsted.inspection.notified.v1"),
    RESCHEDULED("uk.gov.ofsted.inspection.rescheduled.v1"),
    WITHDRAWN("uk.gov.ofsted.inspection.withdrawn.v1");

    private final String cloudEventType;

    NoticeType(String cloudEventType) {
        this.cloudEventType = cloudEventType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public static Optional<NoticeType> fromCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(type)).findFirst();
    }
}
