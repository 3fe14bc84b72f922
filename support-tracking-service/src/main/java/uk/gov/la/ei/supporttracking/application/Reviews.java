package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.InternalReviewOpened;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.supporttracking.domain.Complaint;
import uk.gov.la.ei.supporttracking.domain.ComplaintStep;
import uk.gov.la.ei.supporttracking.domain.InternalReview;
import uk.gov.la.ei.supporttracking.domain.LearningReview;
import uk.gov.la.ei.supporttracking.domain.LearningReviewInstigator;
import uk.gov.la.ei.supporttracking.domain.ReviewStatus;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * After the inspection: the internal review a senior officer carries out (the coroner's second point), the
 * Ofsted Learning Review either side may instigate (H§4), and a complaint the LA supports to its end (H§5).
 */
@ApplicationScoped
public class Reviews {

    @Inject
    CaseEvents events;
    @Inject
    CaseMails mails;
    @Inject
    Timeline timeline;
    @Inject
    Clock clock;

    /** Opens the case's internal review, once; later reasons do not open a second one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InternalReview> openInternalReview(SupportCase c, List<String> reasons, String by, Instant now) {
        if (InternalReview.ofCase(c.id).isPresent()) {
            return Optional.empty();
        }
        InternalReview r = new InternalReview();
        r.id = UUID.randomUUID();
        r.caseId = c.id;
        r.inspectionId = c.inspectionId;
        String joined = String.join("; ", reasons);
        r.reasons = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        r.openedAt = now;
        r.openedBy = by;
        r.status = ReviewStatus.OPEN;
        r.persist();
        events.publish(c, new InternalReviewOpened(r.id, c.inspectionId, c.urn, List.copyOf(reasons), now), now, by,
                "internal review opened for a senior officer: " + r.reasons, r.id);
        mails.internalReviewOpened(c, reasons, now);
        return Optional.of(r);
    }

    @Transactional
    public InternalReview closeInternalReview(SupportCase c, UUID reviewId, String findings, String actor) {
        Instant now = clock.instant();
        InternalReview r = InternalReview.findById(reviewId);
        if (r == null || !r.caseId.equals(c.id)) {
            throw new NotFoundProblem("the case of inspection " + c.inspectionId + " has no internal review " + reviewId);
        }
        if (r.status == ReviewStatus.CLOSED) {
            throw new ConflictProblem("the internal review was closed at " + r.closedAt + " by " + r.closedBy);
        }
        r.status = ReviewStatus.CLOSED;
        r.findings = findings.strip();
        r.closedAt = now;
        r.closedBy = actor;
        c.touched(now, actor);
        timeline.own(c, now, "InternalReviewClosed", actor, "internal review closed: " + r.findings, r.id);
        return r;
    }

    @Transactional
    public LearningReview openLearningReview(SupportCase c, LearningReviewInstigator by, String reason, String actor) {
        Instant now = clock.instant();
        LearningReview r = new LearningReview();
        r.id = UUID.randomUUID();
        r.caseId = c.id;
        r.inspectionId = c.inspectionId;
        r.instigatedBy = by;
        r.reason = reason.strip();
        r.openedAt = now;
        r.openedBy = actor;
        r.status = ReviewStatus.OPEN;
        r.persist();
        c.touched(now, actor);
        timeline.own(c, now, "LearningReviewOpened", actor, "Ofsted Learning Review instigated by the " + by + ": " + r.reason, r.id);
        return r;
    }

    @Transactional
    public LearningReview closeLearningReview(SupportCase c, UUID reviewId, String outcome, String actor) {
        Instant now = clock.instant();
        LearningReview r = LearningReview.findById(reviewId);
        if (r == null || !r.caseId.equals(c.id)) {
            throw new NotFoundProblem("the case of inspection " + c.inspectionId + " has no learning review " + reviewId);
        }
        if (r.status == ReviewStatus.CLOSED) {
            throw new ConflictProblem("the learning review was closed at " + r.closedAt);
        }
        r.status = ReviewStatus.CLOSED;
        r.outcome = outcome.strip();
        r.closedAt = now;
        r.closedBy = actor;
        c.touched(now, actor);
        timeline.own(c, now, "LearningReviewClosed", actor, "Ofsted Learning Review closed: " + r.outcome, r.id);
        return r;
    }

    static Complaint newComplaint(SupportCase c, UUID concernId, String summary, String actor, Instant now) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.caseId = c.id;
        complaint.inspectionId = c.inspectionId;
        complaint.concernId = concernId;
        complaint.summary = summary.length() > 4000 ? summary.substring(0, 4000) : summary;
        complaint.openedAt = now;
        complaint.openedBy = actor;
        complaint.status = ReviewStatus.OPEN;
        complaint.persist();
        return complaint;
    }

    @Transactional
    public Complaint openComplaint(SupportCase c, String summary, String actor) {
        Instant now = clock.instant();
        Complaint complaint = newComplaint(c, null, summary.strip(), actor, now);
        c.touched(now, actor);
        timeline.own(c, now, "ComplaintOpened", actor, "complaint about the inspection, supported by the LA (H§5): " + complaint.summary,
                complaint.id);
        return complaint;
    }

    @Transactional
    public ComplaintStep complaintStep(SupportCase c, UUID complaintId, String step, Instant at, String notes, String actor) {
        Instant now = clock.instant();
        Complaint complaint = openComplaint(c, complaintId);
        Instant when = at == null ? now : at;
        if (when.isAfter(now.plus(KeepInTouch.CLOCK_SKEW))) {
            throw new InvalidInputException("at", "is in the future");
        }
        ComplaintStep s = new ComplaintStep();
        s.complaintId = complaint.id;
        s.step = step.strip();
        s.at = when;
        s.notes = Concerns.blankToNull(notes);
        s.recordedAt = now;
        s.recordedBy = actor;
        s.persist();
        c.touched(now, actor);
        timeline.own(c, now, "ComplaintStepRecorded", actor, "complaint: " + s.step + (s.notes == null ? "" : " – " + s.notes), complaint.id);
        return s;
    }

    @Transactional
    public Complaint closeComplaint(SupportCase c, UUID complaintId, String outcome, String actor) {
        Instant now = clock.instant();
        Complaint complaint = openComplaint(c, complaintId);
        complaint.status = ReviewStatus.CLOSED;
        complaint.outcome = outcome.strip();
        complaint.closedAt = now;
        complaint.closedBy = actor;
        c.touched(now, actor);
        timeline.own(c, now, "ComplaintClosed", actor, "complaint closed: " + complaint.outcome, complaint.id);
        return complaint;
    }

    private static Complaint openComplaint(SupportCase c, UUID complaintId) {
        Complaint complaint = Complaint.findById(complaintId);
        if (complaint == null || !complaint.caseId.equals(c.id)) {
            throw new NotFoundProblem("the case of inspection " + c.inspectionId + " has no complaint " + complaintId);
        }
        if (complaint.status == ReviewStatus.CLOSED) {
            throw new ConflictProblem("the complaint was closed at " + complaint.closedAt);
        }
        return complaint;
    }
}
