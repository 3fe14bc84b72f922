package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.notification.registry.EstablishmentCategory;
import uk.gov.la.ei.notification.registry.LaContact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which County Education Manager a school's concerns and escalations go to (H§4: CEMs for primary
 * and secondary; the LA's special CEM): special provision to the special CEM, secondary phases to the
 * secondary CEM, the rest to the primary CEM; a CEM for all phases next; the CEM on duty when nothing
 * else fits or the URN is unknown.
 */
public final class CemRouting {

    /** GIAS "PhaseOfEducation (name)" of special schools, PRUs and alternative provision. */
    static final String PHASE_NOT_APPLICABLE = "not applicable";

    private CemRouting() {
    }

    public static Optional<LaContact> cemFor(EstablishmentCategory category, String typeOfEstablishment, String phase,
                                             List<LaContact> contacts) {
        List<LaContact> cems = contacts.stream().filter(c -> c.role() == LaContact.Role.CEM).toList();
        if (category == null) {
            return first(cems, LaContact.Phase.DUTY);
        }
        LaContact.Phase wanted = isSpecialProvision(category, typeOfEstablishment, phase) ? LaContact.Phase.SPECIAL
                : phaseOf(phase);
        return first(cems, wanted)
                .or(() -> first(cems, LaContact.Phase.ALL))
                .or(() -> first(cems, LaContact.Phase.DUTY));
    }

    /**
     * Special provision goes to the special CEM whoever runs it: LA special schools and PRUs, special and
     * alternative-provision academies and free schools, non-maintained and independent special schools
     * (by their GIAS type), and any state-funded school GIAS gives no phase ("Not applicable" – what it
     * records for special schools, PRUs and alternative provision). An independent school without a phase
     * is not thereby special: GIAS gives many mainstream independent schools no phase either.
     */
    static boolean isSpecialProvision(EstablishmentCategory category, String typeOfEstablishment, String phase) {
        if (category == EstablishmentCategory.SPECIAL || category == EstablishmentCategory.PRU) {
            return true;
        }
        String type = typeOfEstablishment == null ? "" : typeOfEstablishment.toLowerCase(Locale.ROOT);
        if (type.contains("special") || type.contains("alternative provision") || type.contains("pupil referral")) {
            return true;
        }
        return category != EstablishmentCategory.INDEPENDENT && phase != null
                && PHASE_NOT_APPLICABLE.equals(phase.trim().toLowerCase(Locale.ROOT));
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
