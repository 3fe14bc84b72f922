package uk.gov.la.ei.feedback.rest;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.feedback.application.ReadFeedback;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.record.FeedbackState;
import uk.gov.la.ei.feedback.domain.record.FeedbackVersion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the feedback API answers. */
public final class FeedbackResponses {

    private FeedbackResponses() {
    }

    public record TemplateRef(String id, int version, String title) {
    }

    /** What the rules made of a submitted version. */
    public record Outcome(OutcomeBand outcomeBand, String safeguarding, boolean safeguardingEffective,
                          CategoryOfConcern categoryOfConcern, boolean adverse, boolean signpostingNeeded,
                          boolean conductConcerns, boolean unexpectedOutcome, String laCategorisation) {
        static Outcome of(FeedbackVersion v) {
            return new Outcome(v.outcomeBand, v.safeguarding, v.safeguardingEffective, v.categoryOfConcern, v.adverse,
                    v.signpostingNeeded, v.conductConcerns, v.unexpectedOutcome, v.laCategorisation);
        }
    }

    public record VersionSummary(int recordVersion, String recordedBy, Instant recordedAt, String correctionReason,
                                 OutcomeBand outcomeBand) {
        static VersionSummary of(FeedbackVersion v) {
            return new VersionSummary(v.recordVersion, v.recordedByEmail, v.recordedAt, v.correctionReason, v.outcomeBand);
        }
    }

    /** A record as it stands: the draft, or the current version with the ones before it listed. */
    public record Feedback(UUID feedbackId, UUID inspectionId, String urn, String schoolName, TemplateRef template,
                           FeedbackState state, int currentVersion, String createdBy, Instant createdAt,
                           String updatedBy, Instant updatedAt, Instant submittedAt, FeedbackContent content,
                           Outcome outcome, List<VersionSummary> versions) {
        static Feedback of(ReadFeedback.Current c) {
            var r = c.record();
            return new Feedback(r.feedbackId, r.inspectionId, r.urn, c.inspection().schoolName,
                    new TemplateRef(c.template().id(), c.template().version(), c.template().title()),
                    r.state, r.currentVersion, r.createdBy, r.createdAt, r.updatedBy, r.updatedAt, r.submittedAt,
                    c.content(), c.currentVersion().map(Outcome::of).orElse(null),
                    c.versions().stream().map(VersionSummary::of).toList());
        }
    }

    /** One submitted version exactly as it was submitted. */
    public record Version(UUID feedbackId, UUID inspectionId, String urn, TemplateRef template, int recordVersion,
                          boolean current, String recordedBy, Instant recordedAt, String correctionReason,
                          FeedbackContent content, Outcome outcome) {
        static Version of(ReadFeedback.Current c) {
            FeedbackVersion v = c.versions().get(0);
            var r = c.record();
            return new Version(r.feedbackId, r.inspectionId, r.urn,
                    new TemplateRef(c.template().id(), c.template().version(), c.template().title()),
                    v.recordVersion, v.recordVersion == r.currentVersion, v.recordedByEmail, v.recordedAt,
                    v.correctionReason, c.content(), Outcome.of(v));
        }
    }

    public record Summary(UUID feedbackId, UUID inspectionId, String urn, String schoolName, String templateId,
                          int templateVersion, FeedbackState state, int currentVersion, Instant updatedAt,
                          OutcomeBand outcomeBand, Boolean adverse, Boolean unexpectedOutcome) {
        static Summary of(ReadFeedback.Current c) {
            var r = c.record();
            var v = c.currentVersion();
            return new Summary(r.feedbackId, r.inspectionId, r.urn, c.inspection().schoolName, r.templateId, r.templateVersion,
                    r.state, r.currentVersion, r.updatedAt, v.map(x -> x.outcomeBand).orElse(null),
                    v.map(x -> x.adverse).orElse(null), v.map(x -> x.unexpectedOutcome).orElse(null));
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
