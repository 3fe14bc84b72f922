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
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.ForbiddenProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SIM or AI records that they contacted the school, acknowledged the notice, and agreed the LA's
 * involvement and the keep-in-touch times (H§4). Only a contact assigned to the inspection may.
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

    @Transactional
    public Inspection acknowledge(UUID inspectionId, Command command, String callerEmail, String callerName) {
        Inspection i = Inspection.findById(inspectionId);
        if (i == null) {
            throw new NotFoundProblem("no inspection " + inspectionId);
        }
        if (!i.isAssignedTo(callerEmail)) {
            throw new ForbiddenProblem("only the SIM or AI assigned to URN " + i.urn + " may acknowledge this notice");
        }
        if (i.state == InspectionState.WITHDRAWN) {
            throw new ConflictProblem("the inspection was withdrawn by Ofsted");
        }
        if (i.state == InspectionState.ACKNOWLEDGED) {
            throw new ConflictProblem("already acknowledged by " + i.acknowledgedByEmail + " at " + i.acknowledgedAt);
        }
        Instant now = clock.instant();
        validate(i, command, now);

        i.state = InspectionState.ACKNOWLEDGED;
        i.acknowledgedAt = command.contactedAt();
        i.acknowledgedByEmail = callerEmail;
        i.acknowledgedByName = callerName;
        i.schoolContact = command.schoolContact();
        i.agreedInvolvement = command.agreedInvolvement();
        i.keepInTouch = json(command.keepInTouchTimes());
        i.acknowledgementNotes = command.notes();
        i.updatedAt = now;
        boolean late = command.contactedAt().isAfter(i.acknowledgementDue);
        InspectionHistory.record(i.id, now, HistoryKind.ACKNOWLEDGED, callerEmail,
                "contacted %s at %s; involvement %s; %d keep-in-touch time(s)%s".formatted(command.schoolContact(),
                        command.contactedAt(), command.agreedInvolvement(), command.keepInTouchTimes().size(),
                        late ? "; after the deadline " + i.acknowledgementDue : ""));
        outbox.publish(new AcknowledgementRecorded(i.id, i.urn, new Person(callerName, callerEmail),
                command.schoolContact(), command.contactedAt(), command.agreedInvolvement().name(),
                List.copyOf(command.keepInTouchTimes()), late));
        return i;
    }

    private static void validate(Inspection i, Command c, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (c.contactedAt() == null) {
            violations.add(new Violation("contactedAt", "is required: when the school was contacted"));
        } else if (c.contactedAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
            violations.add(new Violation("contactedAt", "is in the future"));
        } else if (c.contactedAt().isBefore(i.notifiedAt.minus(Duration.ofMinutes(5)))) {
            violations.add(new Violation("contactedAt", "is before the notice arrived (" + i.notifiedAt + ")"));
        }
        if (c.schoolContact() == null || c.schoolContact().isBlank()) {
            violations.add(new Violation("schoolContact", "is required: who at the school was contacted"));
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
        if (c.keepInTouchTimes() == null) {
            violations.add(new Violation("keepInTouchTimes", "is required (may be empty when support was declined)"));
        } else {
            for (int n = 0; n < c.keepInTouchTimes().size(); n++) {
                KeepInTouchTime k = c.keepInTouchTimes().get(n);
                if (k == null || k.purpose() == null || k.purpose().isBlank()) {
                    violations.add(new Violation("keepInTouchTimes[" + n + "].purpose", "is required"));
                }
                if (k == null || k.at() == null) {
                    violations.add(new Violation("keepInTouchTimes[" + n + "].at", "is required"));
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

    private String json(List<KeepInTouchTime> times) {
        try {
            return mapper.writeValueAsString(times);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
