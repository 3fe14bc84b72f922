package uk.gov.la.ei.supporttracking.application;

import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.supporttracking.domain.OwnerRole;

/** The inspection's LA contacts as the latest ContactsAssigned says (the truth downstream). */
public record CaseContacts(Person sim, Person attachedInspector, Person cem) {

    public static CaseContacts of(ContactsAssigned c) {
        return new CaseContacts(usable(c.sim()), usable(c.attachedInspector()), usable(c.cem()));
    }

    private static Person usable(Person p) {
        return p == null || p.email() == null || p.email().isBlank() ? null : p;
    }

    public Person person(OwnerRole role) {
        return switch (role) {
            case SIM -> sim;
            case ATTACHED_INSPECTOR -> attachedInspector;
            case CEM -> cem;
        };
    }

    /** The role that actually owns a point: the preferred one, or its fallback when nobody holds it (OwnerRole.fallback). */
    public OwnerRole effective(OwnerRole preferred) {
        OwnerRole role = preferred;
        while (person(role) == null && role != OwnerRole.CEM) {
            role = role.fallback();
        }
        return role;
    }

    public boolean hasSim() {
        return sim != null;
    }
}
