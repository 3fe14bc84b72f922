package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.notification.registry.EstablishmentCategory;
import uk.gov.la.ei.notification.registry.LaContact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which County Education Manager a school's concerns and escalations go to (H§4: CEMs for primary
 * and secondary): special schools to the special CEM, secondary phases to the secondary CEM, the rest
 * to the primary CEM; a CEM for all phases next; the CEM on duty when nothing else fits or the URN is
 * unknown.
 */
public final class CemRouting {

    private CemRouting() {
    }

    public static Optional<LaContact> cemFor(EstablishmentCategory category, String phase, List<LaContact> contacts) {
        List<LaContact> cems = contacts.stream().filter(c -> c.role() == LaContact.Role.CEM).toList();
        if (category == null) {
            return first(cems, LaContact.Phase.DUTY);
        }
        LaContact.Phase wanted = category == EstablishmentCategory.SPECIAL ? LaContact.Phase.SPECIAL : phaseOf(phase);
        return first(cems, wanted)
                .or(() -> first(cems, LaContact.Phase.ALL))
                .or(() -> first(cems, LaContact.Phase.DUTY));
    }

    /** GIAS "PhaseOfEducation (name)": Secondary, 16 plus, All-through and Middle deemed secondary are secondary. */
    static LaContact.Phase phaseOf(String giasPhase) {
        String p = giasPhase == null ? "" : giasPhase.toLowerCase(Locale.ROOT);
        if (p.contains("secondary") || p.contains("16 plus") || p.contains("all-through")) {
            return LaContact.Phase.SECONDARY;
        }
        return LaContact.Phase.PRIMARY;
    }

    private static Optional<LaContact> first(List<LaContact> cems, LaContact.Phase phase) {
        return cems.stream().filter(c -> c.phase() == phase).findFirst();
    }
}
