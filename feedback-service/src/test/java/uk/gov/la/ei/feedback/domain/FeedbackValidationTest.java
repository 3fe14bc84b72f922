package uk.gov.la.ei.feedback.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.record.FeedbackValidation;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.complete;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.template;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.with;

/** H§4 "This should be recorded on the feedback template": what a complete record is, checked against its template. */
class FeedbackValidationTest {

    private static final FeedbackTemplate REPORT_CARD = template("renewed-2025-report-card", 1);
    private static final LocalDate NOTIFIED = LocalDate.of(2026, 11, 23);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static List<String> fields(FeedbackTemplate t, FeedbackContent c, FeedbackValidation.Stage stage) {
        return FeedbackValidation.check(t, c, stage, "", NOTIFIED, TODAY).stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteRecordPasses() {
        assertThat(fields(REPORT_CARD, complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE"), FeedbackValidation.Stage.SUBMISSION)).isEmpty();
    }

    @Test
    void anEmptyDraftIsAcceptedButCannotBeSubmittedAndEveryMissingAnswerIsNamed() {
        FeedbackContent empty = new FeedbackContent(null, null, null, null, null, null, null, null, null);
        assertThat(fields(REPORT_CARD, empty, FeedbackValidation.Stage.DRAFT)).isEmpty();
        assertThat(fields(REPORT_CARD, empty, FeedbackValidation.Stage.SUBMISSION)).contains(
                "feedbackMeetingOn", "attendance", "judgements.inclusion", "judgements.leadershipAndGovernance",
                "judgements.safeguarding", "categoryOfConcern", "keyFeedback", "conductConcerns.raised",
                "signposting.needed", "nextSteps").doesNotContain("judgements.earlyYears", "judgements.post16");
    }

    @Test
    void aGradeNotOnTheJudgementsScaleIsRefusedEvenInADraft() {
        FeedbackContent c = with(complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE"), "achievement", "GOOD");
        List<Violation> v = FeedbackValidation.check(REPORT_CARD, c, FeedbackValidation.Stage.DRAFT, "content.", NOTIFIED, TODAY);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("content.judgements.achievement.grade");
            assertThat(x.message()).contains("EXCEPTIONAL, STRONG_STANDARD, EXPECTED_STANDARD, NEEDS_ATTENTION, URGENT_IMPROVEMENT");
        });
    }

    @Test
    void aJudgementTheTemplateDoesNotHaveIsRefused() {
        FeedbackContent c = with(complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE"), "qualityOfEducation", "GOOD");
        assertThat(fields(REPORT_CARD, c, FeedbackValidation.Stage.DRAFT)).containsExactly("judgements.qualityOfEducation");
    }

    @Test
    void whetherTheReasonsWereClearIsAskedForEveryJudgementAndWhatWasUnclearWhenTheyWereNot() {
        FeedbackContent c = complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE");
        Map<String, FeedbackContent.JudgementEntry> judgements = new LinkedHashMap<>(c.judgements());
        judgements.put("inclusion", new FeedbackContent.JudgementEntry("EXPECTED_STANDARD", null, null));
        judgements.put("achievement", new FeedbackContent.JudgementEntry("NEEDS_ATTENTION", false, " "));
        FeedbackContent unclear = new FeedbackContent(c.feedbackMeetingOn(), c.attendance(), judgements, c.categoryOfConcern(),
                c.keyFeedback(), c.conductConcerns(), c.signposting(), c.nextSteps(), c.answers());
        assertThat(fields(REPORT_CARD, unclear, FeedbackValidation.Stage.SUBMISSION))
                .containsExactly("judgements.inclusion.reasonsClear", "judgements.achievement.comment");
    }

    @Test
    void conductConcernsRaisedNeedTheirDetails() {
        FeedbackContent c = complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE");
        FeedbackContent raised = new FeedbackContent(c.feedbackMeetingOn(), c.attendance(), c.judgements(), c.categoryOfConcern(),
                c.keyFeedback(), new FeedbackContent.ConductConcerns(true, ""), c.signposting(), c.nextSteps(), c.answers());
        assertThat(fields(REPORT_CARD, raised, FeedbackValidation.Stage.SUBMISSION)).containsExactly("conductConcerns.details");
    }

    @Test
    void theFeedbackMeetingCannotBeInTheFutureOrBeforeTheNotice() {
        FeedbackContent c = complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE");
        FeedbackContent future = new FeedbackContent(TODAY.plusDays(1), c.attendance(), c.judgements(), c.categoryOfConcern(),
                c.keyFeedback(), c.conductConcerns(), c.signposting(), c.nextSteps(), c.answers());
        FeedbackContent before = new FeedbackContent(NOTIFIED.minusDays(1), c.attendance(), c.judgements(), c.categoryOfConcern(),
                c.keyFeedback(), c.conductConcerns(), c.signposting(), c.nextSteps(), c.answers());
        assertThat(fields(REPORT_CARD, future, FeedbackValidation.Stage.DRAFT)).containsExactly("feedbackMeetingOn");
        assertThat(fields(REPORT_CARD, before, FeedbackValidation.Stage.DRAFT)).containsExactly("feedbackMeetingOn");
    }

    @Test
    void aCategoryOfConcernFromAnotherFrameworkIsRefused() {
        assertThat(fields(REPORT_CARD, complete(REPORT_CARD, "URGENT_IMPROVEMENT", "MET", "SERIOUS_WEAKNESSES"),
                FeedbackValidation.Stage.DRAFT)).containsExactly("categoryOfConcern");
    }

    @Test
    void anUngradedInspectionNeedsNoCategoryOfConcern() {
        FeedbackTemplate ungraded = template("eif-2024-ungraded", 1);
        assertThat(fields(ungraded, complete(ungraded, "CONTINUES_GOOD", "EFFECTIVE", null), FeedbackValidation.Stage.SUBMISSION)).isEmpty();
    }

    @Test
    void theMonitoringTemplatesOwnQuestionsAreCheckedToo() {
        FeedbackTemplate monitoring = template("monitoring-visit", 1);
        FeedbackContent c = complete(monitoring, "TAKING_EFFECTIVE_ACTION", "EFFECTIVE", "NONE");
        FeedbackContent noFocus = new FeedbackContent(c.feedbackMeetingOn(), c.attendance(), c.judgements(), c.categoryOfConcern(),
                c.keyFeedback(), c.conductConcerns(), c.signposting(), c.nextSteps(), Map.of("readyToLeaveCategory", "PERHAPS", "colour", "blue"));
        assertThat(fields(monitoring, noFocus, FeedbackValidation.Stage.SUBMISSION))
                .containsExactlyInAnyOrder("answers.readyToLeaveCategory", "answers.colour", "answers.focus");
    }

    @Test
    void eachPersonWhoAttendedNeedsANameAndARole() {
        FeedbackContent c = complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE");
        FeedbackContent nameless = new FeedbackContent(c.feedbackMeetingOn(),
                new FeedbackContent.Attendance(List.of(new FeedbackContent.Attendee(" ", null)), List.of()),
                c.judgements(), c.categoryOfConcern(), c.keyFeedback(), c.conductConcerns(), c.signposting(), c.nextSteps(), c.answers());
        assertThat(fields(REPORT_CARD, nameless, FeedbackValidation.Stage.SUBMISSION))
                .containsExactly("attendance.la[0].name", "attendance.la[0].role", "attendance.school");
    }

    @Test
    void aJudgementsCommentAndAnAnswerAreBoundedAndNamedAsTheTemplateNamesThem() {
        FeedbackTemplate monitoring = template("monitoring-visit", 1);
        FeedbackContent c = complete(monitoring, "TAKING_EFFECTIVE_ACTION", "EFFECTIVE", "NONE");
        Map<String, FeedbackContent.JudgementEntry> judgements = new LinkedHashMap<>(c.judgements());
        judgements.put("progress", new FeedbackContent.JudgementEntry("TAKING_EFFECTIVE_ACTION", false, "x".repeat(2001)));
        judgements.put("k".repeat(41), new FeedbackContent.JudgementEntry("X", true, null));
        FeedbackContent tooLong = new FeedbackContent(c.feedbackMeetingOn(), c.attendance(), judgements, c.categoryOfConcern(),
                c.keyFeedback(), c.conductConcerns(), c.signposting(), c.nextSteps(), Map.of("focus", "f".repeat(4001)));
        assertThat(fields(monitoring, tooLong, FeedbackValidation.Stage.DRAFT))
                .containsExactlyInAnyOrder("judgements", "judgements.progress.comment", "answers.focus");
    }
}
