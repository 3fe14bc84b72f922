package uk.gov.la.ei.notification.application;

import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.LeadInspectorContact;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.notification.registry.LaContact;

import java.util.List;

/** Builds the ContactsAssigned fact from an inspection: everything downstream services need. */
final class ContactsAssignedEvent {

    private ContactsAssignedEvent() {
    }

    static ContactsAssigned of(Inspection i, School school, List<Person> shmi, FederationSnapshot federation,
                               AssignmentReason reason) {
        return new ContactsAssigned(
                i.id,
                i.lastNoticeId,
                i.urn,
                i.schoolName,
                i.category == null ? null : i.category.name(),
                i.phase,
                school == null ? null : school.district,
                school == null || school.laCategorisation == null ? null : school.laCategorisation.name(),
                i.involvement,
                i.knownSchool,
                person(i.simName, i.simEmail),
                person(i.aiName, i.aiEmail),
                person(i.cemName, i.cemEmail),
                shmi,
                school == null ? null : person(school.headName, school.headEmail),
                i.ofstedReference,
                i.inspectionType.name(),
                i.framework.name(),
                i.notifiedAt,
                i.startDate,
                i.expectedDays,
                i.leadInspectorName == null ? null : new LeadInspectorContact(i.leadInspectorName, i.leadInspectorEmail),
                i.acknowledgementDue,
                federation,
                reason);
    }

    /** The region's linked Senior HMIs (H§4, H§5: unresolved concerns are escalated to them). */
    static List<Person> shmi(List<LaContact> contacts) {
        return contacts.stream().filter(c -> c.role() == LaContact.Role.SHMI)
                .map(c -> new Person(c.name(), c.email())).toList();
    }

    static Person person(String name, String email) {
        return name == null && email == null ? null : new Person(name, email);
    }
}
