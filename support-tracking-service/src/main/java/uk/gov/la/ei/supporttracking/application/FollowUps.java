package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.FollowUpDecided;
import uk.gov.la.ei.contracts.events.StatutoryDeadline;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.FollowUp;
import uk.gov.la.ei.supporttracking.domain.FollowUpAction;
import uk.gov.la.ei.supporttracking.domain.FollowUpBasis;
import uk.gov.la.ei.supporttracking.domain.FollowUpDecision;
import uk.gov.la.ei.supporttracking.domain.FollowUpLevel;
import uk.gov.la.ei.supporttracking.domain.FollowUpPolicy;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.PointKind;
import uk.gov.la.ei.supporttracking.domain.PointOrigin;
import uk.gov.la.ei.supporttracking.domain.PointStatus;
import uk.gov.la.ei.supporttracking.domain.StatutoryClock;
import uk.gov.la.ei.supporttracking.domain.StatutoryStep;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The follow-up after the inspection (DOMAIN.md step 8): decided by {@link FollowUpPolicy}'s named rules when the
 * final feedback is recorded (and again when a concern is logged later, or the feedback is corrected), overridden
 * by the SIM with a reason; its actions become keep-in-touch points; its statutory clocks (T§4–§5) start when the
 * dates they run from are recorded – the report's publication, the warning notice, the draft report – since no
 * event carries them.
 */
@ApplicationScoped
public class FollowUps {

    @Inject
    CaseEvents events;
    @Inject
    CaseMails mails;
    @Inject
    Timeline timeline;
    @Inject
    Reviews reviews;
    @Inject
    PlanKeeper plan;
    @Inject
    KnownInspections known;
    @Inject
    CaseRules rules;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onFeedback(SupportCase c, FeedbackRecorded f) {
        Instant now = clock.instant();
        FollowUp fu = FollowUp.ofCase(c.id).orElse(null);
        if (fu != null && (fu.feedbackId.equals(f.feedbackId()) ? f.recordVersion() <= fu.feedbackRecordVersion
                : f.recordedAt() != null && f.recordedAt().isBefore(fu.feedbackRecordedAt))) {
            return; // an older version of the feedback: the latest is the truth
        }
        boolean first = fu == null;
        boolean previouslyShared = fu != null && fu.conductConcerns;
        if (first) {
            fu = new FollowUp();
            fu.id = UUID.randomUUID();
            fu.caseId = c.id;
            fu.inspectionId = c.inspectionId;
        }
        fu.feedbackId = f.feedbackId();
        fu.feedbackRecordVersion = f.recordVersion();
        fu.feedbackRecordedAt = f.recordedAt() == null ? now : f.recordedAt();
        fu.outcomeBand = f.outcomeBand();
        fu.categoryOfConcern = f.categoryOfConcern();
        fu.safeguardingEffective = f.safeguardingEffective();
        fu.adverse = f.adverse();
        fu.conductConcerns = f.conductConcerns();
        fu.signpostingNeeded = f.signpostingNeeded();
        fu.unexpectedOutcome = f.unexpectedOutcome();
        FollowUpDecision d = decideInto(c, fu, now, Sources.SYSTEM);
        if (first) {
            fu.persist();
        }
        apply(c, fu, d, previouslyShared, Sources.SYSTEM, now,
                (first ? "" : "feedback corrected (record version " + f.recordVersion() + "); "));
    }

    /** Applies the rules (or the SIM's override) to the follow-up's basis. */
    private FollowUpDecision decideInto(SupportCase c, FollowUp fu, Instant now, String by) {
        FollowUpBasis basis = fu.basis(concernsOf(c));
        FollowUpDecision byRule = FollowUpPolicy.decide(basis);
        FollowUpDecision d = fu.overridden ? FollowUpPolicy.override(basis, fu.level) : byRule;
        fu.ruleLevel = byRule.level();
        fu.level = d.level();
        fu.rulesApplied = String.join(",", d.rulesApplied());
        fu.decidedAt = now;
        fu.decidedBy = by;
        return d;
    }

    /** A concern logged after the follow-up was decided may change it (H§4 "Where concerns were raised…"). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconsider(SupportCase c) {
        FollowUp fu = FollowUp.ofCase(c.id).orElse(null);
        if (fu == null) {
            return;
        }
        Instant now = clock.instant();
        FollowUpLevel before = fu.level;
        String rulesBefore = fu.rulesApplied;
        boolean previouslyShared = fu.conductConcerns;
        FollowUpDecision d = decideInto(c, fu, now, Sources.SYSTEM);
        if (before != fu.level || !Objects.equals(rulesBefore, fu.rulesApplied)) {
            apply(c, fu, d, previouslyShared, Sources.SYSTEM, now, "a concern was logged after the feedback; ");
        }
    }

    /** The SIM overrides the rules' follow-up with a reason (DOMAIN.md step 8 "can be overridden with a reason"). */
    @Transactional
    public FollowUp override(SupportCase c, FollowUpLevel level, String reason, String actor) {
        Instant now = clock.instant();
        FollowUp fu = FollowUp.ofCase(c.id).orElseThrow(() -> new ConflictProblem(
                "no follow-up has been decided yet: it is decided by rule when the final feedback is recorded"));
        FollowUpLevel before = fu.level;
        fu.overridden = true;
        fu.overrideReason = reason.strip();
        fu.level = level;
        FollowUpDecision d = decideInto(c, fu, now, actor);
        timeline.own(c, now, "FollowUpOverridden", actor, "follow-up overridden from " + before + " (by rule: " + fu.ruleLevel + ") to "
                + level + "; reason: " + fu.overrideReason, fu.id);
        apply(c, fu, d, fu.conductConcerns, actor, now, "");
        return fu;
    }

