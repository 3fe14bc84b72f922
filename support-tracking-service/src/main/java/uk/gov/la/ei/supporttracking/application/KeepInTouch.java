package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.supporttracking.domain.ContactChannel;
import uk.gov.la.ei.supporttracking.domain.ContactEntry;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.OwnerRole;
import uk.gov.la.ei.supporttracking.domain.PointKind;
import uk.gov.la.ei.supporttracking.domain.PointOrigin;
import uk.gov.la.ei.supporttracking.domain.PointStatus;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SIM and AI make the plan bespoke (H§4 "A bespoke approach is implemented for each school"): they add,
 * move or cancel points – always with a reason – record points done, and log every contact.
 */
@ApplicationScoped
public class KeepInTouch {

    /** A time a few minutes ahead of the clock is still "now" (clocks of laptops and servers differ). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    PlanKeeper plan;
    @Inject
    Timeline timeline;
    @Inject
    KnownInspections known;
    @Inject
    Clock clock;

    public record AddPoint(String title, Instant dueAt, OwnerRole owner, String reason) {
    }

    public record Contact(String madeByName, String madeByEmail, String withWhom, ContactChannel channel, Instant contactedAt,
                          String notes, UUID pointId, boolean completesPoint) {
    }

    @Transactional
    public KeepInTouchPoint add(SupportCase c, AddPoint cmd, String actor) {
        Instant now = clock.instant();
        if (!cmd.dueAt().isAfter(now)) {
            throw new InvalidInputException("dueAt", "must be in the future: a point is planned ahead (record a past contact instead)");
        }
        CaseContacts contacts = CaseContacts.of(known.contactsAssigned(known.require(c.inspectionId)));
        KeepInTouchPoint p = plan.newPoint(c, PointKind.OTHER, cmd.title().strip(), PointOrigin.ADDED, false,
                cmd.owner() == null ? OwnerRole.SIM : cmd.owner(), cmd.dueAt(), contacts, actor, now);
        c.touched(now, actor);
        timeline.own(c, now, "KeepInTouchPointAdded", actor, "\"" + p.title + "\" by " + CaseMails.when(p.dueAt) + ", owner "
                + p.ownerEmail + " (" + p.ownerRole + "); reason: " + cmd.reason().strip(), p.id);
        return p;
    }

    @Transactional
    public KeepInTouchPoint move(SupportCase c, UUID pointId, Instant dueAt, String reason, String actor) {
        Instant now = clock.instant();
        KeepInTouchPoint p = point(c, pointId);
        if (!p.status.isOpen()) {
            throw new ConflictProblem("the point is " + p.status + ": only a planned or missed point can be moved");
        }
        if (!dueAt.isAfter(now)) {
            throw new InvalidInputException("dueAt", "must be in the future");
        }
        Instant from = p.dueAt;
        p.moveTo(dueAt, actor, now);
        c.touched(now, actor);
        timeline.own(c, now, "KeepInTouchPointMoved", actor, "\"" + p.title + "\" moved from " + CaseMails.when(from) + " to "
                + CaseMails.when(dueAt) + "; reason: " + reason.strip(), p.id);
        return p;
    }

    @Transactional
    public KeepInTouchPoint cancel(SupportCase c, UUID pointId, String reason, String actor) {
        Instant now = clock.instant();
        KeepInTouchPoint p = point(c, pointId);
        if (!p.status.isOpen()) {
            throw new ConflictProblem("the point is " + p.status + ": only a planned or missed point can be cancelled");
        }
        p.cancel(reason.strip(), actor, now);
        c.touched(now, actor);
        timeline.own(c, now, "KeepInTouchPointCancelled", actor, "\"" + p.title + "\" cancelled; reason: " + p.cancelledReason, p.id);
        return p;
    }

    @Transactional
    public KeepInTouchPoint complete(SupportCase c, UUID pointId, Instant doneAt, String notes, String actor) {
        Instant now = clock.instant();
        KeepInTouchPoint p = point(c, pointId);
        if (!p.status.isOpen()) {
            throw new ConflictProblem("the point is already " + p.status);
        }
        Instant at = doneAt == null ? now : doneAt;
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("doneAt", "is in the future");
        }
        p.done(at, actor, now);
        c.touched(now, actor);
        timeline.own(c, now, "KeepInTouchPointDone", actor, "\"" + p.title + "\" done " + CaseMails.when(at)
                + (p.late ? " (late)" : "") + (notes == null || notes.isBlank() ? "" : "; " + notes.strip()), p.id);
        return p;
    }

    @Transactional
    public ContactEntry log(SupportCase c, Contact cmd, String actor) {
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        if (cmd.contactedAt().isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new Violation("contactedAt", "is in the future"));
        }
        if (cmd.completesPoint() && cmd.pointId() == null) {
            violations.add(new Violation("pointId", "is required when the contact completes a point"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        KeepInTouchPoint p = cmd.pointId() == null ? null : point(c, cmd.pointId());
        ContactEntry e = new ContactEntry();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.inspectionId = c.inspectionId;
        e.pointId = p == null ? null : p.id;
        e.madeByEmail = cmd.madeByEmail() == null || cmd.madeByEmail().isBlank() ? actor : cmd.madeByEmail().strip().toLowerCase();
        e.madeByName = cmd.madeByName() == null || cmd.madeByName().isBlank() ? null : cmd.madeByName().strip();
        e.withWhom = cmd.withWhom().strip();
        e.channel = cmd.channel();
        e.contactedAt = cmd.contactedAt();
        e.notes = cmd.notes() == null || cmd.notes().isBlank() ? null : cmd.notes().strip();
        e.recordedAt = now;
        e.recordedBy = actor;
        e.persist();
        c.touched(now, actor);
        timeline.own(c, now, "ContactRecorded", actor, e.madeByEmail + " with " + e.withWhom + " by " + e.channel + " at "
                + CaseMails.when(e.contactedAt) + (p == null ? "" : " for \"" + p.title + "\"")
                + (e.notes == null ? "" : ": " + e.notes), e.id);
        if (cmd.completesPoint()) {
            if (p.status == PointStatus.DONE || p.status == PointStatus.CANCELLED) {
                throw new ConflictProblem("the point is already " + p.status);
            }
            p.done(cmd.contactedAt(), actor, now);
            timeline.own(c, now, "KeepInTouchPointDone", actor, "\"" + p.title + "\" done by the contact at "
                    + CaseMails.when(cmd.contactedAt()) + (p.late ? " (late)" : ""), p.id);
        }
        return e;
    }

    private static KeepInTouchPoint point(SupportCase c, UUID pointId) {
        KeepInTouchPoint p = KeepInTouchPoint.findById(pointId);
        if (p == null || !p.caseId.equals(c.id)) {
            throw new NotFoundProblem("the case of inspection " + c.inspectionId + " has no keep-in-touch point " + pointId);
        }
        return p;
    }
}
