package uk.gov.la.ei.supporttracking.rest;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernOutcome;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.EscalationLevel;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.LeadInspectorContact;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.CaseState;
import uk.gov.la.ei.supporttracking.domain.ClockStart;
import uk.gov.la.ei.supporttracking.domain.Complaint;
import uk.gov.la.ei.supporttracking.domain.ComplaintStep;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.ConcernSource;
import uk.gov.la.ei.supporttracking.domain.ConcernStatus;
import uk.gov.la.ei.supporttracking.domain.ContactChannel;
import uk.gov.la.ei.supporttracking.domain.ContactEntry;
import uk.gov.la.ei.supporttracking.domain.DeferralOutcome;
import uk.gov.la.ei.supporttracking.domain.DeferralRequest;
import uk.gov.la.ei.supporttracking.domain.Escalation;
import uk.gov.la.ei.supporttracking.domain.FollowUp;
import uk.gov.la.ei.supporttracking.domain.FollowUpLevel;
import uk.gov.la.ei.supporttracking.domain.InternalReview;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.LearningReview;
import uk.gov.la.ei.supporttracking.domain.LearningReviewInstigator;
import uk.gov.la.ei.supporttracking.domain.OwnerRole;
import uk.gov.la.ei.supporttracking.domain.PauseOutcome;
import uk.gov.la.ei.supporttracking.domain.PauseRequest;
import uk.gov.la.ei.supporttracking.domain.PointKind;
import uk.gov.la.ei.supporttracking.domain.PointOrigin;
import uk.gov.la.ei.supporttracking.domain.PointStatus;
import uk.gov.la.ei.supporttracking.domain.ReviewStatus;
import uk.gov.la.ei.supporttracking.domain.StatutoryClock;
import uk.gov.la.ei.supporttracking.domain.StatutoryStep;
import uk.gov.la.ei.supporttracking.domain.SupportCase;
import uk.gov.la.ei.supporttracking.domain.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API answers: the case and its parts, with who did what and when. */
public final class Views {

    private Views() {
    }

    public record CaseView(UUID caseId, UUID inspectionId, String urn, String schoolName, Involvement involvement, CaseState state,
                           LocalDate startDate, int expectedDays, LocalDate lastDay, Instant notifiedAt, Instant acknowledgementDue,
                           Instant openedAt, Instant updatedAt, String updatedBy, Contacts contacts, List<PointView> keepInTouchPoints,
                           List<ContactView> contactLog, List<ConcernView> concerns, List<PauseView> pauses,
                           List<DeferralView> deferrals, ReportDates reportDates, FollowUpView followUp,
                           List<StepView> statutorySteps, InternalReviewView internalReview,
                           List<LearningReviewView> learningReviews, List<ComplaintView> complaints) {

        static CaseView of(SupportCase c, ContactsAssigned ca, WorkingDays wd) {
            return new CaseView(c.id, c.inspectionId, c.urn, c.schoolName, c.involvement, c.state, c.startDate, c.expectedDays,
                    c.lastDay(wd), c.notifiedAt, c.acknowledgementDue, c.openedAt, c.updatedAt, c.updatedBy, Contacts.of(ca),
                    KeepInTouchPoint.ofCase(c.id).stream().map(PointView::of).toList(),
                    ContactEntry.ofCase(c.id).stream().map(ContactView::of).toList(),
                    Concern.ofCase(c.id).stream().map(ConcernView::of).toList(),
                    PauseRequest.ofCase(c.id).stream().map(PauseView::of).toList(),
                    DeferralRequest.ofCase(c.id).stream().map(DeferralView::of).toList(),
                    ReportDates.of(c),
                    FollowUp.ofCase(c.id).map(FollowUpView::of).orElse(null),
                    StatutoryStep.ofCase(c.id).stream().map(StepView::of).toList(),
                    InternalReview.ofCase(c.id).map(InternalReviewView::of).orElse(null),
                    LearningReview.ofCase(c.id).stream().map(LearningReviewView::of).toList(),
                    Complaint.ofCase(c.id).stream().map(ComplaintView::of).toList());
        }
    }

