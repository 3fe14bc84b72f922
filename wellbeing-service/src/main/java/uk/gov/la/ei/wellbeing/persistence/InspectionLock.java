package uk.gov.la.ei.wellbeing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Serialises everything that may open a referral for one inspection, across consumers and replicas: a
 * PostgreSQL transaction-level advisory lock on the inspection id (released at commit or rollback). The
 * triggers of one inspection arrive on three topics at once; without the lock two of them could each open
 * a referral, and the second would then fail on the one-open-referral index and be dead-lettered. A row
 * lock cannot serve: the referral (or even the known inspection) may not exist yet. The two-key form keeps
 * clear of the platform's single-key relay locks; the first key names this purpose and schema.
 */
@ApplicationScoped
public class InspectionLock {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID inspectionId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext('wellbeing-referral:' || current_schema()), hashtext(?1))")
                .setParameter(1, inspectionId.toString())
                .getSingleResult();
    }
}
