package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.WellbeingReferralOpened;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.CheckInPlan;
import uk.gov.la.ei.wellbeing.domain.CheckInStatus;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralTrigger;
import uk.gov.la.ei.wellbeing.domain.SignpostingDeadline;
import uk.gov.la.ei.wellbeing.domain.TriggerRules;
import uk.gov.la.ei.wellbeing.persistence.InspectionLock;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A trigger arrives (an event of another service, or a manual referral): it opens the inspection's
 * referral, or joins the one already open. Several triggers for one inspection make one referral with
 * each trigger kept on it; the same source triggering again (a redelivery, a corrected feedback record)
 * adds nothing. Opening schedules the default check-ins and starts the signposting deadline.
 */
@ApplicationScoped
public class OpenOrJoinReferral {

    /** Where the trigger came from: the service whose event it was, or the officer who referred. */
    public record Trigger(UUID inspectionId, String urn, WellbeingTrigger kind, UUID sourceId, Instant occurredAt,
                          String note) {
    }

    public record Result(UUID referralId, boolean opened, boolean added) {
    }

    @Inject
    Clock clock;
    @Inject
    WorkingDays workingDays;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    InspectionLock lock;
    @Inject
    WellbeingSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public Result on(Trigger t, Actor actor) {
        validate(t);
        lock.lock(t.inspectionId());
        Instant now = clock.instant();
        List<ReferralTrigger> same = ReferralTrigger.list("inspectionId = ?1 and kind = ?2 and sourceId = ?3",
                t.inspectionId(), t.kind(), t.sourceId().toString());
        if (!same.isEmpty()) {
            return new Result(same.get(0).referralId, false, false);
        }
        Referral referral = Referral.openFor(t.inspectionId()).orElse(null);
        boolean opened = referral == null;
        if (opened) {
            referral = Referral.open(t.inspectionId(), t.urn(), now,
                    SignpostingDeadline.dueAt(now, workingDays, settings.signpostingWithinWorkingDays()));
            referral.persist();
        }
        ReferralTrigger trigger = new ReferralTrigger();
        trigger.referralId = referral.id;
        trigger.inspectionId = t.inspectionId();
        trigger.kind = t.kind();
        trigger.sourceId = t.sourceId().toString();
        trigger.occurredAt = t.occurredAt() == null ? now : t.occurredAt();
        trigger.receivedAt = now;
        trigger.raisedBy = actor.id();
        trigger.note = t.note();
        trigger.persist();

        CheckInPlan plan = settings.checkInPlan();
        if (opened) {
            audit.allowed(actor, AuditAction.REFERRAL_OPENED, referral.id, t.kind().name(), "trigger " + t.kind());
            for (Instant due : plan.scheduleFrom(now, workingDays)) {
                CheckIn.scheduled(referral.id, due, "default plan", now).persist();
            }
            outbox.publish(new WellbeingReferralOpened(referral.id, referral.inspectionId, referral.urn, t.kind(), now));
        } else {
            audit.allowed(actor, AuditAction.TRIGGER_JOINED, referral.id, t.kind().name(), "trigger " + t.kind());
            if (TriggerRules.needsAnEarlyCheckIn(t.kind())) {
                List<Instant> scheduled = CheckIn.<CheckIn>list("referralId = ?1 and status = ?2", referral.id,
                        CheckInStatus.SCHEDULED).stream().map(c -> c.dueAt).toList();
                UUID referralId = referral.id;
                plan.earlyCheckInAfterAdverseOutcome(now, scheduled, workingDays).ifPresent(due -> {
                    CheckIn early = CheckIn.scheduled(referralId, due, "default plan (adverse outcome)", now);
                    early.persist();
                    audit.allowed(actor, AuditAction.CHECK_IN_SCHEDULED, referralId, early.id.toString(),
                            "within one working day after an adverse outcome");
                });
            }
        }
        return new Result(referral.id, opened, true);
    }

    private static void validate(Trigger t) {
        List<Violation> violations = new ArrayList<>();
        if (t.inspectionId() == null) {
            violations.add(new Violation("inspectionId", "is required"));
        }
        if (t.urn() == null || !t.urn().matches("[0-9]{6,7}")) {
            violations.add(new Violation("urn", "must be 6 or 7 digits"));
        }
        if (t.kind() == null) {
            violations.add(new Violation("trigger", "is required"));
        }
        if (t.sourceId() == null) {
            violations.add(new Violation("sourceId", "is required: the concern, pause request, feedback record or manual referral"));
        }
        if (t.note() != null && t.note().length() > 500) {
            violations.add(new Violation("note", "must be at most 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
