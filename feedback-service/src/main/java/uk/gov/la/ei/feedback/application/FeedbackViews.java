package uk.gov.la.ei.feedback.application;

import uk.gov.la.ei.feedback.domain.record.Assessment;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.record.FeedbackVersion;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.platform.inspections.KnownInspection;

import java.util.Map;
import java.util.Optional;

/** Builds the readable form of a record from what is stored. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    public static FormView form(FeedbackTemplate t, FeedbackContent content, KnownInspection i, FeedbackVersion v, Assessment a) {
        FormView.Inspection inspection = new FormView.Inspection(i.schoolName, i.urn, i.inspectionType, i.framework,
                i.ofstedReference, i.startDate == null ? null : i.startDate.toString());
        Optional<FormView.Submission> submission = v == null ? Optional.empty()
                : Optional.of(new FormView.Submission(v.recordVersion,
                v.recordedByName == null || v.recordedByName.equals(v.recordedByEmail) ? v.recordedByEmail
                        : v.recordedByName + " <" + v.recordedByEmail + ">",
                v.recordedAt, v.correctionReason, a == null ? assessmentOf(v) : a));
        return FormView.of(t, content, inspection, submission);
    }

    /** What the rules made of a version when it was submitted, as stored with it. */
    public static Assessment assessmentOf(FeedbackVersion v) {
        return new Assessment(Map.of(), v.outcomeBand, v.safeguarding, v.safeguardingEffective, v.categoryOfConcern, v.adverse,
                v.signpostingNeeded, v.conductConcerns, v.unexpectedOutcome, v.laCategorisation);
    }
}
