package uk.gov.la.ei.feedback.domain.record;

import uk.gov.la.ei.contracts.events.OutcomeBand;

import java.util.Locale;
import java.util.Optional;

/**
 * "An outcome worse than the LA's own categorisation of the school is an unexpected outcome and is
 * treated as a concern" (DOMAIN.md step 7; H§4 "a potential unexpected inspection outcome"). A school
 * the LA has not categorised cannot have an unexpected outcome: there is nothing to compare with.
 */
public final class UnexpectedOutcomeRule {

    private UnexpectedOutcomeRule() {
    }

    public static boolean isUnexpected(OutcomeBand outcome, Optional<OutcomeBand> laCategorisation) {
        return laCategorisation.map(outcome::isWorseThan).orElse(false);
    }

    /**
     * The LA's categorisation as it travels in ContactsAssigned ("GOOD", "REQUIRES_IMPROVEMENT"; the
     * registry's words "requires improvement" too), on the same four-point scale.
     */
    public static Optional<OutcomeBand> categorisation(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replaceAll("\\s+", "_");
        try {
            return Optional.of(OutcomeBand.valueOf(normalised));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
