package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.WhoIsTold;
import uk.gov.la.ei.platform.mail.MailQueue;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/** Tells people about an inspection: an e-mail each through the mail queue, and a line in its history. */
@ApplicationScoped
public class InformContacts {

    @Inject
    MailQueue mail;

    /** Everyone {@link WhoIsTold} names for the inspection, each in their capacity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Inspection i, Instant now, Function<String, NoticeEmails.Email> emailFor) {
        tell(i, now, WhoIsTold.recipients(i), emailFor);
    }

    /** @param recipients e-mail address → the capacity they are told in */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Inspection i, Instant now, Map<String, String> recipients, Function<String, NoticeEmails.Email> emailFor) {
        for (Map.Entry<String, String> recipient : recipients.entrySet()) {
            NoticeEmails.Email email = emailFor.apply(recipient.getValue());
            mail.queue(recipient.getKey(), email.subject(), email.body(), i.id.toString());
            InspectionHistory.record(i.id, now, HistoryKind.EMAIL_QUEUED, null,
                    "to " + recipient.getValue() + " " + recipient.getKey() + ": " + email.subject());
        }
    }
}
