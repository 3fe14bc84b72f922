package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernClosed;
import uk.gov.la.ei.contracts.events.ConcernEscalated;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.ConcernOutcome;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.EscalationLevel;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.UnexpectedOutcomeFlagged;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.supporttracking.domain.Complaint;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.ConcernSource;
import uk.gov.la.ei.supporttracking.domain.ConcernStatus;
import uk.gov.la.ei.supporttracking.domain.ContactChannel;
import uk.gov.la.ei.supporttracking.domain.Escalation;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Concerns during (and after) the inspection (H§4, H§5; DOMAIN.md step 6): logging one tells the SIM and CEM
 * at once (ConcernLogged, e-mail); then an agreed course of action, an escalation to the CEM or the region's
 * linked SHMI and its answer, and an outcome – resolved, answered by the SHMI, or carried into a complaint.
 * Never just open: {@link DeadlineWatch} alerts when a concern or an escalation runs past its deadline.
 */
@ApplicationScoped
public class Concerns {

    @Inject
    CaseEvents events;
    @Inject
    CaseMails mails;
    @Inject
    Timeline timeline;
    @Inject
    KnownInspections known;
    @Inject
    CaseRules rules;
    @Inject
    FollowUps followUps;
    @Inject
    Clock clock;

    public record Log(ConcernCategory category, String summary, String raisedBy, boolean raisedWithInspector,
                      String inspectorResponse, Instant raisedAt) {
    }

    public record Escalate(EscalationLevel level, Person to, ContactChannel channel, Instant escalatedAt, String notes) {
    }

    @Transactional
    public Concern log(SupportCase c, Log cmd, Person by) {
        Instant now = clock.instant();
        Instant at = cmd.raisedAt() == null ? now : cmd.raisedAt();
        if (at.isAfter(now.plus(KeepInTouch.CLOCK_SKEW))) {
            throw new InvalidInputException("raisedAt", "is in the future");
        }
        Concern concern = newConcern(c, cmd.category(), cmd.summary().strip(), cmd.raisedBy().strip(), cmd.raisedWithInspector(),
                blankToNull(cmd.inspectorResponse()), ConcernSource.LOGGED, null, at, by.email(), now);
        announce(c, concern, by, now);
        return concern;
    }

    /** DOMAIN.md step 7: "An outcome worse than the LA's own categorisation of the school is an unexpected outcome and is treated as a concern." */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unexpectedOutcome(SupportCase c, UnexpectedOutcomeFlagged u) {
        if (Concern.count("inspectionId = ?1 and feedbackId = ?2 and source = ?3", c.inspectionId, u.feedbackId(),
                ConcernSource.UNEXPECTED_OUTCOME_FLAGGED) > 0) {
            return; // a corrected feedback record flags the same outcome again: one concern
        }
        Instant now = clock.instant();
        Concern concern = newConcern(c, ConcernCategory.UNEXPECTED_OUTCOME,
                "The outcome (" + u.outcomeBand() + ") is worse than the LA's categorisation of the school ("
                        + (u.laCategorisation() == null ? "not categorised" : u.laCategorisation()) + ")",
                "feedback record " + u.feedbackId(), false, null, ConcernSource.UNEXPECTED_OUTCOME_FLAGGED, u.feedbackId(),
                u.flaggedAt() == null ? now : u.flaggedAt(), Sources.SYSTEM, now);
        announce(c, concern, new Person("support-tracking-service (unexpected outcome flagged by feedback-service)", null), now);
    }

    private Concern newConcern(SupportCase c, ConcernCategory category, String summary, String raisedBy, boolean raisedWithInspector,
                               String inspectorResponse, ConcernSource source, UUID feedbackId, Instant at, String loggedBy, Instant now) {
        Concern concern = new Concern();
        concern.id = UUID.randomUUID();
        concern.caseId = c.id;
        concern.inspectionId = c.inspectionId;
        concern.urn = c.urn;
        concern.category = category;
        concern.summary = summary;
        concern.raisedBy = raisedBy;
        concern.raisedWithInspector = raisedWithInspector;
        concern.inspectorResponse = inspectorResponse;
        concern.source = source;
        concern.feedbackId = feedbackId;
        concern.loggedAt = at;
        concern.loggedBy = loggedBy;
        concern.status = ConcernStatus.OPEN;
        concern.resolveBy = rules.concernDeadlines().resolveBy(now);
        concern.touched(now, loggedBy);
        concern.persist();
        return concern;
    }

