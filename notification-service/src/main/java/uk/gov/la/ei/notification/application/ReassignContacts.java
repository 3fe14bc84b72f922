package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.notification.domain.ContactAssignment;
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.LaContactEntry;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.notification.domain.WhoIsTold;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A school's SIM or AI assigned (or changed) after its inspection was notified: every open inspection of
 * the school takes the registry's contacts as they are now, the people newly involved are told, and
 * ContactsAssigned is published again with reason REASSIGNED (downstream, the latest is the truth). This
 * is what keeps an inspection of a school nobody was assigned to (e.g. an academy) from lapsing: the CEM
 * it was routed to holds it until a SIM is assigned, and then the SIM has it.
 */
@ApplicationScoped
public class ReassignContacts {

    @Inject
    Outbox outbox;
    @Inject
    InformContacts inform;
    @Inject
    NoticeEmails emails;
    @Inject
    FederationView federations;
    @Inject
    Clock clock;
    /** How far back an inspection's start may be for a change of contacts to reach it (follow-up runs long after). */
    @ConfigProperty(name = "notification.reassignment.look-back", defaultValue = "P2Y")
    Period lookBack;

    /** @return the inspections whose contacts changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Inspection> forSchool(String urn) {
        School school = School.findById(urn);
        if (school == null) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate since = LocalDate.ofInstant(now, clock.getZone()).minus(lookBack);
        List<LaContact> laContacts = LaContactEntry.all();
        return Inspection.openFor(urn, since).stream()
                .filter(i -> reassign(i, school, laContacts, now))
                .toList();
    }

    private boolean reassign(Inspection i, School school, List<LaContact> laContacts, Instant now) {
        Inspection.Contacts before = i.contacts();
        Map<String, String> toldBefore = WhoIsTold.recipients(i);
        boolean wasKnown = i.knownSchool;
        ContactAssignment.adoptSchool(i, school);
        if (!i.assignContacts(ContactAssignment.contactsFor(i, school, laContacts), now) && wasKnown) {
            return false;
        }
        InspectionHistory.record(i.id, now, HistoryKind.CONTACTS_REASSIGNED, null,
                "%sSIM %s → %s; AI %s → %s; CEM %s → %s".formatted(wasKnown ? "" : "URN now in the registry; ",
                        orNone(before.simEmail()), orNone(i.simEmail), orNone(before.aiEmail()), orNone(i.aiEmail),
                        orNone(before.cemEmail()), orNone(i.cemEmail)));
        Optional<FederationSnapshot> federation = federations.of(i.urn, i.notifiedAt);
        inform.tell(i, now, WhoIsTold.newlyInvolved(toldBefore, WhoIsTold.recipients(i)),
                role -> emails.assigned(i, role, federation));
        outbox.publish(ContactsAssignedEvent.of(i, school, ContactsAssignedEvent.shmi(laContacts), federation.orElse(null),
                AssignmentReason.REASSIGNED));
        return true;
    }

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }
}
