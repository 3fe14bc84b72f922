package uk.gov.la.ei.notification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.KeepInTouchTime;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.notification.domain.AgreedInvolvement;
import uk.gov.la.ei.notification.domain.Bounds;
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.WhoMayAcknowledge;
import uk.gov.la.ei.platform.problem.ForbiddenProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The SIM or AI (or the CEM the inspection was routed to) records that they contacted the school,
 * acknowledged the notice, and agreed the LA's involvement and the keep-in-touch times (H§4).
 */
@ApplicationScoped
public class AcknowledgeNotice {

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper mapper;

    public record Command(Instant contactedAt, String schoolContact, AgreedInvolvement agreedInvolvement,
                          List<KeepInTouchTime> keepInTouchTimes, String notes) {
    }

    /** Who is acknowledging: from the token. */
    public record Caller(String email, String name, Set<String> roles) {
    }

    /**
     * Flushes before returning: an acknowledgement that lost a race with another change of the same
     * inspection fails here (a 409 at the resource), never at commit.
     */
    @Transactional
    public Inspection acknowledge(UUID inspectionId, Command command, Caller caller) {
        Inspection i = Inspection.findById(inspectionId);
        if (i == null) {
            throw new NotFoundProblem("no inspection " + inspectionId);
        }
        if (!WhoMayAcknowledge.mayAcknowledge(i, caller.email(), caller.roles())) {
            throw new ForbiddenProblem("only the SIM or AI assigned to URN " + i.urn
                    + ", or the CEM the inspection is routed to, may acknowledge this notice");
        }
        i.requireAcknowledgeable();
        Instant now = clock.instant();
        validate(i, command, now);

        String byName = Bounds.fit(caller.name(), Bounds.PERSON_NAME);
        i.acknowledge(command.contactedAt(), now, byName, caller.email(), command.schoolContact().trim(),
                command.agreedInvolvement(), json(command.keepInTouchTimes()), command.notes());
        boolean late = i.acknowledgedLate();
        InspectionHistory.record(i.id, now, HistoryKind.ACKNOWLEDGED, caller.email(),
                "contacted %s at %s; involvement %s; %d keep-in-touch time(s)%s".formatted(i.schoolContact,
                        command.contactedAt(), command.agreedInvolvement(), command.keepInTouchTimes().size(),
                        late ? "; LATE: due by " + i.acknowledgementDue + ", recorded at " + now : ""));
        outbox.publish(new AcknowledgementRecorded(i.id, i.urn, new Person(byName, caller.email()),
                i.schoolContact, command.contactedAt(), command.agreedInvolvement().name(),
                List.copyOf(command.keepInTouchTimes()), late));
        ConcurrentChange.flush();
        return i;
    }

    private static void validate(Inspection i, Command c, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (c.contactedAt() == null) {
            violations.add(new Violation("contactedAt", "is required: when the school was contacted"));
        } else if (c.contactedAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
            violations.add(new Violation("contactedAt", "is in the future"));
        } else if (c.contactedAt().isBefore(i.noticeKnownFrom().minus(Duration.ofMinutes(5)))) {
            violations.add(new Violation("contactedAt", "is before the notice arrived (" + i.noticeKnownFrom() + ")"));
        }
        if (c.schoolContact() == null || c.schoolContact().isBlank()) {
            violations.add(new Violation("schoolContact", "is required: who at the school was contacted"));
        } else {
            bounded(violations, "schoolContact", c.schoolContact(), Bounds.SCHOOL_CONTACT);
        }
        if (c.agreedInvolvement() == null) {
            violations.add(new Violation("agreedInvolvement", "is required: FULL, OFFER_ACCEPTED or OFFER_DECLINED"));
        } else if (i.involvement == Involvement.FULL && c.agreedInvolvement() != AgreedInvolvement.FULL) {
            violations.add(new Violation("agreedInvolvement",
                    "a maintained school has full LA involvement (H§4); was " + c.agreedInvolvement()));
        } else if (i.involvement == Involvement.OFFER_SUPPORT && c.agreedInvolvement() == AgreedInvolvement.FULL) {
            violations.add(new Violation("agreedInvolvement",
                    "for a non-maintained school the LA offers support (H§7): OFFER_ACCEPTED or OFFER_DECLINED"));
        }
        bounded(violations, "notes", c.notes(), Bounds.ACKNOWLEDGEMENT_NOTES);
        if (c.keepInTouchTimes() == null) {
            violations.add(new Violation("keepInTouchTimes", "is required (may be empty when support was declined)"));
        } else if (c.keepInTouchTimes().size() > Bounds.KEEP_IN_TOUCH_TIMES) {
            violations.add(new Violation("keepInTouchTimes", "at most " + Bounds.KEEP_IN_TOUCH_TIMES
                    + " keep-in-touch times; was " + c.keepInTouchTimes().size()));
        } else {
            for (int n = 0; n < c.keepInTouchTimes().size(); n++) {
                KeepInTouchTime k = c.keepInTouchTimes().get(n);
                String at = "keepInTouchTimes[" + n + "]";
                if (k == null || k.purpose() == null || k.purpose().isBlank()) {
                    violations.add(new Violation(at + ".purpose", "is required"));
                } else {
                    bounded(violations, at + ".purpose", k.purpose(), Bounds.KEEP_IN_TOUCH_PURPOSE);
                }
                if (k == null || k.at() == null) {
                    violations.add(new Violation(at + ".at", "is required"));
                }
                if (k != null) {
                    bounded(violations, at + ".owner", k.owner(), Bounds.KEEP_IN_TOUCH_OWNER);
                }
            }
            if (c.agreedInvolvement() == AgreedInvolvement.FULL && c.keepInTouchTimes().isEmpty()) {
                violations.add(new Violation("keepInTouchTimes",
                        "agree at least one time to keep in touch during the inspection (H§4)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void bounded(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "must be at most " + max + " characters; was " + value.length()));
        }
    }

    private String json(List<KeepInTouchTime> times) {
        try {
            return mapper.writeValueAsString(times);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
