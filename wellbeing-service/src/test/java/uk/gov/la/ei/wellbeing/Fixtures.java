package uk.gov.la.ei.wellbeing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.LeadInspectorContact;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.contracts.events.PauseRequested;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.time.MutableClock;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.TestEvents;
import uk.gov.la.ei.wellbeing.domain.Referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/**
 * Inspections as notification-service announces them, and the other services' facts that refer a leader –
 * each test school with its own URN and its own SIM, AI, CEM and headteacher, so tests never see each
 * other's referrals or mail.
 */
public final class Fixtures {

    /** The service's clock in tests (platform.clock.adjustable is on in the test profile). */
    public static final MutableClock CLOCK = MutableClock.shared();
    public static final String OFFICER_EMAIL = "wellbeing.lead@hants-ei.example";
    public static final String OFFICER = DevJwt.token(OFFICER_EMAIL, "wellbeing-officer");
    public static final String GOVERNOR_SERVICES = DevJwt.token("governor.services@hants-ei.example", "governor-services");
    public static final String SENIOR_OFFICER = DevJwt.token("assistant.director@hants-ei.example", "senior-officer");
    public static final Duration WAIT = Duration.ofSeconds(30);

    private Fixtures() {
    }

    /** One inspection of one school, with its people and their tokens. */
    public record School(UUID inspectionId, String urn, String schoolName, String simEmail, String aiEmail, String cemEmail,
                         String headName, String headEmail) {
        public String sim() {
            return DevJwt.token(simEmail, "sim");
        }

        public String ai() {
            return DevJwt.token(aiEmail, "attached-inspector");
        }

        public String cem() {
            return DevJwt.token(cemEmail, "cem");
        }
    }

    /** A new inspection, announced by ContactsAssigned over Kafka; returns once this service knows it. */
    public static School inspection() {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String urn = "9" + n;
        School s = new School(UUID.randomUUID(), urn, "Test School " + urn, "sim." + n + "@hants-ei.example",
                "ai." + n + "@hants-ei.example", "cem." + n + "@hants-ei.example", "Helen Head " + n,
                "head." + n + "@school.example");
        TestEvents.publish(contactsAssigned(s));
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownInspection.findById(s.inspectionId()) != null));
        return s;
    }

    public static ContactsAssigned contactsAssigned(School s) {
        Instant notified = CLOCK.instant();
        return new ContactsAssigned(s.inspectionId(), "notice-" + s.urn(), s.urn(), s.schoolName(), "MAINTAINED", "Primary",
                "Winchester", "GOOD", Involvement.FULL, true, new Person("Sam Sim", s.simEmail()),
                new Person("Ann Inspector", s.aiEmail()), new Person("Carol Cem", s.cemEmail()), List.of(),
                new Person(s.headName(), s.headEmail()), "1" + s.urn(), "GRADED", "RENEWED_2025", notified,
                LocalDate.of(2026, 11, 24), 2, new LeadInspectorContact("A. Inspector", "a.inspector@example.org"),
                notified.plus(Duration.ofHours(4)), null, AssignmentReason.NOTIFIED);
    }

    public static ConcernLogged concern(School s, ConcernCategory category) {
        return new ConcernLogged(UUID.randomUUID(), s.inspectionId(), s.urn(), category,
                "summary that stays with support-tracking", true, new Person("Sam Sim", s.simEmail()), CLOCK.instant());
    }

    public static PauseRequested pause(School s) {
        return new PauseRequested(UUID.randomUUID(), s.inspectionId(), s.urn(), "headteacher", "reason that stays with support-tracking",
                CLOCK.instant());
    }

    public static FeedbackRecorded feedback(School s, UUID feedbackId, int version, boolean signposting, boolean adverse,
                                            boolean unexpected) {
        return feedback(s, feedbackId, version, signposting, adverse, false, unexpected);
    }

    public static FeedbackRecorded feedback(School s, UUID feedbackId, int version, boolean signposting, boolean adverse,
                                            boolean conductConcerns, boolean unexpected) {
        return new FeedbackRecorded(feedbackId, s.inspectionId(), s.urn(), "renewed-2025-graded", 1, version, "RENEWED_2025",
                "GRADED", Map.of("leadershipAndGovernance", "NEEDS_ATTENTION"),
                adverse ? OutcomeBand.INADEQUATE : OutcomeBand.GOOD, "MET", true, CategoryOfConcern.NONE, adverse, signposting,
                conductConcerns, unexpected, new Person("Sam Sim", s.simEmail()), CLOCK.instant());
    }

    /** The inspection's open referral, once a trigger has opened it. */
    public static UUID awaitReferral(School s) {
        UUID[] id = new UUID[1];
        await().atMost(WAIT).until(() -> {
            id[0] = QuarkusTransaction.requiringNew().call(() -> Referral.openFor(s.inspectionId()).map(r -> r.id).orElse(null));
            return id[0] != null;
        });
        return id[0];
    }

    /** Whether this service's consumer has handled the event (its processed-event log has the id). */
    public static boolean processed(String consumer, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Referral.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer).setParameter(2, eventId).getSingleResult()).longValue() > 0);
    }
}
