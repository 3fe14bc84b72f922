package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.WellbeingSignposted;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.mail.MailMessage;
import uk.gov.la.ei.platform.mail.MailQueue;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.ContactChannel;
import uk.gov.la.ei.wellbeing.domain.Offer;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.Signposting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Signposting a referred leader to the LA's offers (H§6) – the record the coroner's third point asks for:
 * which offers, to whom, by whom, how and when. By e-mail the service sends it itself (through the mail
 * queue, so it is sent if and only if the record is committed); a call or a visit is recorded as done.
 * The leader is the school's headteacher from the latest ContactsAssigned unless another recipient is named.
 */
@ApplicationScoped
public class SignpostLeader {

    public record Recipient(String name, String email) {
    }

    public record Command(List<String> offerCodes, ContactChannel channel, Recipient recipient, Instant at, String note) {
    }

    @Inject
    ReferralGuard guard;
    @Inject
    Caller caller;
    @Inject
    KnownInspections knownInspections;
    @Inject
    MailQueue mail;
    @Inject
    WellbeingEmails emails;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public Signposting signpost(UUID referralId, Command command, String purpose) {
        ReferralGuard.Access access = guard.require(referralId, AuditAction.SIGNPOSTED, true);
        Referral referral = access.referral();
        if (!referral.isOpen()) {
            throw new ConflictProblem("the referral was closed at " + referral.closedAt + "; open a new one to signpost again");
        }
        Instant now = clock.instant();
        Person leader = access.inspection() == null ? null : headteacher(knownInspections.contactsAssigned(access.inspection()));
        List<Violation> violations = new ArrayList<>();
        List<Offer> offers = offers(command.offerCodes(), violations);
        String recipientName = command.recipient() != null && present(command.recipient().name()) ? command.recipient().name().strip()
                : leader == null ? null : leader.name();
        String recipientEmail = command.recipient() != null && present(command.recipient().email()) ? command.recipient().email().strip()
                : leader == null ? null : leader.email();
        Instant at = now;
        if (command.channel() == ContactChannel.EMAIL) {
            if (recipientEmail == null) {
                violations.add(new Violation("recipient.email", "no headteacher e-mail is known for URN " + referral.urn
                        + ": name the recipient"));
            }
            if (command.at() != null) {
                violations.add(new Violation("at", "is for a call or visit that took place; the service sends an e-mail now"));
            }
        } else if (command.channel() != null) {
            if (recipientName == null) {
                violations.add(new Violation("recipient.name", "no headteacher is known for URN " + referral.urn
                        + ": say whom you spoke to"));
            }
            if (command.at() != null) {
                if (command.at().isAfter(now.plus(Duration.ofMinutes(5)))) {
                    violations.add(new Violation("at", "is in the future"));
                }
                at = command.at();
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        Signposting s = new Signposting();
        s.referralId = referral.id;
        s.channel = command.channel();
        s.offerCodes = new ArrayList<>(offers.stream().map(o -> o.code).toList());
        s.recipientName = recipientName;
        s.recipientEmail = recipientEmail == null ? null : recipientEmail.toLowerCase();
        s.signpostedBy = caller.email();
        s.signpostedAt = at;
        s.recordedAt = now;
        s.note = command.note();
        if (command.channel() == ContactChannel.EMAIL) {
            WellbeingEmails.Email email = emails.signposting(recipientName, offers, caller.name(), caller.email());
            s.mailId = mail.queue(MailMessage.text(recipientEmail, email.subject(), email.body(), referral.id.toString())).id;
        }
        s.persist();
        referral.signposted(at);
        outbox.publish(new WellbeingSignposted(referral.id, referral.inspectionId, referral.urn, List.copyOf(s.offerCodes),
                s.channel.name(), at));
        audit.allowed(caller.actor(), AuditAction.SIGNPOSTED, referral.id, "signposting " + s.id, access.why(purpose));
        return s;
    }

    private static List<Offer> offers(List<String> codes, List<Violation> violations) {
        List<Offer> offers = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            violations.add(new Violation("offerCodes", "name at least one offer of the catalogue"));
            return offers;
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < codes.size(); n++) {
            String code = codes.get(n);
            Offer offer = code == null ? null : Offer.findById(code);
            if (offer == null) {
                violations.add(new Violation("offerCodes[" + n + "]", "is not in the offer catalogue: " + code));
            } else if (!offer.active) {
                violations.add(new Violation("offerCodes[" + n + "]", "is retired from the catalogue: " + code));
            } else if (!seen.add(code)) {
                violations.add(new Violation("offerCodes[" + n + "]", "is named twice: " + code));
            } else {
                offers.add(offer);
            }
        }
        return offers;
    }

    private static Person headteacher(ContactsAssigned c) {
        return c == null ? null : c.headteacher();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
