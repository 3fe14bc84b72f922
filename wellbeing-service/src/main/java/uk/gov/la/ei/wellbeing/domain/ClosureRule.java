package uk.gov.la.ei.wellbeing.domain;

import uk.gov.la.ei.contracts.notice.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A referral is closed only with a reason (so that no leader silently drops out of support); "other"
 * needs a short note saying what. Notes stay short: this is health-related data, kept to the minimum.
 */
public final class ClosureRule {

    public static final int NOTE_MAX = 500;

    private ClosureRule() {
    }

    public static List<Violation> check(ClosureReason reason, String note) {
        List<Violation> violations = new ArrayList<>();
        if (reason == null) {
            violations.add(new Violation("reason", "is required: why the referral is closed (one of "
                    + java.util.Arrays.toString(ClosureReason.values()) + ")"));
        }
        if (reason == ClosureReason.OTHER && (note == null || note.isBlank())) {
            violations.add(new Violation("note", "is required when the reason is OTHER"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            violations.add(new Violation("note", "must be at most " + NOTE_MAX + " characters"));
        }
        return violations;
    }
}
