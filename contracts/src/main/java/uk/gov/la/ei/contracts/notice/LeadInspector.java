package uk.gov.la.ei.contracts.notice;

public record LeadInspector(String name, String email) {
}