    public record CaseSummary(UUID caseId, UUID inspectionId, String urn, String schoolName, Involvement involvement, CaseState state,
                              LocalDate startDate, Instant openedAt, Instant updatedAt) {
        static CaseSummary of(SupportCase c) {
            return new CaseSummary(c.id, c.inspectionId, c.urn, c.schoolName, c.involvement, c.state, c.startDate, c.openedAt, c.updatedAt);
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record Contacts(Person sim, Person attachedInspector, Person cem, Person headteacher, List<Person> shmi,
                           LeadInspectorContact leadInspector) {
        static Contacts of(ContactsAssigned ca) {
            return new Contacts(ca.sim(), ca.attachedInspector(), ca.cem(), ca.headteacher(), ca.shmi() == null ? List.of() : ca.shmi(),
                    ca.leadInspector());
        }
    }

    public record PointView(UUID id, PointKind kind, String title, PointOrigin origin, boolean optional, OwnerRole ownerRole,
                            Person owner, Instant dueAt, PointStatus status, Instant doneAt, String doneBy, boolean late,
                            String cancelledReason, String cancelledBy, Instant firstAlertedAt, Instant cemAlertedAt,
                            Instant reminderSentAt, String createdBy, Instant updatedAt, String updatedBy) {
        static PointView of(KeepInTouchPoint p) {
            return new PointView(p.id, p.kind, p.title, p.origin, p.optional, p.ownerRole, new Person(p.ownerName, p.ownerEmail), p.dueAt,
                    p.status, p.doneAt, p.doneBy, p.late, p.cancelledReason, p.cancelledBy, p.firstAlertedAt, p.cemAlertedAt,
                    p.reminderSentAt, p.createdBy, p.updatedAt, p.updatedBy);
        }
    }

    public record ContactView(UUID id, UUID pointId, Person madeBy, String withWhom, ContactChannel channel, Instant contactedAt,
                              String notes, Instant recordedAt, String recordedBy) {
        static ContactView of(ContactEntry e) {
            return new ContactView(e.id, e.pointId, new Person(e.madeByName, e.madeByEmail), e.withWhom, e.channel, e.contactedAt,
                    e.notes, e.recordedAt, e.recordedBy);
        }
    }

    public record ConcernView(UUID id, ConcernCategory category, String summary, String raisedBy, boolean raisedWithInspector,
                              String inspectorResponse, ConcernSource source, UUID feedbackId, Instant loggedAt, String loggedBy,
                              ConcernStatus status, String agreedAction, Instant agreedActionAt, String agreedActionBy,
                              Instant resolveBy, Instant unresolvedCemAlertedAt, Instant unresolvedSeniorAlertedAt,
                              List<EscalationView> escalations, ConcernOutcome outcome, String outcomeSummary, Instant closedAt,
                              String closedBy, UUID complaintId, Instant updatedAt, String updatedBy) {
        static ConcernView of(Concern c) {
            return new ConcernView(c.id, c.category, c.summary, c.raisedBy, c.raisedWithInspector, c.inspectorResponse, c.source,
                    c.feedbackId, c.loggedAt, c.loggedBy, c.status, c.agreedAction, c.agreedActionAt, c.agreedActionBy, c.resolveBy,
                    c.unresolvedCemAlertedAt, c.unresolvedSeniorAlertedAt,
                    Escalation.ofConcern(c.id).stream().map(EscalationView::of).toList(), c.outcome, c.outcomeSummary, c.closedAt,
                    c.closedBy, c.complaintId, c.updatedAt, c.updatedBy);
        }
    }

    public record EscalationView(UUID id, EscalationLevel level, Person to, ContactChannel channel, Instant escalatedAt,
                                 String escalatedBy, String notes, Instant responseDue, String response, Instant respondedAt,
                                 String responseRecordedBy, Instant unansweredAlertedAt) {
        static EscalationView of(Escalation e) {
            return new EscalationView(e.id, e.level, new Person(e.toName, e.toEmail), e.channel, e.escalatedAt, e.escalatedBy, e.notes,
                    e.responseDue, e.response, e.respondedAt, e.responseRecordedBy, e.unansweredAlertedAt);
        }
    }

    public record PauseView(UUID id, String requestedBy, String reason, Instant requestedAt, String loggedBy, PauseOutcome outcome,
                            LocalDate resumesOn, String decisionNotes, Instant decidedAt, String decidedBy) {
        static PauseView of(PauseRequest p) {
            return new PauseView(p.id, p.requestedBy, p.reason, p.requestedAt, p.loggedBy, p.outcome, p.resumesOn, p.decisionNotes,
                    p.decidedAt, p.decidedBy);
        }
    }

    public record DeferralView(UUID id, String requestedBy, String circumstances, List<String> criteriaConsidered,
                               DeferralOutcome outcome, String outcomeNotes, Instant recordedAt, String recordedBy, Instant decidedAt,
                               String decidedBy, LocalDate rescheduledTo) {
        static DeferralView of(DeferralRequest d) {
            return new DeferralView(d.id, d.requestedBy, d.circumstances, d.criteriaList(), d.outcome, d.outcomeNotes, d.recordedAt,
                    d.recordedBy, d.decidedAt, d.decidedBy, d.rescheduledTo);
        }
    }

    public record ReportDates(LocalDate draftReportReceivedOn, LocalDate reportPublishedOn, LocalDate warningNoticeGivenOn,
                              Instant updatedAt, String updatedBy) {
        static ReportDates of(SupportCase c) {
            return new ReportDates(c.draftReportReceivedOn, c.reportPublishedOn, c.warningNoticeGivenOn, c.reportDatesUpdatedAt,
                    c.reportDatesUpdatedBy);
        }
    }

    public record FollowUpView(FollowUpLevel followUp, FollowUpLevel byRule, List<String> rulesApplied, boolean overridden,
                               String overrideReason, UUID feedbackId, int feedbackRecordVersion, OutcomeBand outcomeBand,
                               CategoryOfConcern categoryOfConcern, boolean safeguardingEffective, boolean adverse,
                               boolean conductConcerns, boolean signpostingNeeded, boolean unexpectedOutcome, Instant decidedAt,
                               String decidedBy) {
        static FollowUpView of(FollowUp f) {
            return new FollowUpView(f.level, f.ruleLevel, f.rules(), f.overridden, f.overrideReason, f.feedbackId,
                    f.feedbackRecordVersion, f.outcomeBand, f.categoryOfConcern, f.safeguardingEffective, f.adverse, f.conductConcerns,
                    f.signpostingNeeded, f.unexpectedOutcome, f.decidedAt, f.decidedBy);
        }
    }

    public record StepView(UUID id, StatutoryClock step, String description, ClockStart startsFrom, LocalDate dueOn, LocalDate doneOn,
                           String doneBy, String doneNotes, Instant overdueAlertedAt) {
        static StepView of(StatutoryStep s) {
            return new StepView(s.id, s.step, s.step.description(), s.startsFrom, s.dueOn, s.doneOn, s.doneBy, s.doneNotes,
                    s.overdueAlertedAt);
        }
    }

    public record InternalReviewView(UUID id, String reasons, Instant openedAt, String openedBy, ReviewStatus status, String findings,
                                     Instant closedAt, String closedBy) {
        static InternalReviewView of(InternalReview r) {
            return new InternalReviewView(r.id, r.reasons, r.openedAt, r.openedBy, r.status, r.findings, r.closedAt, r.closedBy);
        }
    }

    public record LearningReviewView(UUID id, LearningReviewInstigator instigatedBy, String reason, Instant openedAt, String openedBy,
                                     ReviewStatus status, String outcome, Instant closedAt, String closedBy) {
        static LearningReviewView of(LearningReview r) {
            return new LearningReviewView(r.id, r.instigatedBy, r.reason, r.openedAt, r.openedBy, r.status, r.outcome, r.closedAt,
                    r.closedBy);
        }
    }

    public record ComplaintView(UUID id, UUID concernId, String summary, Instant openedAt, String openedBy, ReviewStatus status,
                                List<ComplaintStepView> steps, String outcome, Instant closedAt, String closedBy) {
        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.id, c.concernId, c.summary, c.openedAt, c.openedBy, c.status,
                    ComplaintStep.ofComplaint(c.id).stream().map(ComplaintStepView::of).toList(), c.outcome, c.closedAt, c.closedBy);
        }
    }

