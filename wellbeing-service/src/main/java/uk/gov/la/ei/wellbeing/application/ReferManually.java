package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.ForbiddenProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.ManualReferralRule;

import java.time.Clock;
import java.util.UUID;

/**
 * A SIM, AI or CEM of the inspection, or a wellbeing officer, refers the school's leader by hand
 * (ManualReferralRule). It opens the inspection's referral or joins the open one.
 */
@ApplicationScoped
public class ReferManually {

    @Inject
    Caller caller;
    @Inject
    KnownInspections knownInspections;
    @Inject
    OpenOrJoinReferral referrals;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public OpenOrJoinReferral.Result refer(UUID inspectionId, String note) {
        if (inspectionId == null) {
            throw new InvalidInputException("inspectionId", "is required");
        }
        KnownInspection inspection = knownInspections.require(inspectionId);
        if (!ManualReferralRule.mayRefer(caller.standingTo(inspection))) {
            audit.refused(caller.actor(), AuditAction.REFERRAL_OPENED, null, null,
                    "manual referral by someone not the SIM, AI or CEM of the inspection, nor a wellbeing officer");
            throw new ForbiddenProblem("only the SIM, AI or CEM of inspection " + inspectionId
                    + ", or a wellbeing officer, may refer its school's leader");
        }
        return referrals.on(new OpenOrJoinReferral.Trigger(inspectionId, inspection.urn, WellbeingTrigger.MANUAL,
                UUID.randomUUID(), clock.instant(), note == null || note.isBlank() ? null : note.strip()), caller.actor());
    }
}
