package uk.gov.la.ei.platform.inspections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.problem.NotFoundProblem;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps {@link KnownInspection}s from notification-service's facts. Every downstream service calls
 * {@link #apply} for each event of {@code ei.notification.inspections} before its own handling, so
 * "who is the SIM of this inspection" is answered the same way everywhere.
 */
@ApplicationScoped
public class KnownInspections {

    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    /**
     * Applies an inspection fact (inside the consumer's transaction).
     *
     * @return true if the event changed what is known of an inspection
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(IntegrationEvent event) {
        if (event instanceof ContactsAssigned c) {
            KnownInspection i = KnownInspection.findById(c.inspectionId(), LockModeType.PESSIMISTIC_WRITE);
            if (i == null) {
                i = new KnownInspection();
                i.inspectionId = c.inspectionId();
                fill(i, c);
                i.persist();
            } else {
                fill(i, c);
            }
            return true;
        }
        if (event instanceof InspectionRescheduled r) {
            return find(r.inspectionId()).map(i -> {
                i.startDate = r.startDate();
                i.expectedDays = r.expectedDays();
                if (r.acknowledgementDue() != null) {
                    i.acknowledgementDue = r.acknowledgementDue();
                    i.acknowledgedAt = null;
                    i.acknowledgedLate = null;
                }
                i.updatedAt = clock.instant();
                return true;
            }).orElse(false);
        }
        if (event instanceof InspectionWithdrawn w) {
            return find(w.inspectionId()).map(i -> {
                i.withdrawn = true;
                i.updatedAt = clock.instant();
                return true;
            }).orElse(false);
        }
        if (event instanceof AcknowledgementRecorded a) {
            return find(a.inspectionId()).map(i -> {
                i.acknowledgedAt = a.contactedAt();
                i.acknowledgedLate = a.late();
                i.updatedAt = clock.instant();
                return true;
            }).orElse(false);
        }
        return false;
    }

    private void fill(KnownInspection i, ContactsAssigned c) {
        i.urn = c.urn();
        i.schoolName = c.schoolName();
        i.involvement = c.involvement();
        i.laCategorisation = c.laCategorisation();
        i.simEmail = email(c.sim());
        i.aiEmail = email(c.attachedInspector());
        i.cemEmail = email(c.cem());
        i.ofstedReference = c.ofstedReference();
        i.inspectionType = c.inspectionType();
        i.framework = c.framework();
        i.notifiedAt = c.notifiedAt();
        i.startDate = c.startDate();
        i.expectedDays = c.expectedDays();
        i.acknowledgementDue = c.acknowledgementDue();
        if (c.reason() == AssignmentReason.RENOTIFIED) {
            i.acknowledgedAt = null; // notified again after a withdrawal: the old acknowledgement no longer stands
            i.acknowledgedLate = null;
        }
        i.withdrawn = false;
        try {
            i.contactsAssigned = mapper.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep ContactsAssigned of " + c.inspectionId(), e);
        }
        i.updatedAt = clock.instant();
    }

    private static String email(Person p) {
        return p == null || p.email() == null ? null : p.email().toLowerCase();
    }

    public Optional<KnownInspection> find(UUID inspectionId) {
        return KnownInspection.findByIdOptional(inspectionId);
    }

    /** The inspection, or a 404 problem naming it. */
    public KnownInspection require(UUID inspectionId) {
        return find(inspectionId).orElseThrow(() -> new NotFoundProblem("no inspection " + inspectionId
                + " is known here (yet): its ContactsAssigned event has not arrived"));
    }

    /** The latest ContactsAssigned of the inspection, as it came. */
    public ContactsAssigned contactsAssigned(KnownInspection i) {
        try {
            return mapper.readValue(i.contactsAssigned, ContactsAssigned.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ContactsAssigned kept for " + i.inspectionId, e);
        }
    }
}