    public record ComplaintStepView(String step, Instant at, String notes, Instant recordedAt, String recordedBy) {
        static ComplaintStepView of(ComplaintStep s) {
            return new ComplaintStepView(s.step, s.at, s.notes, s.recordedAt, s.recordedBy);
        }
    }

    public record TimelineView(UUID inspectionId, String urn, List<Entry> entries) {
        public record Entry(Instant at, String source, String kind, String actor, String summary, String ref) {
            static Entry of(TimelineEntry e) {
                return new Entry(e.at, e.source, e.kind, e.actor, e.summary, e.ref);
            }
        }
    }

    public record Alerts(List<MissedPoint> missedPoints, List<OverdueConcern> overdueConcerns, List<OverdueStep> overdueStatutorySteps) {
    }

    public record MissedPoint(UUID inspectionId, String urn, String schoolName, UUID pointId, String title, Person owner, Instant dueAt,
                              Instant firstAlertedAt, Instant cemAlertedAt) {
    }

    public record OverdueConcern(UUID inspectionId, String urn, UUID concernId, ConcernCategory category, ConcernStatus status,
                                 Instant resolveBy, boolean escalationUnanswered) {
    }

    public record OverdueStep(UUID inspectionId, String urn, StatutoryClock step, LocalDate dueOn, Instant alertedAt) {
    }
}
