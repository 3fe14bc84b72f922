package uk.gov.la.ei.wellbeing.rest;

import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.mail.OutgoingMail;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.CheckInStatus;
import uk.gov.la.ei.wellbeing.domain.ClosureReason;
import uk.gov.la.ei.wellbeing.domain.ContactChannel;
import uk.gov.la.ei.wellbeing.domain.Offer;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralStatus;
import uk.gov.la.ei.wellbeing.domain.ReferralTrigger;
import uk.gov.la.ei.wellbeing.domain.Signposting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API shows of referrals. */
public final class ReferralViews {

    private ReferralViews() {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record Summary(UUID id, UUID inspectionId, String urn, String schoolName, ReferralStatus status, Instant openedAt,
                          List<WellbeingTrigger> triggers, Instant signpostingDue, Instant signpostedAt,
                          boolean signpostingOverdue, Instant nextCheckInDue, Instant closedAt) {
        static Summary of(Referral r, KnownInspection i, List<ReferralTrigger> triggers, List<CheckIn> checkIns) {
            Instant next = checkIns.stream().filter(CheckIn::isScheduled).map(c -> c.dueAt).min(Instant::compareTo).orElse(null);
            return new Summary(r.id, r.inspectionId, r.urn, i == null ? null : i.schoolName, r.status, r.openedAt,
                    triggers.stream().map(t -> t.kind).distinct().toList(), r.signpostingDue, r.signpostedAt,
                    r.signpostingOverdueAt != null, next, r.closedAt);
        }
    }

    public record Detail(UUID id, UUID inspectionId, String urn, String schoolName, Person leader, ReferralStatus status,
                         Instant openedAt, SignpostingState signposting, List<TriggerView> triggers,
                         List<SignpostingView> signpostings, List<CheckInView> checkIns, Closure closure, String yourAccess) {
    }

    public record SignpostingState(Instant due, Instant firstAt, boolean overdue, Instant overdueRaisedAt) {
    }

    public record TriggerView(WellbeingTrigger kind, Instant occurredAt, Instant receivedAt, String raisedBy, String note) {
        static TriggerView of(ReferralTrigger t) {
            return new TriggerView(t.kind, t.occurredAt, t.receivedAt, t.raisedBy, t.note);
        }
    }

    public record OfferRef(String code, String name) {
    }

    public record MailState(String status, Instant sentAt, int attempts) {
    }

    public record SignpostingView(Long id, ContactChannel channel, List<OfferRef> offers, Person recipient, String by,
                                  Instant at, Instant recordedAt, MailState mail, String note) {
        static SignpostingView of(Signposting s, Map<String, String> offerNames) {
            MailState mail = null;
            if (s.mailId != null) {
                OutgoingMail m = OutgoingMail.findById(s.mailId);
                mail = m == null ? null : new MailState(m.status.name(), m.sentAt, m.attempts);
            }
            return new SignpostingView(s.id, s.channel,
                    s.offerCodes.stream().map(c -> new OfferRef(c, offerNames.getOrDefault(c, c))).toList(),
                    new Person(s.recipientName, s.recipientEmail), s.signpostedBy, s.signpostedAt, s.recordedAt, mail, s.note);
        }
    }

    public record CheckInView(UUID id, Instant dueAt, CheckInStatus status, String plannedBy, Instant outcomeAt,
                              String outcomeBy, ContactChannel channel, String note, Instant escalatedToCemAt) {
        static CheckInView of(CheckIn c) {
            return new CheckInView(c.id, c.dueAt, c.status, c.plannedBy, c.outcomeAt, c.outcomeBy, c.channel, c.note,
                    c.missedEscalatedAt);
        }
    }

    public record Closure(ClosureReason reason, String note, String by, Instant at) {
    }

    static Detail detail(Referral r, KnownInspection i, ContactsAssigned contacts, String basis, Instant now) {
        Map<String, String> offerNames = new java.util.HashMap<>();
        Offer.<Offer>listAll().forEach(o -> offerNames.put(o.code, o.name));
        return new Detail(r.id, r.inspectionId, r.urn, i == null ? null : i.schoolName,
                contacts == null ? null : contacts.headteacher(), r.status, r.openedAt,
                new SignpostingState(r.signpostingDue, r.signpostedAt,
                        r.signpostedAt == null && now.isAfter(r.signpostingDue), r.signpostingOverdueAt),
                ReferralTrigger.of(r.id).stream().map(TriggerView::of).toList(),
                Signposting.of(r.id).stream().map(s -> SignpostingView.of(s, offerNames)).toList(),
                CheckIn.of(r.id).stream().map(CheckInView::of).toList(),
                r.closedAt == null ? null : new Closure(r.closeReason, r.closeNote, r.closedBy, r.closedAt),
                basis);
    }

    public record OfferView(String code, String name, String provider, String howToReach, String suits, boolean active,
                            int position, Instant updatedAt, String updatedBy) {
        static OfferView of(Offer o) {
            return new OfferView(o.code, o.name, o.provider, o.howToReach, o.suits, o.active, o.position, o.updatedAt, o.updatedBy);
        }
    }

    public record ManualReferralResult(UUID referralId, boolean opened, boolean joined) {
    }
}
