package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPlan;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.OwnerRole;
import uk.gov.la.ei.supporttracking.domain.PlannedPoint;
import uk.gov.la.ei.supporttracking.domain.PointKind;
import uk.gov.la.ei.supporttracking.domain.PointOrigin;
import uk.gov.la.ei.supporttracking.domain.PointStatus;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps a case's default keep-in-touch plan ({@link KeepInTouchPlan}) in line with the inspection as
 * notification-service last described it: a new start date moves the open default points, a new
 * acknowledgement deadline reopens the initial contact, new contacts take over open points, a change of
 * involvement adds or cancels default points. Points people added are theirs: left as they are.
 */
@ApplicationScoped
public class PlanKeeper {

    @Inject
    CaseRules rules;

    public KeepInTouchPlan.Inspection inspectionOf(SupportCase c) {
        return new KeepInTouchPlan.Inspection(c.involvement, c.startDate, c.expectedDays, c.notifiedAt, c.acknowledgementDue);
    }

    /** The plan of a newly opened case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<KeepInTouchPoint> createPlan(SupportCase c, CaseContacts contacts, Instant now) {
        List<KeepInTouchPoint> points = new ArrayList<>();
        for (PlannedPoint p : KeepInTouchPlan.defaultPlan(inspectionOf(c), rules.workingDays())) {
            points.add(newPoint(c, p.kind(), p.kind().title(), PointOrigin.PLAN, p.optional(), p.owner(), p.dueAt(), contacts,
                    Sources.SYSTEM, now));
        }
        return points;
    }

    /** A new point; its owner is the preferred role's holder, or the fallback's (OwnerRole.fallback). */
    @Transactional(Transactional.TxType.MANDATORY)
    public KeepInTouchPoint newPoint(SupportCase c, PointKind kind, String title, PointOrigin origin, boolean optional,
                                     OwnerRole preferred, Instant dueAt, CaseContacts contacts, String by, Instant now) {
        KeepInTouchPoint p = new KeepInTouchPoint();
        p.id = UUID.randomUUID();
        p.caseId = c.id;
        p.inspectionId = c.inspectionId;
        p.kind = kind;
        p.title = title;
        p.origin = origin;
        p.optional = optional;
        assignOwner(p, contacts.effective(preferred), contacts);
        p.dueAt = dueAt;
        p.status = PointStatus.PLANNED;
        p.createdAt = now;
        p.createdBy = by;
        p.updatedAt = now;
        p.updatedBy = by;
        p.persist();
        return p;
    }

    private static void assignOwner(KeepInTouchPoint p, OwnerRole role, CaseContacts contacts) {
        Person owner = contacts.person(role);
        p.ownerRole = role;
        p.ownerName = owner == null ? null : owner.name();
        p.ownerEmail = owner == null ? null : owner.email();
    }

    /**
     * Reconciles the default plan with the case's current dates, involvement and contacts.
     *
     * @param reopenInitialContact a fresh acknowledgement is expected (a reschedule or a new notice)
     * @param revive               the case was reopened: default points the system cancelled come back
     * @return what changed, for the timeline (empty when nothing did)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> reconcile(SupportCase c, CaseContacts contacts, Instant now, boolean reopenInitialContact, boolean revive) {
        List<String> changes = new ArrayList<>();
        List<KeepInTouchPoint> existing = KeepInTouchPoint.ofCase(c.id);
        Map<PointKind, KeepInTouchPoint> defaults = new EnumMap<>(PointKind.class);
        for (KeepInTouchPoint p : existing) {
            if (p.origin == PointOrigin.PLAN) {
                defaults.put(p.kind, p);
            }
        }
        List<PlannedPoint> desired = KeepInTouchPlan.defaultPlan(inspectionOf(c), rules.workingDays());
        for (PlannedPoint d : desired) {
            KeepInTouchPoint p = defaults.remove(d.kind());
            if (p == null) {
                if (d.dueAt().isAfter(now)) {
                    newPoint(c, d.kind(), d.kind().title(), PointOrigin.PLAN, d.optional(), d.owner(), d.dueAt(), contacts, Sources.SYSTEM, now);
                    changes.add("added " + d.kind() + " due " + CaseMails.when(d.dueAt()));
                }
                continue;
            }
            boolean reopen = (p.status == PointStatus.DONE && d.kind() == PointKind.INITIAL_CONTACT && reopenInitialContact)
                    || (p.status == PointStatus.CANCELLED && revive && Sources.SYSTEM.equals(p.cancelledBy) && d.dueAt().isAfter(now));
            if (reopen) {
                p.doneAt = null;
                p.doneBy = null;
                p.late = false;
                p.cancelledReason = null;
                p.cancelledBy = null;
                p.moveTo(d.dueAt(), Sources.SYSTEM, now);
                changes.add("reopened " + d.kind() + " due " + CaseMails.when(d.dueAt()));
            } else if (p.status.isOpen() && !p.dueAt.equals(d.dueAt())) {
                p.moveTo(d.dueAt(), Sources.SYSTEM, now);
                changes.add("moved " + d.kind() + " to " + CaseMails.when(d.dueAt()));
            }
            if (p.status.isOpen()) {
                OwnerRole role = contacts.effective(d.owner());
                Person owner = contacts.person(role);
                if (role != p.ownerRole || owner != null && !Objects.equals(owner.email(), p.ownerEmail)) {
                    assignOwner(p, role, contacts);
                    p.touched(now, Sources.SYSTEM);
                    changes.add(d.kind() + " now owned by " + p.ownerEmail + " (" + role + ")");
                }
            }
        }
        for (KeepInTouchPoint p : defaults.values()) {
            if (p.status.isOpen()) {
                p.cancel("no longer in the default plan for involvement " + c.involvement, Sources.SYSTEM, now);
                changes.add("cancelled " + p.kind + " (not in the plan for " + c.involvement + ")");
            }
        }
        for (KeepInTouchPoint p : existing) {
            if (p.origin != PointOrigin.PLAN && p.status.isOpen()) {
                OwnerRole role = contacts.effective(p.ownerRole);
                Person owner = contacts.person(role);
                if (owner != null && (role != p.ownerRole || !Objects.equals(owner.email(), p.ownerEmail))) {
                    assignOwner(p, role, contacts);
                    p.touched(now, Sources.SYSTEM);
                    changes.add("\"" + p.title + "\" now owned by " + p.ownerEmail);
                }
            }
        }
        return changes;
    }

    /** Cancels every open point (a withdrawal); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelOpen(SupportCase c, String reason, Instant now) {
        int n = 0;
        for (KeepInTouchPoint p : KeepInTouchPoint.ofCase(c.id)) {
            if (p.status.isOpen()) {
                p.cancel(reason, Sources.SYSTEM, now);
                n++;
            }
        }
        return n;
    }

    /** A pause: every open point due after the pause moves on by the working days lost (same local time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int shiftOpenAfter(SupportCase c, Instant pausedAt, int workingDaysLost, String by, Instant now) {
        WorkingDays wd = rules.workingDays();
        int n = 0;
        for (KeepInTouchPoint p : KeepInTouchPoint.ofCase(c.id)) {
            if (p.status.isOpen() && p.dueAt.isAfter(pausedAt) && workingDaysLost > 0) {
                var local = p.dueAt.atZone(WorkingDays.ENGLAND);
                var day = wd.plusWorkingDays(local.toLocalDate(), workingDaysLost);
                p.moveTo(day.atTime(local.toLocalTime()).atZone(WorkingDays.ENGLAND).toInstant(), by, now);
                n++;
            }
        }
        return n;
    }
}
