package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.DeferralRecorded;
import uk.gov.la.ei.contracts.events.PauseDecided;
import uk.gov.la.ei.contracts.events.PauseRequested;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.CaseState;
import uk.gov.la.ei.supporttracking.domain.DeferralCriterion;
import uk.gov.la.ei.supporttracking.domain.DeferralGuidance;
import uk.gov.la.ei.supporttracking.domain.DeferralOutcome;
import uk.gov.la.ei.supporttracking.domain.DeferralRequest;
import uk.gov.la.ei.supporttracking.domain.PauseGuidance;
import uk.gov.la.ei.supporttracking.domain.PauseOutcome;
import uk.gov.la.ei.supporttracking.domain.PauseRequest;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Deferral (an inspection that has not started, H§4; Ofsted's deferral guidance) and pause (one that has,
 * Ofsted's pausing guidance; H§5): what was asked, by whom, what was considered, and Ofsted's answer.
 */
@ApplicationScoped
public class PausesAndDeferrals {

    @Inject
    CaseEvents events;
    @Inject
    PlanKeeper plan;
    @Inject
    CaseRules rules;
    @Inject
    Clock clock;

    public record RequestPause(String requestedBy, String reason, Instant requestedAt) {
    }

    public record DecidePause(PauseOutcome outcome, LocalDate resumesOn, String notes) {
    }

    public record RecordDeferral(String requestedBy, String circumstances, List<DeferralCriterion> criteriaConsidered,
                                 DeferralOutcome outcome, String outcomeNotes, Instant requestedAt) {
    }

    @Transactional
    public PauseRequest requestPause(SupportCase c, RequestPause cmd, String actor) {
        Instant now = clock.instant();
        Instant at = cmd.requestedAt() == null ? now : cmd.requestedAt();
        if (at.isAfter(now.plus(KeepInTouch.CLOCK_SKEW))) {
            throw new InvalidInputException("requestedAt", "is in the future");
        }
        LocalDate day = at.atZone(WorkingDays.ENGLAND).toLocalDate();
        if (!PauseGuidance.mayBeRequested(c.startDate, day)) {
            throw new ConflictProblem("the inspection starts on " + c.startDate + ": a pause is for an inspection that has started; "
                    + "record a deferral request instead");
        }
        if (PauseRequest.ofCase(c.id).stream().anyMatch(p -> p.outcome == null)) {
            throw new ConflictProblem("a pause request is already waiting for Ofsted's decision");
        }
        PauseRequest p = new PauseRequest();
        p.id = UUID.randomUUID();
        p.caseId = c.id;
        p.inspectionId = c.inspectionId;
        p.requestedBy = cmd.requestedBy().strip();
        p.reason = cmd.reason().strip();
        p.requestedAt = at;
        p.loggedBy = actor;
        p.persist();
        c.touched(now, actor);
        events.publish(c, new PauseRequested(p.id, c.inspectionId, c.urn, p.requestedBy, p.reason, at), now, actor,
                "pause requested by " + p.requestedBy + ": " + p.reason, p.id);
        return p;
    }

    @Transactional
    public PauseRequest decidePause(SupportCase c, UUID pauseId, DecidePause cmd, String actor) {
        Instant now = clock.instant();
        PauseRequest p = PauseRequest.findById(pauseId);
        if (p == null || !p.caseId.equals(c.id)) {
            throw new NotFoundProblem("the case of inspection " + c.inspectionId + " has no pause request " + pauseId);
        }
        if (p.outcome != null) {
            throw new ConflictProblem("the pause request was already decided: " + p.outcome);
        }
        WorkingDays wd = rules.workingDays();
        LocalDate pausedOn = p.requestedAt.atZone(WorkingDays.ENGLAND).toLocalDate();
        LocalDate resumesOn = null;
        if (cmd.outcome() == PauseOutcome.PAUSED) {
            resumesOn = cmd.resumesOn() == null ? PauseGuidance.usualResumption(pausedOn, wd) : cmd.resumesOn();
            PauseGuidance.checkResumption(pausedOn, resumesOn, wd).ifPresent(problem -> {
                throw new InvalidInputException("resumesOn", problem);
            });
        } else if (cmd.resumesOn() != null) {
            throw new InvalidInputException("resumesOn", "only a pause that was granted (PAUSED) resumes");
        }
        p.outcome = cmd.outcome();
        p.resumesOn = resumesOn;
        p.decisionNotes = Concerns.blankToNull(cmd.notes());
        p.decidedAt = now;
        p.decidedBy = actor;
        String moved = "";
        if (resumesOn != null) {
            int lost = PauseGuidance.workingDaysLost(pausedOn, resumesOn, wd);
            int n = plan.shiftOpenAfter(c, p.requestedAt, lost, actor, now);
            moved = "; " + n + " open point(s) moved on " + lost + " working day(s)";
        }
        c.touched(now, actor);
        events.publish(c, new PauseDecided(p.id, c.inspectionId, c.urn, p.outcome.name(), resumesOn, now), now, actor,
                "pause " + p.outcome + (resumesOn == null ? "" : ", the inspection resumes on " + resumesOn) + moved
                        + (p.decisionNotes == null ? "" : "; " + p.decisionNotes), p.id);
        return p;
    }

    @Transactional
    public DeferralRequest recordDeferral(SupportCase c, RecordDeferral cmd, String actor) {
        Instant now = clock.instant();
        Instant at = cmd.requestedAt() == null ? now : cmd.requestedAt();
        if (at.isAfter(now.plus(KeepInTouch.CLOCK_SKEW))) {
            throw new InvalidInputException("requestedAt", "is in the future");
        }
        if (!DeferralGuidance.mayBeRequested(c.startDate, at.atZone(WorkingDays.ENGLAND).toLocalDate())) {
            throw new ConflictProblem("the inspection started on " + c.startDate + ": deferral is for an inspection that has not "
                    + "started; record a pause request instead");
        }
        DeferralOutcome outcome = cmd.outcome() == null ? DeferralOutcome.REQUESTED : cmd.outcome();
        DeferralRequest d = new DeferralRequest();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.inspectionId = c.inspectionId;
        d.requestedBy = cmd.requestedBy().strip();
        d.circumstances = cmd.circumstances().strip();
        d.criteria = String.join(",", cmd.criteriaConsidered().stream().distinct().map(Enum::name).toList());
        d.outcome = outcome;
        d.outcomeNotes = Concerns.blankToNull(cmd.outcomeNotes());
        d.recordedAt = at;
        d.recordedBy = actor;
        if (outcome != DeferralOutcome.REQUESTED) {
            d.decidedAt = now;
            d.decidedBy = actor;
        }
        d.persist();
        publish(c, d, actor, now, "deferral request by " + d.requestedBy + " recorded (" + outcome + "); criteria considered: "
                + d.criteria + "; circumstances: " + d.circumstances);
        return d;
    }

    @Transactional
    public DeferralRequest decideDeferral(SupportCase c, UUID deferralId, DeferralOutcome outcome, String notes, String actor) {
        Instant now = clock.instant();
        DeferralRequest d = DeferralRequest.findById(deferralId);
        if (d == null || !d.caseId.equals(c.id)) {
            throw new NotFoundProblem("the case of inspection " + c.inspectionId + " has no deferral request " + deferralId);
        }
        if (!DeferralGuidance.mayMove(d.outcome, outcome)) {
            throw new ConflictProblem("the deferral request is " + d.outcome + ": it cannot become " + outcome);
        }
        d.outcome = outcome;
        d.outcomeNotes = Concerns.blankToNull(notes);
        d.decidedAt = now;
        d.decidedBy = actor;
        publish(c, d, actor, now, "deferral " + outcome + (d.outcomeNotes == null ? "" : ": " + d.outcomeNotes));
        return d;
    }

    private void publish(SupportCase c, DeferralRequest d, String actor, Instant now, String summary) {
        String waits = "";
        if (d.outcome == DeferralOutcome.GRANTED && c.state == CaseState.OPEN) {
            // a granted deferral waits for Ofsted's rescheduled notice: the plan's points wait with it
            c.state = CaseState.AWAITING_RESCHEDULE;
            waits = "; the plan waits for the rescheduled notice";
        }
        c.touched(now, actor);
        events.publish(c, new DeferralRecorded(d.id, c.inspectionId, c.urn, d.outcome.name(), d.criteriaList(), d.recordedAt), now, actor,
                summary + waits, d.id);
    }
}
