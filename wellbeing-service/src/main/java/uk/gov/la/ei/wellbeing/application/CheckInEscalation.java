package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.events.CheckInMissed;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.mail.MailQueue;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.Referral;

import java.time.Instant;

/** A missed check-in goes to the CEM (issue #9): a CheckInMissed event (identifiers only) and an e-mail, once. */
@ApplicationScoped
public class CheckInEscalation {

    private static final Logger LOG = Logger.getLogger(CheckInEscalation.class);

    @Inject
    KnownInspections knownInspections;
    @Inject
    MailQueue mail;
    @Inject
    WellbeingEmails emails;
    @Inject
    Outbox outbox;

    /** @return false if it had been escalated already */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean escalate(Referral r, CheckIn c, Instant now) {
        if (c.missedEscalatedAt != null) {
            return false;
        }
        c.missedEscalatedAt = now;
        outbox.publish(new CheckInMissed(r.id, c.id, r.inspectionId, r.urn, c.dueAt));
        KnownInspection i = knownInspections.find(r.inspectionId).orElse(null);
        if (i != null && i.cemEmail != null) {
            WellbeingEmails.Email email = emails.checkInMissed(r, c, i);
            mail.queue(i.cemEmail, email.subject(), email.body(), r.id.toString());
        } else {
            LOG.errorf("check-in %s of wellbeing referral %s (URN %s) was missed and no CEM is known for inspection %s:"
                    + " the CheckInMissed event is published, no e-mail could be sent", c.id, r.id, r.urn, r.inspectionId);
        }
        return true;
    }
}
