package uk.gov.la.ei.notification.registry;

import java.util.Objects;

/**
 * How the LA reaches a school's leaders. GIAS publishes the headteacher's name but no e-mail
 * address, and nothing about the chair of governors, so the LA keeps these itself.
 *
 * @param urn        the school
 * @param headEmail  the headteacher's (or executive headteacher's) e-mail address
 * @param chairName  the chair of governors, or null
 * @param chairEmail the chair of governors' e-mail address, or null
 */
public record SchoolContact(String urn, String headEmail, String chairName, String chairEmail) {

    public SchoolContact {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(headEmail, "headEmail");
    }
}
