package uk.gov.la.ei.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.ConcernClosed;
import uk.gov.la.ei.contracts.events.ConcernEscalated;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.EscalationLevel;
import uk.gov.la.ei.contracts.events.KeepInTouchPointMissed;
import uk.gov.la.ei.contracts.events.WellbeingReferralOpened;
import uk.gov.la.ei.contracts.events.WellbeingSignposted;
import uk.gov.la.ei.feedback.domain.collation.CollatedConcern;
import uk.gov.la.ei.feedback.domain.collation.CollatedReferral;
import uk.gov.la.ei.feedback.domain.collation.MissedKeepInTouchPoint;
import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the few facts of the other services that the collation report counts (H§4 "recorded and
 * collated to inform future work and discussion with regional HMIs"). Each handler runs in the
 * consumer's transaction, once per event; facts may come in any order across topics, so each one
 * fills in its own columns and leaves the others.
 */
@ApplicationScoped
public class CollationFacts {

    // ---- ei.support.cases

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(ConcernLogged c) {
        required("concernId", c.concernId());
        required("inspectionId", c.inspectionId());
        CollatedConcern concern = concern(c.concernId(), c.inspectionId(), c.urn());
        concern.category = c.category();
        concern.loggedAt = c.loggedAt();
        concern.raisedWithInspector = c.raisedWithInspector();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(ConcernEscalated e) {
        required("concernId", e.concernId());
        required("inspectionId", e.inspectionId());
        CollatedConcern concern = concern(e.concernId(), e.inspectionId(), e.urn());
        if (e.level() == EscalationLevel.SHMI) {
            concern.escalatedToShmiAt = earliest(concern.escalatedToShmiAt, e.escalatedAt());
        } else if (e.level() == EscalationLevel.CEM) {
            concern.escalatedToCemAt = earliest(concern.escalatedToCemAt, e.escalatedAt());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(ConcernClosed c) {
        required("concernId", c.concernId());
        required("inspectionId", c.inspectionId());
        CollatedConcern concern = concern(c.concernId(), c.inspectionId(), c.urn());
        concern.outcome = c.outcome();
        concern.closedAt = c.closedAt();
    }

    private static CollatedConcern concern(UUID concernId, UUID inspectionId, String urn) {
        CollatedConcern c = CollatedConcern.findById(concernId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new CollatedConcern();
            c.concernId = concernId;
            c.inspectionId = inspectionId;
            c.urn = urn;
            c.persist();
        }
        return c;
    }

    /** A point missed is counted once, however many people were alerted about it (the SIM, then the CEM). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void on(KeepInTouchPointMissed m) {
        required("inspectionId", m.inspectionId());
        required("point", m.point());
        required("dueAt", m.dueAt());
        MissedKeepInTouchPoint known = MissedKeepInTouchPoint.find("inspectionId = ?1 and point = ?2 and dueAt = ?3",
                m.inspectionId(), m.point(), m.dueAt()).firstResult();
        if (known != null) {
            known.lastAlertedRole = m.alertedRole();
            return;
        }
        MissedKeepInTouchPoint p = new MissedKeepInTouchPoint();
        p.missedId = UUID.randomUUID();
        p.caseId = m.caseId();
        p.inspectionId = m.inspectionId();
        p.urn = m.urn();
        p.point = m.point();
        p.dueAt = m.dueAt();
        p.lastAlertedRole = m.alertedRole();
        p.persist();
    }

    // ---- ei.wellbeing.referrals (identifiers only)

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(WellbeingReferralOpened o) {
        required("referralId", o.referralId());
        CollatedReferral r = referral(o.referralId(), o.inspectionId(), o.urn());
        r.trigger = o.trigger();
        r.openedAt = o.openedAt();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(WellbeingSignposted s) {
        required("referralId", s.referralId());
        CollatedReferral r = referral(s.referralId(), s.inspectionId(), s.urn());
        r.signpostedAt = earliest(r.signpostedAt, s.signpostedAt());
    }

    private static CollatedReferral referral(UUID referralId, UUID inspectionId, String urn) {
        CollatedReferral r = CollatedReferral.findById(referralId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            r = new CollatedReferral();
            r.referralId = referralId;
            r.inspectionId = inspectionId;
            r.urn = urn;
            r.persist();
        } else if (r.inspectionId == null) {
            r.inspectionId = inspectionId;
        }
        return r;
    }

    /** A fact without what identifies it cannot be counted: a dead letter, naming the field. */
    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
    }

    private static Instant earliest(Instant known, Instant now) {
        return known == null || (now != null && now.isBefore(known)) ? now : known;
    }
}
