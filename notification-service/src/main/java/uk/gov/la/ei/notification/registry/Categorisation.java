package uk.gov.la.ei.notification.registry;

import java.util.Objects;

/**
 * The LA's categorisation of one school for one academic year.
 *
 * @param urn            the school
 * @param categorisation the LA's categorisation
 * @param academicYear   the academic year it applies to, always written "2025/26"
 */
public record Categorisation(String urn, LaCategorisation categorisation, String academicYear) {

    public Categorisation {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(categorisation, "categorisation");
        Objects.requireNonNull(academicYear, "academicYear");
    }
}
