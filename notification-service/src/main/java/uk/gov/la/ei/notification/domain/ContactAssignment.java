package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.notification.registry.LaContact;

import java.util.List;

/**
 * Who an inspection's LA contacts are (flow step 2), from the registry as it is now: the school's SIM;
 * its attached inspector only where the LA is fully involved ({@link InvolvementPolicy}); the CEM by
 * {@link CemRouting}. The same rule when a notice arrives, when it arrives again after a withdrawal, and
 * when the school's SIM or AI is assigned later.
 */
public final class ContactAssignment {

    private ContactAssignment() {
    }

    /** Takes the registry's facts about the school onto the inspection (a URN the registry now knows, too). */
    public static void adoptSchool(Inspection i, School school) {
        i.knownSchool = school != null;
        if (school != null) {
            i.schoolName = school.name;
        }
        i.category = school == null ? null : school.category;
        i.phase = school == null ? null : school.phase;
        i.involvement = InvolvementPolicy.involvementFor(i.category);
    }

    public static Inspection.Contacts contactsFor(Inspection i, School school, List<LaContact> laContacts) {
        String simName = school == null ? null : school.simName;
        String simEmail = school == null ? null : school.simEmail;
        boolean ai = school != null && InvolvementPolicy.attachedInspectorInvolved(i.involvement);
        LaContact cem = CemRouting.cemFor(i.category, school == null ? null : school.typeOfEstablishment, i.phase, laContacts)
                .orElse(null);
        return new Inspection.Contacts(simName, simEmail, ai ? school.aiName : null, ai ? school.aiEmail : null,
                cem == null ? null : cem.name(), cem == null ? null : cem.email());
    }
}
