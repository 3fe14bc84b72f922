package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.platform.security.Roles;

import java.util.Set;

/**
 * Who may record the acknowledgement of a notice (H§4: "the SIM or AI makes contact with the school"):
 * the SIM or the AI assigned to the inspection, and the CEM it was routed to – so that an inspection with
 * nobody else to acknowledge it (a URN the registry does not know, a known school without a SIM, e.g. an
 * academy nobody was assigned to yet) is never one nobody may acknowledge. Role and relationship must both
 * hold, as everywhere else (platform {@code InspectionAccess}).
 */
public final class WhoMayAcknowledge {

    private WhoMayAcknowledge() {
    }

    public static boolean mayAcknowledge(Inspection i, String email, Set<String> roles) {
        if (email == null || roles == null) {
            return false;
        }
        return (roles.contains(Roles.SIM) && email.equalsIgnoreCase(i.simEmail))
                || (roles.contains(Roles.ATTACHED_INSPECTOR) && email.equalsIgnoreCase(i.aiEmail))
                || (roles.contains(Roles.CEM) && email.equalsIgnoreCase(i.cemEmail));
    }
}