    private void apply(SupportCase c, FollowUp fu, FollowUpDecision d, boolean previouslyShared, String actor, Instant now, String why) {
        List<String> changes = new ArrayList<>(followUpPoints(c, d, actor, now));
        changes.addAll(statutorySteps(c, d, now));
        if (d.internalReview()) {
            reviews.openInternalReview(c, d.internalReviewReasons(), Sources.SYSTEM, now);
        }
        if (d.shareWithLaOfstedMeetings() && !previouslyShared) {
            mails.conductConcernsShared(c, now);
        }
        c.touched(now, actor);
        publishDecided(c, fu, now, actor, why + "follow-up " + fu.level + (fu.overridden ? " (overridden by the SIM: " + fu.overrideReason + ")"
                : " by rule") + "; rules applied: " + String.join(", ", d.rulesApplied())
                + (changes.isEmpty() ? "" : "; " + String.join("; ", changes)));
        mails.followUpDecided(c, d, fu.overridden, CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId))), now);
    }

    private void publishDecided(SupportCase c, FollowUp fu, Instant now, String actor, String summary) {
        events.publish(c, new FollowUpDecided(c.inspectionId, c.urn, fu.level.name(), fu.rules(), fu.overridden, fu.overrideReason,
                deadlines(c)), now, actor, summary, fu.id);
    }

    private static List<StatutoryDeadline> deadlines(SupportCase c) {
        return StatutoryStep.ofCase(c.id).stream().filter(s -> s.dueOn != null)
                .map(s -> new StatutoryDeadline(s.step.name(), s.dueOn)).toList();
    }

    /** The decision's actions as FOLLOW_UP points, counted from the inspection's last day (or today, if later). */
    private List<String> followUpPoints(SupportCase c, FollowUpDecision d, String actor, Instant now) {
        WorkingDays wd = rules.workingDays();
        List<String> changes = new ArrayList<>();
        List<KeepInTouchPoint> existing = KeepInTouchPoint.ofCase(c.id).stream().filter(p -> p.origin == PointOrigin.FOLLOW_UP).toList();
        Set<String> wanted = d.actions().stream().map(FollowUpAction::title).collect(Collectors.toSet());
        for (KeepInTouchPoint p : existing) {
            if (p.status.isOpen() && !wanted.contains(p.title)) {
                p.cancel("the follow-up is now " + d.level(), actor, now);
                changes.add("cancelled \"" + p.title + "\"");
            }
        }
        LocalDate today = now.atZone(WorkingDays.ENGLAND).toLocalDate();
        LocalDate lastDay = c.lastDay(wd);
        LocalDate base = today.isAfter(lastDay) ? today : lastDay;
        CaseContacts contacts = null;
        for (FollowUpAction a : d.actions()) {
            boolean present = existing.stream().anyMatch(p -> p.title.equals(a.title()) && p.status != PointStatus.CANCELLED);
            if (!present) {
                if (contacts == null) {
                    contacts = CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId)));
                }
                Instant due = wd.endOfWorkingDayAfter(base.atStartOfDay(WorkingDays.ENGLAND).toInstant(), a.workingDaysAfterInspection());
                plan.newPoint(c, PointKind.FOLLOW_UP, a.title(), PointOrigin.FOLLOW_UP, false, a.owner(), due, contacts, actor, now);
                changes.add("\"" + a.title() + "\" by " + CaseMails.when(due));
            }
        }
        return changes;
    }

    /** The decision's statutory clocks as steps; a clock no longer called for (corrected feedback) is removed unless done. */
    private List<String> statutorySteps(SupportCase c, FollowUpDecision d, Instant now) {
        WorkingDays wd = rules.workingDays();
        List<String> changes = new ArrayList<>();
        for (StatutoryClock clockStep : d.clocks()) {
            if (StatutoryStep.of(c.id, clockStep).isPresent()) {
                continue;
            }
            StatutoryStep s = new StatutoryStep();
            s.id = UUID.randomUUID();
            s.caseId = c.id;
            s.inspectionId = c.inspectionId;
            s.urn = c.urn;
            s.step = clockStep;
            s.startsFrom = clockStep.start();
            LocalDate from = c.clockStart(clockStep.start(), wd);
            s.dueOn = from == null ? null : clockStep.dueOn(from, wd);
            s.createdAt = now;
            s.persist();
            changes.add("clock " + clockStep + (s.dueOn == null ? " (starts when " + clockStep.start() + " is recorded)" : " due " + s.dueOn));
        }
        for (StatutoryStep s : StatutoryStep.ofCase(c.id)) {
            if (!d.clocks().contains(s.step) && !s.done()) {
                s.delete();
                changes.add("clock " + s.step + " no longer applies");
            }
        }
        return changes;
    }

    public record ReportDates(LocalDate draftReportReceivedOn, LocalDate reportPublishedOn, LocalDate warningNoticeGivenOn) {
    }

    /** Records the dates the programme's clocks run from (no event carries them); the clocks start (or move) now. */
    @Transactional
    public SupportCase recordReportDates(SupportCase c, ReportDates dates, String actor) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingDays.ENGLAND).toLocalDate();
        List<Violation> violations = new ArrayList<>();
        check("draftReportReceivedOn", dates.draftReportReceivedOn(), c.startDate, today, violations);
        check("reportPublishedOn", dates.reportPublishedOn(), c.startDate, today, violations);
        check("warningNoticeGivenOn", dates.warningNoticeGivenOn(), c.startDate, today, violations);
        if (dates.draftReportReceivedOn() == null && dates.reportPublishedOn() == null && dates.warningNoticeGivenOn() == null) {
            violations.add(new Violation("body", "give at least one of draftReportReceivedOn, reportPublishedOn, warningNoticeGivenOn"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (dates.draftReportReceivedOn() != null) {
            c.draftReportReceivedOn = dates.draftReportReceivedOn();
        }
        if (dates.reportPublishedOn() != null) {
            c.reportPublishedOn = dates.reportPublishedOn();
        }
        if (dates.warningNoticeGivenOn() != null) {
            c.warningNoticeGivenOn = dates.warningNoticeGivenOn();
        }
        c.reportDatesUpdatedAt = now;
        c.reportDatesUpdatedBy = actor;
        c.touched(now, actor);
        WorkingDays wd = rules.workingDays();
        List<String> started = new ArrayList<>();
        for (StatutoryStep s : StatutoryStep.ofCase(c.id)) {
            LocalDate from = c.clockStart(s.startsFrom, wd);
            LocalDate due = from == null ? null : s.step.dueOn(from, wd);
            if (!s.done() && !Objects.equals(due, s.dueOn)) {
                s.dueOn = due;
                s.overdueAlertedAt = null;
                started.add(s.step + " due " + due);
            }
        }
        timeline.own(c, now, "ReportDatesRecorded", actor, "dates recorded: draft report received " + orDash(c.draftReportReceivedOn)
                + ", report published " + orDash(c.reportPublishedOn) + ", warning notice given " + orDash(c.warningNoticeGivenOn)
                + (started.isEmpty() ? "" : "; clocks: " + String.join(", ", started)), null);
        FollowUp.ofCase(c.id).ifPresent(fu -> {
            if (!started.isEmpty()) {
                publishDecided(c, fu, now, actor, "statutory clocks started: " + String.join(", ", started));
            }
        });
        return c;
    }

    private static void check(String field, LocalDate date, LocalDate start, LocalDate today, List<Violation> violations) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            violations.add(new Violation(field, "is in the future"));
        } else if (date.isBefore(start)) {
            violations.add(new Violation(field, "is before the inspection started (" + start + ")"));
        }
    }

    @Transactional
    public StatutoryStep completeStep(SupportCase c, StatutoryClock step, LocalDate doneOn, String notes, String actor) {
        Instant now = clock.instant();
        StatutoryStep s = StatutoryStep.of(c.id, step).orElseThrow(() -> new NotFoundProblem(
                "the case of inspection " + c.inspectionId + " has no statutory step " + step));
        if (s.done()) {
            throw new ConflictProblem("the step was recorded as done on " + s.doneOn + " by " + s.doneBy);
        }
        LocalDate on = doneOn == null ? now.atZone(WorkingDays.ENGLAND).toLocalDate() : doneOn;
        if (on.isAfter(now.atZone(WorkingDays.ENGLAND).toLocalDate())) {
            throw new InvalidInputException("doneOn", "is in the future");
        }
        s.doneOn = on;
        s.doneBy = actor;
        s.doneNotes = Concerns.blankToNull(notes);
        c.touched(now, actor);
        timeline.own(c, now, "StatutoryStepDone", actor, step + " done on " + on + (s.dueOn != null && on.isAfter(s.dueOn)
                ? " (after its date " + s.dueOn + ")" : "") + (s.doneNotes == null ? "" : "; " + s.doneNotes), s.id);
        return s;
    }

    private static int concernsOf(SupportCase c) {
        return (int) Concern.count("caseId", c.id);
    }

    private static String orDash(LocalDate d) {
        return d == null ? "-" : d.toString();
    }
}
