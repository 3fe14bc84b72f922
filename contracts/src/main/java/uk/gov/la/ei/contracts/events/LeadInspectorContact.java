package uk.gov.la.ei.contracts.events;

public record LeadInspectorContact(String name, String email) {
}
