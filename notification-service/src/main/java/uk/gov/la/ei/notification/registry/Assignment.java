package uk.gov.la.ei.notification.registry;

import java.util.Objects;

/**
 * Who in the LA looks after a school: its School Improvement Manager and its attached inspector
 * (DOMAIN.md flow step 2; Hampshire guidance §4).
 *
 * @param urn     the school
 * @param simName the School Improvement Manager
 * @param simEmail the SIM's e-mail address
 * @param aiName  the attached inspector, or null if the school has none
 * @param aiEmail the AI's e-mail address, or null if the school has none
 */
public record Assignment(String urn, String simName, String simEmail, String aiName, String aiEmail) {

    public Assignment {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(simName, "simName");
        Objects.requireNonNull(simEmail, "simEmail");
        if ((aiName == null) != (aiEmail == null)) {
            throw new IllegalArgumentException("an attached inspector needs both a name and an e-mail address");
        }
    }

    public boolean hasAttachedInspector() {
        return aiEmail != null;
    }
}
