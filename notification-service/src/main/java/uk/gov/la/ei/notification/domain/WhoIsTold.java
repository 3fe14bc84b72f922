package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.contracts.events.Involvement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who is told about an inspection, with the capacity they are told in (H§4 "key staff LA associated with
 * the school are informed including the relevant SIM and attached inspector"): the SIM, and the AI where
 * the LA is fully involved; the CEM when there is no SIM to tell, so that no notice waits on a data fix.
 */
public final class WhoIsTold {

    public static final String SIM = "School Improvement Manager (SIM)";
    public static final String AI = "Attached Inspector (AI)";
    public static final String CEM_NO_SIM = "County Education Manager (no SIM is assigned)";
    public static final String CEM_UNKNOWN_URN = "County Education Manager on duty (URN not in the registry)";

    private WhoIsTold() {
    }

    /** E-mail address → the capacity they are told in, in that order. */
    public static Map<String, String> recipients(Inspection i) {
        Map<String, String> to = new LinkedHashMap<>();
        if (i.simEmail != null) {
            to.put(i.simEmail, SIM);
        }
        if (i.aiEmail != null && i.involvement == Involvement.FULL) {
            to.putIfAbsent(i.aiEmail, AI);
        }
        if (i.simEmail == null && i.cemEmail != null) {
            to.putIfAbsent(i.cemEmail, i.knownSchool ? CEM_NO_SIM : CEM_UNKNOWN_URN);
        }
        return to;
    }

    /** Those in {@code after} who were not told before (whatever capacity they were told in then). */
    public static Map<String, String> newlyInvolved(Map<String, String> before, Map<String, String> after) {
        Map<String, String> added = new LinkedHashMap<>();
        after.forEach((email, role) -> {
            boolean known = before.keySet().stream().anyMatch(e -> e.equalsIgnoreCase(email));
            if (!known) {
                added.put(email, role);
            }
        });
        return added;
    }
}
