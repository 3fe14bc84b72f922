package uk.gov.la.ei.wellbeing.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.wellbeing.application.CheckIns;
import uk.gov.la.ei.wellbeing.domain.ClosureReason;
import uk.gov.la.ei.wellbeing.domain.ContactChannel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies. Every text is bounded (the columns are varchar; free text is kept short on purpose:
 * this is health-related data, and the notes say what was done, not how the leader is).
 */
public final class Requests {

    public static final int NOTE_MAX = 500;

    private Requests() {
    }

    public record ManualReferral(@NotNull UUID inspectionId, @Size(max = NOTE_MAX) String note) {
    }

    public record Recipient(@Size(max = 300) String name, @Email @Size(max = 320) String email) {
    }

    public record Signpost(@NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 40) String> offerCodes,
                           @NotNull ContactChannel channel, @Valid Recipient recipient, Instant at,
                           @Size(max = NOTE_MAX) String note) {
    }

    public record ScheduleCheckIn(@NotNull Instant dueAt) {
    }

    public record CheckInOutcome(@NotNull CheckIns.Outcome outcome, Instant at, ContactChannel channel,
                                 @Size(max = NOTE_MAX) String note) {
    }

    public record Cancellation(@Size(max = NOTE_MAX) String note) {
    }

    public record Closure(@NotNull ClosureReason reason, @Size(max = NOTE_MAX) String note) {
    }

    public record OfferText(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String provider,
                            @NotBlank @Size(max = 1000) String howToReach, @NotBlank @Size(max = 1000) String suits,
                            Boolean active, Integer position) {
    }
}
