package uk.gov.la.ei.supporttracking.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.events.ConcernOverdue;
import uk.gov.la.ei.contracts.events.KeepInTouchPointMissed;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.StatutoryStepOverdue;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.CaseState;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.ConcernDeadlines;
import uk.gov.la.ei.supporttracking.domain.ConcernStatus;
import uk.gov.la.ei.supporttracking.domain.Escalation;
import uk.gov.la.ei.supporttracking.domain.InspectionDays;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.MissedPointEscalation;
import uk.gov.la.ei.supporttracking.domain.OwnerRole;
import uk.gov.la.ei.supporttracking.domain.PointStatus;
import uk.gov.la.ei.supporttracking.domain.StatutoryStep;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Nothing waits on someone remembering (DOMAIN.md "Clocks"): every deadline of the case that passes raises its
 * event and an e-mail, exactly once however many replicas look – each item is handled in its own transaction
 * with a row lock and re-checked (the case first, then the item, always in that order).
 * <ul>
 *   <li>keep-in-touch points: missed → the SIM, then the CEM ({@link MissedPointEscalation}); reminders before
 *       the due time, with the inspector-call context where it applies;</li>
 *   <li>concerns: unresolved past their deadline, escalations unanswered ({@link ConcernDeadlines});</li>
 *   <li>statutory steps of a programme of support past their date (T§4–§5).</li>
 * </ul>
 * Points of a case waiting for a rescheduled notice (a granted deferral) or withdrawn are not chased.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    @Inject
    Clock clock;
    @Inject
    CaseRules rules;
    @Inject
    CaseEvents events;
    @Inject
    CaseMails mails;
    @Inject
    Timeline timeline;
    @Inject
    KnownInspections known;
    @Inject
    CaseContext context;

    @Scheduled(every = "${support.watch.every:60s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        sendReminders();
        alertMissedPoints();
        alertOverdueConcerns();
        alertOverdueStatutorySteps();
    }

    /**
     * Reads the item again under a row lock, after the case's lock is held: what another replica committed while
     * this one waited for the case is seen, so the re-check cannot act on a stale copy.
     */
    private static void fresh(Object entity) {
        KeepInTouchPoint.getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Runs {@code handle} for each id in its own transaction; returns how many it acted on. */
    private int each(List<UUID> ids, Function<UUID, Boolean> handle, String what) {
        int n = 0;
        for (UUID id : ids) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> handle.apply(id))) {
                    n++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s %s: will try again on the next round", what, id);
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------- keep in touch

    /** @return how many alerts (SIM or CEM) were raised in this round */
    public int alertMissedPoints() {
        Instant now = clock.instant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> KeepInTouchPoint.<KeepInTouchPoint>find(
                        "status in ?1 and dueAt < ?2 and (firstAlertedAt is null or cemAlertedAt is null) and caseId in "
                                + "(select c.id from SupportCase c where c.state = ?3)",
                        List.of(PointStatus.PLANNED, PointStatus.MISSED), now, CaseState.OPEN).list()
                .stream().map(p -> p.id).toList());
        return each(due, this::alertMissed, "missed point");
    }

    private boolean alertMissed(UUID pointId) {
        KeepInTouchPoint p = KeepInTouchPoint.findById(pointId);
        if (p == null) {
            return false;
        }
        SupportCase c = SupportCase.lockForInspection(p.inspectionId).orElse(null);
        fresh(p);
        if (c == null || c.state != CaseState.OPEN) {
            return false;
        }
        Instant now = clock.instant();
        MissedPointEscalation rule = rules.missedPoints();
        CaseContacts contacts = CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId)));
        boolean acted = false;
        if (rule.firstAlertDue(p.status, p.dueAt, p.firstAlertedAt, now)) {
            OwnerRole first = MissedPointEscalation.firstAlerted(contacts.hasSim());
            p.status = PointStatus.MISSED;
            p.firstAlertedAt = now;
            if (first == OwnerRole.CEM) {
                p.cemAlertedAt = now;
            }
            p.touched(now, Sources.SYSTEM);
            raiseMissed(c, p, first, contacts, now);
            acted = true;
        }
        if (rule.cemAlertDue(p.status, p.optional, p.dueAt, p.cemAlertedAt, now)) {
            p.cemAlertedAt = now;
            p.touched(now, Sources.SYSTEM);
            raiseMissed(c, p, OwnerRole.CEM, contacts, now);
            acted = true;
        }
        return acted;
    }

    private void raiseMissed(SupportCase c, KeepInTouchPoint p, OwnerRole alerted, CaseContacts contacts, Instant now) {
        events.publish(c, new KeepInTouchPointMissed(c.id, c.inspectionId, c.urn, p.kind.name() + ": " + p.title,
                        new Person(p.ownerName, p.ownerEmail), p.dueAt, alerted.role()), now, Sources.SYSTEM,
                "\"" + p.title + "\" due " + CaseMails.when(p.dueAt) + " not done; the " + alerted.role() + " is alerted", p.id);
        mails.pointMissed(c, p, contacts.person(alerted), alerted.role(), now);
    }

    /** Reminds each owner of an open point shortly before it is due (support.keep-in-touch.reminder-before). */
    public int sendReminders() {
        Instant now = clock.instant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> KeepInTouchPoint.<KeepInTouchPoint>find(
                        "status = ?1 and reminderSentAt is null and dueAt > ?2 and dueAt <= ?3 and ownerEmail is not null and caseId in "
                                + "(select c.id from SupportCase c where c.state = ?4)",
                        PointStatus.PLANNED, now, now.plus(rules.reminderBefore()), CaseState.OPEN).list()
                .stream().map(p -> p.id).toList());
        return each(due, this::remind, "reminder");
    }

    private boolean remind(UUID pointId) {
        KeepInTouchPoint p = KeepInTouchPoint.findById(pointId);
        if (p == null) {
            return false;
        }
        SupportCase c = SupportCase.lockForInspection(p.inspectionId).orElse(null);
        fresh(p);
        Instant now = clock.instant();
        if (c == null || c.state != CaseState.OPEN || p.status != PointStatus.PLANNED || p.reminderSentAt != null
                || !p.dueAt.isAfter(now)) {
            return false;
        }
        p.reminderSentAt = now;
        InspectorCallContext ctx = p.kind.isInspectorConversation() ? context.of(c, known.require(c.inspectionId)) : null;
        mails.reminder(c, p, ctx, now);
        return true;
    }

    // ---------------------------------------------------------------------------------------- concerns

    /** @return how many ConcernOverdue alerts were raised in this round */
    public int alertOverdueConcerns() {
        Instant now = clock.instant();
        List<UUID> unresolved = QuarkusTransaction.requiringNew().call(() -> Concern.<Concern>find(
                        "status <> ?1 and resolveBy < ?2 and (unresolvedCemAlertedAt is null or unresolvedSeniorAlertedAt is null)",
                        ConcernStatus.CLOSED, now)
                .list().stream().map(c -> c.id).toList());
        int n = each(unresolved, this::alertUnresolved, "unresolved concern");
        List<UUID> unanswered = QuarkusTransaction.requiringNew().call(() -> Escalation.<Escalation>find(
                        "respondedAt is null and unansweredAlertedAt is null and responseDue < ?1", now)
                .list().stream().map(e -> e.id).toList());
        return n + each(unanswered, this::alertUnanswered, "unanswered escalation");
    }

    private boolean alertUnresolved(UUID concernId) {
        Concern concern = Concern.findById(concernId);
        if (concern == null) {
            return false;
        }
        SupportCase c = SupportCase.lockForInspection(concern.inspectionId).orElse(null);
        fresh(concern);
        Instant now = clock.instant();
        if (c == null || concern.isClosed()) {
            return false;
        }
        CaseContacts contacts = CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId)));
        if (concern.unresolvedCemAlertedAt == null && ConcernDeadlines.passed(concern.resolveBy, now)) {
            concern.unresolvedCemAlertedAt = now;
            raiseConcernOverdue(c, concern, ConcernDeadlines.UNRESOLVED, concern.resolveBy,
                    contacts.cem() != null ? ConcernDeadlines.CEM : ConcernDeadlines.SENIOR_OFFICER, contacts, now);
            return true;
        }
        Instant second = rules.concernDeadlines().seniorAlertAt(concern.resolveBy);
        if (concern.unresolvedCemAlertedAt != null && concern.unresolvedSeniorAlertedAt == null && ConcernDeadlines.passed(second, now)) {
            concern.unresolvedSeniorAlertedAt = now;
            raiseConcernOverdue(c, concern, ConcernDeadlines.UNRESOLVED, second, ConcernDeadlines.SENIOR_OFFICER, contacts, now);
            return true;
        }
        return false;
    }

    private boolean alertUnanswered(UUID escalationId) {
        Escalation e = Escalation.findById(escalationId);
        if (e == null) {
            return false;
        }
        SupportCase c = SupportCase.lockForInspection(e.inspectionId).orElse(null);
        fresh(e);
        Instant now = clock.instant();
        Concern concern = Concern.findById(e.concernId);
        if (c == null || e.answered() || e.unansweredAlertedAt != null || !ConcernDeadlines.passed(e.responseDue, now)
                || concern.isClosed()) {
            return false;
        }
        e.unansweredAlertedAt = now;
        CaseContacts contacts = CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId)));
        String role = ConcernDeadlines.alertedWhenUnanswered(e.level);
        if (role.equals(ConcernDeadlines.CEM) && contacts.cem() == null) {
            role = ConcernDeadlines.SENIOR_OFFICER;
        }
        raiseConcernOverdue(c, concern, ConcernDeadlines.ESCALATION_UNANSWERED, e.responseDue, role, contacts, now);
        return true;
    }

    private void raiseConcernOverdue(SupportCase c, Concern concern, String reason, Instant dueAt, String role, CaseContacts contacts,
                                     Instant now) {
        events.publish(c, new ConcernOverdue(concern.id, c.inspectionId, c.urn, reason, dueAt, role), now, Sources.SYSTEM,
                concern.category + " concern " + (reason.equals(ConcernDeadlines.UNRESOLVED) ? "still without an outcome"
                        : "escalated and not answered") + " at " + CaseMails.when(dueAt) + "; the " + role + " is alerted", concern.id);
        mails.concernOverdue(c, concern, reason, dueAt, role, contacts, now);
    }

    // ---------------------------------------------------------------------------------------- statutory clocks

    /** @return how many StatutoryStepOverdue alerts were raised in this round */
    public int alertOverdueStatutorySteps() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingDays.ENGLAND).toLocalDate();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> StatutoryStep.<StatutoryStep>find(
                        "doneOn is null and overdueAlertedAt is null and dueOn <= ?1", today)
                .list().stream().map(s -> s.id).toList());
        return each(due, this::alertStep, "statutory step");
    }

    private boolean alertStep(UUID stepId) {
        StatutoryStep s = StatutoryStep.findById(stepId);
        if (s == null) {
            return false;
        }
        SupportCase c = SupportCase.lockForInspection(s.inspectionId).orElse(null);
        fresh(s);
        Instant now = clock.instant();
        if (c == null || s == null || s.done() || s.overdueAlertedAt != null || s.dueOn == null
                || !now.isAfter(InspectionDays.endOf(s.dueOn, rules.workingDays()))) {
            return false;
        }
        s.overdueAlertedAt = now;
        CaseContacts contacts = CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId)));
        events.publish(c, new StatutoryStepOverdue(c.inspectionId, c.urn, s.step.name(), s.dueOn, ConcernDeadlines.CEM), now,
                Sources.SYSTEM, s.step + " was due on " + s.dueOn + " and is not recorded as done; the SIM and CEM are alerted", s.id);
        mails.statutoryStepOverdue(c, s, contacts, now);
        return true;
    }
}
