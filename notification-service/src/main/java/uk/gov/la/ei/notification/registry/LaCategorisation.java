package uk.gov.la.ei.notification.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * The LA's own annual categorisation of a school (Tri-borough framework §2): outstanding, good,
 * requires improvement or inadequate. An inspection outcome worse than it is an unexpected
 * outcome (DOMAIN.md flow step 7).
 */
public enum LaCategorisation {
    OUTSTANDING(1, "outstanding"),
    GOOD(2, "good"),
    REQUIRES_IMPROVEMENT(3, "requires improvement"),
    INADEQUATE(4, "inadequate");

    private final int rank;
    private final String label;

    LaCategorisation(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    /** 1 (outstanding) to 4 (inadequate): a higher rank is a worse categorisation. */
    public int rank() {
        return rank;
    }

    /** The words used in the guidance and the CSV file, e.g. "requires improvement". */
    public String label() {
        return label;
    }

    /** Whether this categorisation is worse than the other one. */
    public boolean isWorseThan(LaCategorisation other) {
        return rank > other.rank;
    }

    /**
     * Parses "outstanding", "good", "requires improvement" or "inadequate", ignoring case, spacing,
     * underscores and hyphens ("REQUIRES_IMPROVEMENT" and "Requires-improvement" are accepted).
     */
    public static Optional<LaCategorisation> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')
                .replaceAll("\\s+", " ");
        for (LaCategorisation value : values()) {
            if (value.label.equals(normalised)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
