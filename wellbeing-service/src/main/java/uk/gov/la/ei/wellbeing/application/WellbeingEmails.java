package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.Offer;
import uk.gov.la.ei.wellbeing.domain.Referral;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of this service's e-mails. To the leader: the offers, how to reach each and whom it suits –
 * nothing about why they were referred. To the SIM and CEM: that something is overdue and where to look,
 * with no health detail in the mail itself (the referral is read, and audited, in the service).
 */
@ApplicationScoped
public class WellbeingEmails {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK)
            .withZone(WorkingDays.ENGLAND);

    @Inject
    WellbeingSettings settings;

    public record Email(String subject, String body) {
    }

    /** The signposting e-mail to a school leader (H§6: the support "highlighted to school leaders… through specific discussions"). */
    public Email signposting(String recipientName, List<Offer> offers, String senderName, String senderEmail) {
        StringBuilder body = new StringBuilder();
        body.append("Dear ").append(recipientName == null || recipientName.isBlank() ? "colleague" : recipientName).append(",\n\n");
        body.append("""
                An Ofsted inspection asks a great deal of a school's leaders. As your local authority we want to be sure you
                know what support is there for you, now and at any time. You can use any of these directly and in confidence:
                """).append('\n');
        int n = 1;
        for (Offer o : offers) {
            body.append(n++).append(". ").append(o.name).append(" – ").append(o.provider).append('\n');
            body.append("   How to reach it: ").append(o.howToReach).append('\n');
            body.append("   Who it suits: ").append(o.suits).append("\n\n");
        }
        body.append("If you would like help to get in touch with any of these, or would rather talk first, reply to this e-mail\n")
                .append("or contact ").append(senderName == null ? senderEmail : senderName + " <" + senderEmail + ">").append(".\n\n");
        body.append("With best wishes,\n").append(senderName == null ? senderEmail : senderName).append('\n')
                .append("Education and Inclusion, Hampshire County Council\n");
        return new Email("Support available to you as a school leader", body.toString());
    }

    /** To the SIM and the CEM: a referred leader was not signposted within one working day. */
    public Email signpostingOverdue(Referral r, KnownInspection i) {
        String subject = "Wellbeing signposting overdue: %s (URN %s)".formatted(school(i), r.urn);
        String body = """
                A leader of %s (URN %s) was referred for wellbeing support at %s and has not been signposted to the LA's
                support by %s (within one working day). Please make sure it happens today, and record it.

                The referral (restricted; your access is recorded): %s/api/v1/referrals/%s
                """.formatted(school(i), r.urn, MOMENT.format(r.openedAt), MOMENT.format(r.signpostingDue),
                settings.baseUrl(), r.id);
        return new Email(subject, body);
    }

    /** To the CEM: a check-in with a referred leader was missed. */
    public Email checkInMissed(Referral r, CheckIn c, KnownInspection i) {
        String subject = "Wellbeing check-in missed: %s (URN %s)".formatted(school(i), r.urn);
        String body = """
                A check-in with a leader of %s (URN %s), due by %s, has not been done. It is escalated to you as CEM.
                Please make sure the leader is contacted, and record the check-in or schedule a new one.

                The referral (restricted; your access is recorded): %s/api/v1/referrals/%s
                """.formatted(school(i), r.urn, MOMENT.format(c.dueAt), settings.baseUrl(), r.id);
        return new Email(subject, body);
    }

    private static String school(KnownInspection i) {
        return i == null || i.schoolName == null ? "the school" : i.schoolName;
    }
}
