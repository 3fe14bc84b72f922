package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.inspections.InspectionAccess;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.ForbiddenProblem;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.CurrentUser;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.domain.CaseState;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.util.UUID;

/**
 * Who may do what with a case (issue "who may act"): the SIM or AI of the school (as ContactsAssigned
 * assigned them) acts on its case, the CEM on every case routed to them; senior officers read every case;
 * anyone else gets 403. The relationship comes from platform InspectionAccess, the same rule in every service.
 */
@RequestScoped
public class Cases {

    @Inject
    KnownInspections known;
    @Inject
    InspectionAccess access;
    @Inject
    CurrentUser user;

    /** The case, locked, for someone who may act on it (404 unknown, 403 not theirs). */
    public SupportCase toAct(UUID inspectionId) {
        KnownInspection ki = known.require(inspectionId);
        access.requireToAct(ki);
        return SupportCase.lockForInspection(inspectionId).orElseThrow(() -> noCase(inspectionId));
    }

    /** As {@link #toAct}, and the case must be live (not withdrawn). */
    public SupportCase toActOnLive(UUID inspectionId) {
        SupportCase c = toAct(inspectionId);
        if (c.state == CaseState.WITHDRAWN) {
            throw new ConflictProblem("the inspection was withdrawn by Ofsted: its case is kept as a record and takes no new points");
        }
        return c;
    }

    /** The case for the SIM of the school or the CEM it is routed to (H§4: "the SIM will determine the appropriate follow up"). */
    public SupportCase toDecideFollowUp(UUID inspectionId) {
        KnownInspection ki = known.require(inspectionId);
        var relations = access.relationsTo(ki);
        if (!relations.contains(InspectionAccess.Relation.SIM) && !relations.contains(InspectionAccess.Relation.CEM)) {
            throw new ForbiddenProblem("only the SIM of URN " + ki.urn + " (or the CEM it is routed to) may override its follow-up");
        }
        return SupportCase.lockForInspection(inspectionId).orElseThrow(() -> noCase(inspectionId));
    }

    /** The case for a senior officer (internal reviews are theirs: the coroner's second point). */
    public SupportCase toReview(UUID inspectionId) {
        known.require(inspectionId);
        if (!user.roles().contains(Roles.SENIOR_OFFICER)) {
            throw new ForbiddenProblem("only a senior officer may close an internal review");
        }
        return SupportCase.lockForInspection(inspectionId).orElseThrow(() -> noCase(inspectionId));
    }

    /** Someone who may act on the case, or a senior officer (a learning review may be instigated by either). */
    public SupportCase toActOrReview(UUID inspectionId) {
        KnownInspection ki = known.require(inspectionId);
        if (!access.mayAct(ki) && !user.roles().contains(Roles.SENIOR_OFFICER)) {
            access.requireToAct(ki);
        }
        return SupportCase.lockForInspection(inspectionId).orElseThrow(() -> noCase(inspectionId));
    }

    public SupportCase toRead(UUID inspectionId) {
        KnownInspection ki = known.require(inspectionId);
        access.requireToRead(ki);
        return SupportCase.forInspection(inspectionId).orElseThrow(() -> noCase(inspectionId));
    }

    public KnownInspection inspection(UUID inspectionId) {
        return known.require(inspectionId);
    }

    /** The caller, recorded on every change. */
    public String actor() {
        return access.actor();
    }

    public Person actorPerson() {
        return new Person(user.name(), access.actor());
    }

    private static NotFoundProblem noCase(UUID inspectionId) {
        return new NotFoundProblem("inspection " + inspectionId + " has no support case");
    }
}