    private void announce(SupportCase c, Concern concern, Person by, Instant now) {
        events.publish(c, new ConcernLogged(concern.id, c.inspectionId, c.urn, concern.category, concern.summary,
                        concern.raisedWithInspector, by, concern.loggedAt), now, concern.loggedBy,
                concern.category + " raised by " + concern.raisedBy + (concern.raisedWithInspector ? " (raised with the inspector)" : "")
                        + ": " + concern.summary, concern.id);
        mails.concernLogged(c, concern, contacts(c), now);
        c.touched(now, concern.loggedBy);
        followUps.reconsider(c);
    }

    @Transactional
    public Concern agreeAction(SupportCase c, UUID concernId, String action, String actor) {
        Instant now = clock.instant();
        Concern concern = openConcern(c, concernId);
        concern.agreedAction = action.strip();
        concern.agreedActionAt = now;
        concern.agreedActionBy = actor;
        if (concern.status == ConcernStatus.OPEN) {
            concern.status = ConcernStatus.ACTION_AGREED;
        }
        concern.touched(now, actor);
        c.touched(now, actor);
        timeline.own(c, now, "ConcernActionAgreed", actor, "course of action agreed for the " + concern.category + " concern: "
                + concern.agreedAction, concern.id);
        return concern;
    }

    @Transactional
    public Escalation escalate(SupportCase c, UUID concernId, Escalate cmd, String actor) {
        Instant now = clock.instant();
        Concern concern = openConcern(c, concernId);
        Instant at = cmd.escalatedAt() == null ? now : cmd.escalatedAt();
        if (at.isAfter(now.plus(KeepInTouch.CLOCK_SKEW))) {
            throw new InvalidInputException("escalatedAt", "is in the future");
        }
        if (at.isBefore(concern.loggedAt)) {
            throw new InvalidInputException("escalatedAt", "is before the concern was logged (" + concern.loggedAt + ")");
        }
        if (Escalation.ofConcern(concern.id).stream().anyMatch(e -> e.level == cmd.level() && !e.answered())) {
            throw new ConflictProblem("the concern's escalation to the " + cmd.level() + " is still waiting for an answer");
        }
        Person to = cmd.to() != null && cmd.to().email() != null && !cmd.to().email().isBlank() ? cmd.to() : defaultRecipient(c, cmd.level());
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.concernId = concern.id;
        e.inspectionId = c.inspectionId;
        e.level = cmd.level();
        e.toName = to.name();
        e.toEmail = to.email().strip().toLowerCase();
        e.channel = cmd.channel();
        e.escalatedAt = at;
        e.escalatedBy = actor;
        e.notes = blankToNull(cmd.notes());
        e.responseDue = rules.concernDeadlines().answerDue(cmd.level(), now);
        e.persist();
        concern.status = ConcernStatus.ESCALATED;
        concern.touched(now, actor);
        c.touched(now, actor);
        events.publish(c, new ConcernEscalated(concern.id, c.inspectionId, c.urn, e.level, new Person(e.toName, e.toEmail), at), now, actor,
                concern.category + " concern escalated to the " + e.level + " " + (e.toName == null ? "" : e.toName + " ") + "<" + e.toEmail
                        + "> by " + e.channel + "; answer due " + CaseMails.when(e.responseDue), concern.id);
        return e;
    }

    /** The SHMI to escalate to is the region's linked SHMI of ContactsAssigned (H§4); the CEM the inspection is routed to. */
    private Person defaultRecipient(SupportCase c, EscalationLevel level) {
        ContactsAssigned ca = known.contactsAssigned(known.require(c.inspectionId));
        Person p = null;
        if (level == EscalationLevel.SHMI) {
            List<Person> shmi = ca.shmi() == null ? List.of() : ca.shmi().stream()
                    .filter(s -> s != null && s.email() != null && !s.email().isBlank()).toList();
            p = shmi.isEmpty() ? null : shmi.get(0);
        } else if (ca.cem() != null && ca.cem().email() != null && !ca.cem().email().isBlank()) {
            p = ca.cem();
        }
        if (p == null) {
            throw new InvalidInputException("to", "no " + level + " is linked to this inspection: name who it was escalated to");
        }
        return p;
    }

