package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;

/**
 * How far the LA is involved, by the kind of school (Hampshire guidance §4 and §7):
 * <ul>
 *   <li>a maintained or new maintained school (and LA special schools and PRUs): full involvement, SIM and AI;</li>
 *   <li>an academy, free school or other non-maintained school: the SIM acknowledges and offers support; the
 *       LA joins inspector conversations or feedback only if the school invites it or Ofsted asks;</li>
 *   <li>a URN the registry does not know: still acted on, routed to the CEM on duty and flagged for a data fix.</li>
 * </ul>
 */
public final class InvolvementPolicy {

    private InvolvementPolicy() {
    }

    /** @param category the school's category, or null when the URN is not in the registry */
    public static Involvement involvementFor(EstablishmentCategory category) {
        if (category == null) {
            return Involvement.UNKNOWN_SCHOOL;
        }
        return category.isLaMaintained() ? Involvement.FULL : Involvement.OFFER_SUPPORT;
    }

    /** Whether the attached inspector is told and assigned: only where the LA is fully involved. */
    public static boolean attachedInspectorInvolved(Involvement involvement) {
        return involvement == Involvement.FULL;
    }
}
