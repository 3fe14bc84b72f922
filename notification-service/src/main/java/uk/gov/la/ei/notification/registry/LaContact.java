package uk.gov.la.ei.notification.registry;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person the LA's process routes to who is not tied to one school: a County Education Manager
 * (the escalation point, Hampshire guidance §4) or one of the region's linked Senior HMIs at
 * Ofsted (to whom unresolved concerns are escalated, H§4/H§5).
 *
 * @param role  CEM or SHMI
 * @param phase for a CEM, the schools they cover ({@link Phase#DUTY}: the CEM on duty, who receives
 *              notices for unknown URNs); for an SHMI, optional (null)
 * @param name  the person's name
 * @param email their e-mail address
 */
public record LaContact(Role role, Phase phase, String name, String email) {

    public enum Role {
        /** County Education Manager. */
        CEM,
        /** Senior His Majesty's Inspector linked to the LA's region. */
        SHMI;

        static Optional<Role> parse(String text) {
            return parseEnum(Role.class, text);
        }
    }

    public enum Phase {
        PRIMARY,
        SECONDARY,
        SPECIAL,
        /** Covers every phase. */
        ALL,
        /** The CEM on duty: receives notices for URNs the registry does not know (DOMAIN.md step 2). */
        DUTY;

        static Optional<Phase> parse(String text) {
            return parseEnum(Phase.class, text);
        }
    }

    public LaContact {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (role == Role.CEM && phase == null) {
            throw new IllegalArgumentException("a CEM needs a phase");
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