    @Transactional
    public Escalation answer(SupportCase c, UUID concernId, UUID escalationId, String response, Instant respondedAt, String actor) {
        Instant now = clock.instant();
        Concern concern = concern(c, concernId);
        Escalation e = Escalation.findById(escalationId);
        if (e == null || !e.concernId.equals(concern.id)) {
            throw new NotFoundProblem("the concern " + concernId + " has no escalation " + escalationId);
        }
        if (e.answered()) {
            throw new ConflictProblem("the escalation was already answered at " + e.respondedAt);
        }
        Instant at = respondedAt == null ? now : respondedAt;
        if (at.isAfter(now.plus(KeepInTouch.CLOCK_SKEW))) {
            throw new InvalidInputException("respondedAt", "is in the future");
        }
        if (at.isBefore(e.escalatedAt)) {
            throw new InvalidInputException("respondedAt", "is before the escalation (" + e.escalatedAt + ")");
        }
        e.response = response.strip();
        e.respondedAt = at;
        e.responseRecordedBy = actor;
        if (concern.status == ConcernStatus.ESCALATED
                && Escalation.ofConcern(concern.id).stream().allMatch(x -> x == e || x.answered())) {
            concern.status = ConcernStatus.ANSWERED;
        }
        concern.touched(now, actor);
        c.touched(now, actor);
        timeline.own(c, now, "EscalationAnswered", actor, "the " + e.level + " (" + e.toEmail + ") answered at " + CaseMails.when(at)
                + ": " + e.response, concern.id);
        return e;
    }

    /**
     * A concern ends resolved, escalated and answered, or carried into a complaint (DOMAIN.md step 6).
     * SHMI_ANSWERED needs an answered escalation to the SHMI; COMPLAINT opens the complaint the LA supports to its end (H§5).
     */
    @Transactional
    public Concern close(SupportCase c, UUID concernId, ConcernOutcome outcome, String summary, String actor) {
        Instant now = clock.instant();
        Concern concern = openConcern(c, concernId);
        if (outcome == ConcernOutcome.SHMI_ANSWERED && Escalation.ofConcern(concern.id).stream()
                .noneMatch(e -> e.level == EscalationLevel.SHMI && e.answered())) {
            throw new ConflictProblem("SHMI_ANSWERED needs the SHMI's answer: escalate to the SHMI and record the answer first");
        }
        concern.status = ConcernStatus.CLOSED;
        concern.outcome = outcome;
        concern.outcomeSummary = summary.strip();
        concern.closedAt = now;
        concern.closedBy = actor;
        concern.touched(now, actor);
        c.touched(now, actor);
        events.publish(c, new ConcernClosed(concern.id, c.inspectionId, c.urn, outcome, concern.outcomeSummary, now), now, actor,
                concern.category + " concern closed: " + outcome + " – " + concern.outcomeSummary, concern.id);
        if (outcome == ConcernOutcome.COMPLAINT) {
            Complaint complaint = Reviews.newComplaint(c, concern.id, concern.category + ": " + concern.summary
                    + "\nCarried into a complaint: " + concern.outcomeSummary, actor, now);
            concern.complaintId = complaint.id;
            timeline.own(c, now, "ComplaintOpened", actor, "complaint opened from the " + concern.category + " concern; the LA supports it "
                    + "to its end (H§5)", complaint.id);
        }
        return concern;
    }

    private CaseContacts contacts(SupportCase c) {
        return CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId)));
    }

    private static Concern concern(SupportCase c, UUID concernId) {
        Concern concern = Concern.findById(concernId);
        if (concern == null || !concern.caseId.equals(c.id)) {
            throw new NotFoundProblem("the case of inspection " + c.inspectionId + " has no concern " + concernId);
        }
        return concern;
    }

    private static Concern openConcern(SupportCase c, UUID concernId) {
        Concern concern = concern(c, concernId);
        if (concern.isClosed()) {
            throw new ConflictProblem("the concern was closed (" + concern.outcome + ") at " + concern.closedAt);
        }
        return concern;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
