package uk.gov.la.ei.feedback.application;

import io.quarkus.qute.TemplateData;
import uk.gov.la.ei.feedback.domain.record.Assessment;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A completed final-feedback form as a person reads it – every question in the template's own words,
 * every grade by its label – for the HTML and text renderings and the PDF made from the HTML.
 */
@TemplateData
public record FormView(
        String title,
        String templateReference,
        String schoolName,
        String urn,
        String inspectionType,
        String framework,
        String ofstedReference,
        String startDate,
        String feedbackMeetingOn,
        String status,
        int recordVersion,
        String recordedBy,
        String recordedAt,
        String correctionReason,
        Question attendance,
        List<Person> laAttendees,
        List<Person> schoolAttendees,
        String reasonsClearQuestion,
        List<Line> judgements,
        Line safeguarding,
        String categoryOfConcern,
        Outcome outcome,
        Question keyFeedback,
        String keyFeedbackText,
        Question conductConcerns,
        String conductConcernsAnswer,
        String conductConcernsDetails,
        Question signposting,
        String signpostingAnswer,
        String signpostingNotes,
        Question nextSteps,
        String nextStepsText,
        List<Answer> answers) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @TemplateData
    public record Question(String label, String help) {
    }

    @TemplateData
    public record Person(String name, String role) {
    }

    /** A judgement: its label, the grade's label, whether its reasons were clear, the comment. */
    @TemplateData
    public record Line(String label, String grade, String reasonsClear, String comment) {
    }

    @TemplateData
    public record Outcome(String band, String safeguardingEffective, String adverse, String unexpected, String laCategorisation) {
    }

    @TemplateData
    public record Answer(String label, String answer) {
    }

    /** Who made the version and when, and the outcome the rules gave it; absent for a draft. */
    public record Submission(int recordVersion, String recordedBy, Instant recordedAt, String correctionReason,
                             Assessment assessment) {
    }

    /** The inspection as the form names it. */
    public record Inspection(String schoolName, String urn, String inspectionType, String framework,
                             String ofstedReference, String startDate) {
    }

    public static FormView of(FeedbackTemplate t, FeedbackContent c, Inspection inspection, Optional<Submission> submission) {
        FeedbackTemplate.StandardQuestions q = t.questions();
        List<Line> lines = new ArrayList<>();
        for (FeedbackTemplate.Judgement j : t.judgements()) {
            FeedbackContent.JudgementEntry e = c.judgements().get(j.key());
            if (e == null && !j.mandatory()) {
                lines.add(new Line(j.label(), "Not applicable", "", ""));
            } else {
                lines.add(line(t, j, e));
            }
        }
        FeedbackContent.ConductConcerns conduct = c.conductConcerns();
        FeedbackContent.Signposting signposting = c.signposting();
        List<Answer> answers = t.additionalQuestions().stream()
                .map(a -> new Answer(a.label(), orDash(c.answers().get(a.key())))).toList();
        Outcome outcome = submission.map(s -> s.assessment()).map(a -> new Outcome(
                words(a.outcomeBand().name()), a.safeguardingEffective() ? "Yes" : "No", a.adverse() ? "Yes" : "No",
                a.unexpectedOutcome() ? "Yes – worse than the LA's categorisation" : "No",
                a.laCategorisation() == null ? "Not categorised" : words(a.laCategorisation()))).orElse(null);
        String category = c.categoryOfConcern() == null || c.categoryOfConcern().isBlank() ? "None"
                : t.categoryOfConcern(c.categoryOfConcern()).map(FeedbackTemplate.CategoryOption::label).orElse(c.categoryOfConcern());
        return new FormView(
                t.title(), t.reference(),
                inspection.schoolName() == null ? "(school not in the registry)" : inspection.schoolName(),
                inspection.urn(), words(inspection.inspectionType()), inspection.framework(),
                orDash(inspection.ofstedReference()), orDash(inspection.startDate()),
                c.feedbackMeetingOn() == null ? "—" : DAY.format(c.feedbackMeetingOn()),
                submission.map(s -> s.recordVersion() == 1 ? "Submitted" : "Corrected (version " + s.recordVersion() + ")").orElse("Draft – not submitted"),
                submission.map(Submission::recordVersion).orElse(0),
                submission.map(Submission::recordedBy).orElse(""),
                submission.map(s -> WHEN.format(s.recordedAt())).orElse(""),
                submission.map(Submission::correctionReason).orElse(null),
                new Question(q.attendance().label(), q.attendance().help()),
                people(c.attendance() == null ? null : c.attendance().la()),
                people(c.attendance() == null ? null : c.attendance().school()),
                q.reasonsClear().label(),
                lines,
                line(t, t.safeguarding(), c.judgements().get(t.safeguarding().key())),
                category,
                outcome,
                new Question(q.keyFeedback().label(), q.keyFeedback().help()), orDash(c.keyFeedback()),
                new Question(q.conductConcerns().label(), q.conductConcerns().help()),
                conduct == null || conduct.raised() == null ? "—" : conduct.raised() ? "Yes" : "No",
                conduct == null || conduct.details() == null ? "" : conduct.details(),
                new Question(q.signposting().label(), q.signposting().help()),
                signposting == null || signposting.needed() == null ? "—" : signposting.needed() ? "Yes" : "No",
                signposting == null || signposting.notes() == null ? "" : signposting.notes(),
                new Question(q.nextSteps().label(), q.nextSteps().help()), orDash(c.nextSteps()),
                answers);
    }

    private static Line line(FeedbackTemplate t, FeedbackTemplate.Judgement j, FeedbackContent.JudgementEntry e) {
        if (e == null) {
            return new Line(j.label(), "—", "—", "");
        }
        String grade = e.grade() == null ? "—" : t.grade(j, e.grade()).map(FeedbackTemplate.Grade::label).orElse(e.grade());
        String clear = e.reasonsClear() == null ? "—" : e.reasonsClear() ? "Yes" : "No";
        return new Line(j.label(), grade, clear, e.comment() == null ? "" : e.comment());
    }

    private static List<Person> people(List<FeedbackContent.Attendee> attendees) {
        return attendees == null ? List.of() : attendees.stream().filter(a -> a != null)
                .map(a -> new Person(orDash(a.name()), a.role() == null ? "" : a.role())).toList();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** REQUIRES_IMPROVEMENT -> "Requires improvement" */
    static String words(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        String w = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
