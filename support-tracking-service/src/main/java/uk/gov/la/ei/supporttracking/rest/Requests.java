package uk.gov.la.ei.supporttracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernOutcome;
import uk.gov.la.ei.contracts.events.EscalationLevel;
import uk.gov.la.ei.supporttracking.domain.ContactChannel;
import uk.gov.la.ei.supporttracking.domain.DeferralCriterion;
import uk.gov.la.ei.supporttracking.domain.DeferralOutcome;
import uk.gov.la.ei.supporttracking.domain.FollowUpLevel;
import uk.gov.la.ei.supporttracking.domain.LearningReviewInstigator;
import uk.gov.la.ei.supporttracking.domain.OwnerRole;
import uk.gov.la.ei.supporttracking.domain.PauseOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies. Every string has a maximum that fits the column storing it, every list a maximum size, every
 * date a plausible range: a request over a bound is a 400 naming the field before anything is stored.
 */
public final class Requests {

    static final int TEXT = 4000;
    static final int REASON = 2000;

    private Requests() {
    }

    public record AddPoint(@NotBlank @Size(max = 300) String title,
                           @NotNull @Plausible Instant dueAt,
                           OwnerRole owner,
                           @NotBlank @Size(max = REASON) String reason) {
    }

    public record MovePoint(@NotNull @Plausible Instant dueAt, @NotBlank @Size(max = REASON) String reason) {
    }

    public record CancelPoint(@NotBlank @Size(max = REASON) String reason) {
    }

    public record CompletePoint(@Plausible Instant doneAt, @Size(max = TEXT) String notes) {
    }

    public record Contact(@Size(max = 200) String madeByName,
                          @Email @Size(max = 320) String madeByEmail,
                          @NotBlank @Size(max = 300) String withWhom,
                          @NotNull ContactChannel channel,
                          @NotNull @Plausible Instant contactedAt,
                          @Size(max = TEXT) String notes,
                          UUID pointId,
                          boolean completesPoint) {
    }

    public record LogConcern(@NotNull ConcernCategory category,
                             @NotBlank @Size(max = TEXT) String summary,
                             @NotBlank @Size(max = 200) String raisedBy,
                             @NotNull Boolean raisedWithInspector,
                             @Size(max = TEXT) String inspectorResponse,
                             @Plausible Instant raisedAt) {
    }

    public record AgreeAction(@NotBlank @Size(max = TEXT) String action) {
    }

    public record Recipient(@Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email) {
    }

    public record Escalate(@NotNull EscalationLevel level,
                           @Valid Recipient to,
                           @NotNull ContactChannel channel,
                           @Plausible Instant escalatedAt,
                           @Size(max = TEXT) String notes) {
    }

    public record Answer(@NotBlank @Size(max = TEXT) String response, @Plausible Instant respondedAt) {
    }

    public record CloseConcern(@NotNull ConcernOutcome outcome, @NotBlank @Size(max = TEXT) String summary) {
    }

    public record RequestPause(@NotBlank @Size(max = 200) String requestedBy,
                               @NotBlank @Size(max = TEXT) String reason,
                               @Plausible Instant requestedAt) {
    }

    public record DecidePause(@NotNull PauseOutcome outcome, @Plausible LocalDate resumesOn, @Size(max = TEXT) String notes) {
    }

    public record RecordDeferral(@NotBlank @Size(max = 200) String requestedBy,
                                 @NotBlank @Size(max = TEXT) String circumstances,
                                 @NotEmpty @Size(max = 6) List<@NotNull DeferralCriterion> criteriaConsidered,
                                 DeferralOutcome outcome,
                                 @Size(max = TEXT) String outcomeNotes,
                                 @Plausible Instant requestedAt) {
    }

    public record DecideDeferral(@NotNull DeferralOutcome outcome, @Size(max = TEXT) String notes) {
    }

    public record Context(@Size(max = 20) @Pattern(regexp = "[0-9]{4}([/-][0-9]{2,4})?", message = "must be a year such as 2025 or 2025/26")
                          String categorisationYear,
                          @Size(max = TEXT) String leadershipTurbulence,
                          @Size(max = TEXT) String communityEvent,
                          @Size(max = 200) String partnershipName,
                          @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9]{6,7}", message = "must be a URN of 6 or 7 digits") String> partnerUrns,
                          @Size(max = TEXT) String notes) {
    }

    public record ReportDates(@Plausible LocalDate draftReportReceivedOn,
                              @Plausible LocalDate reportPublishedOn,
                              @Plausible LocalDate warningNoticeGivenOn) {
    }

    public record OverrideFollowUp(@NotNull FollowUpLevel followUp, @NotBlank @Size(max = REASON) String reason) {
    }

    public record CompleteStep(@Plausible LocalDate doneOn, @Size(max = TEXT) String notes) {
    }

    public record OpenLearningReview(@NotNull LearningReviewInstigator instigatedBy, @NotBlank @Size(max = TEXT) String reason) {
    }

    public record CloseInternalReview(@NotBlank @Size(max = TEXT) String findings) {
    }

    public record Outcome(@NotBlank @Size(max = TEXT) String outcome) {
    }

    public record OpenComplaint(@NotBlank @Size(max = TEXT) String summary) {
    }

    public record ComplaintStep(@NotBlank @Size(max = 200) String step, @Plausible Instant at, @Size(max = TEXT) String notes) {
    }
}
