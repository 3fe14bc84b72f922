package uk.gov.la.ei.contracts.notice;

public enum InspectionType {
    GRADED, UNGRADED, MONITORING, URGENT
}
