package uk.gov.la.ei.contracts.notice;

/** One thing wrong with an input: the field (a dotted path such as {@code data.urn}) and what is wrong with it. */
public record Violation(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
