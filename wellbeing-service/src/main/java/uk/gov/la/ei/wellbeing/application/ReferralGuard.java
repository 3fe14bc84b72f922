package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.ForbiddenProblem;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralReadRule;
import uk.gov.la.ei.wellbeing.domain.ReferralReadRule.Basis;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The gate in front of every referral: {@link ReferralReadRule} decides, and a refusal is itself written
 * to the audit log (in its own transaction, as the refusal rolls the request back) before the 403.
 */
@ApplicationScoped
public class ReferralGuard {

    /** Roles that can ever read a referral; the relationship to the inspection is checked as well. */
    public static final Set<String> READER_ROLES = Set.of(Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM);

    @Inject
    Caller caller;
    @Inject
    KnownInspections knownInspections;
    @Inject
    AuditLog audit;

    /** A referral the caller may read (and act on), with the basis to record as "why". */
    public record Access(Referral referral, KnownInspection inspection, Basis basis) {
        /** The "why" of an audit line: the basis, and the purpose the caller gave, if any. */
        public String why(String purpose) {
            return purpose == null || purpose.isBlank() ? basis.why() : basis.why() + "; " + purpose.strip();
        }
    }

    /**
     * Refuses (403, audited) a caller whose roles could never read a referral, whatever it is. The endpoints'
     * role checks already keep such callers out; this keeps the rule whole should an endpoint admit more.
     */
    public void requireReaderRole(AuditAction action, UUID referralId) {
        if (caller.roles().stream().noneMatch(READER_ROLES::contains)) {
            audit.refused(caller.actor(), action, referralId, null, "no role that may read wellbeing referrals");
            throw new ForbiddenProblem("wellbeing referrals are health-related personal data: only wellbeing officers,"
                    + " the school's SIM and the CEM may see them");
        }
    }

    /**
     * @param lock whether to take the referral's row lock (for a change)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Access require(UUID referralId, AuditAction action, boolean lock) {
        requireReaderRole(action, referralId);
        Referral referral = lock ? Referral.findById(referralId, LockModeType.PESSIMISTIC_WRITE) : Referral.findById(referralId);
        if (referral == null) {
            throw new NotFoundProblem("no wellbeing referral " + referralId);
        }
        KnownInspection inspection = knownInspections.find(referral.inspectionId).orElse(null);
        Optional<Basis> basis = ReferralReadRule.basisToRead(caller.standingTo(inspection));
        if (basis.isEmpty()) {
            audit.refused(caller.actor(), action, referral.id, null, "not a wellbeing officer, the school's SIM or the CEM");
            throw new ForbiddenProblem("only wellbeing officers, the school's SIM and the CEM the inspection is routed to"
                    + " may see or act on this referral");
        }
        return new Access(referral, inspection, basis.get());
    }
}
