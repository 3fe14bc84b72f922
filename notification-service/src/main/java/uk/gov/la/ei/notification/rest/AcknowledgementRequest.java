package uk.gov.la.ei.notification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.la.ei.contracts.events.KeepInTouchTime;
import uk.gov.la.ei.notification.application.AcknowledgeNotice;
import uk.gov.la.ei.notification.domain.AgreedInvolvement;
import uk.gov.la.ei.notification.domain.Bounds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The body of {@code POST /api/v1/inspections/{id}/acknowledgement}. Every field and the list are
 * bounded, so that the largest acknowledgement accepted still makes an event far below the broker's
 * record limit (issue 6 item 2); the rules that need the inspection are the use case's.
 */
@Schema(name = "Acknowledgement")
public record AcknowledgementRequest(
        @Schema(description = "When the school was contacted") Instant contactedAt,
        @Size(max = Bounds.SCHOOL_CONTACT, message = SchoolResource.MAX)
        @Schema(description = "Who at the school was contacted") String schoolContact,
        AgreedInvolvement agreedInvolvement,
        @Size(max = Bounds.KEEP_IN_TOUCH_TIMES, message = "at most {max} keep-in-touch times")
        List<@Valid KeepInTouch> keepInTouchTimes,
        @Size(max = Bounds.ACKNOWLEDGEMENT_NOTES, message = SchoolResource.MAX) String notes) {

    /** A keep-in-touch point agreed with the school (H§4), in England local time. */
    public record KeepInTouch(
            @Size(max = Bounds.KEEP_IN_TOUCH_PURPOSE, message = SchoolResource.MAX) String purpose,
            LocalDateTime at,
            @Size(max = Bounds.KEEP_IN_TOUCH_OWNER, message = SchoolResource.MAX) String owner) {
    }

    AcknowledgeNotice.Command toCommand() {
        List<KeepInTouchTime> times = keepInTouchTimes == null ? null : keepInTouchTimes.stream()
                .map(k -> k == null ? null : new KeepInTouchTime(k.purpose(), k.at(), k.owner()))
                .toList();
        return new AcknowledgeNotice.Command(contactedAt, schoolContact, agreedInvolvement, times, notes);
    }
}
