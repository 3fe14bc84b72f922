package uk.gov.la.ei.contracts.events;

/** Someone the LA deals with: an officer (SIM, AI, CEM) or a contact (SHMI, headteacher). */
public record Person(String name, String email) {
}
