package uk.gov.la.ei.feedback.domain.record;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A record checked against the template it is made on. A draft may be incomplete, but what it holds
 * must fit the template (every grade from the judgement's scale, no judgement the template does not
 * have); a submission must be complete: every required judgement graded, whether its reasons were
 * clear, and every question every template asks (H§4) answered. Each problem names its field.
 */
public final class FeedbackValidation {

    /** How complete the record must be. */
    public enum Stage {
        DRAFT, SUBMISSION
    }

    private final FeedbackTemplate template;
    private final Stage stage;
    private final String prefix;
    private final List<Violation> violations = new ArrayList<>();

    private FeedbackValidation(FeedbackTemplate template, Stage stage, String prefix) {
        this.template = template;
        this.stage = stage;
        this.prefix = prefix == null ? "" : prefix;
    }

    /**
     * @param prefix   the path of the content in the request body ("content." or "")
     * @param earliest the first day the feedback meeting can have been (the inspection's notice)
     * @param today    today in England
     */
    public static List<Violation> check(FeedbackTemplate template, FeedbackContent content, Stage stage, String prefix,
                                        LocalDate earliest, LocalDate today) {
        FeedbackValidation v = new FeedbackValidation(template, stage, prefix);
        if (content == null) {
            if (stage == Stage.SUBMISSION) {
                v.add("", "the completed template is required");
            }
            return v.violations;
        }
        v.meeting(content.feedbackMeetingOn(), earliest, today);
        v.attendance(content.attendance());
        v.judgements(content.judgements());
        v.categoryOfConcern(content.categoryOfConcern());
        v.requiredText("keyFeedback", content.keyFeedback(), "the key feedback the lead inspector gave (H§4)");
        v.conduct(content.conductConcerns());
        v.signposting(content.signposting());
        v.requiredText("nextSteps", content.nextSteps(), "what happens next (H§4)");
        v.answers(content.answers());
        return v.violations;
    }

    private boolean complete() {
        return stage == Stage.SUBMISSION;
    }

    private void add(String field, String message) {
        String path = field.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + field;
        violations.add(new Violation(path.isEmpty() ? "body" : path, message));
    }

    private void meeting(LocalDate on, LocalDate earliest, LocalDate today) {
        if (on == null) {
            if (complete()) {
                add("feedbackMeetingOn", "is required: the day of the final feedback meeting (yyyy-mm-dd)");
            }
            return;
        }
        if (today != null && on.isAfter(today)) {
            add("feedbackMeetingOn", "is in the future (" + on + ")");
        }
        if (earliest != null && on.isBefore(earliest)) {
            add("feedbackMeetingOn", "is before the inspection was notified (" + earliest + ")");
        }
    }

    private void attendance(FeedbackContent.Attendance attendance) {
        if (attendance == null) {
            if (complete()) {
                add("attendance", "is required: who attended for the LA and for the school");
            }
            return;
        }
        people("attendance.la", attendance.la(), "at least the LA representative who attended (H§4)");
        people("attendance.school", attendance.school(), "at least one person who attended for the school");
    }

    private void people(String field, List<FeedbackContent.Attendee> people, String what) {
        if (people == null || people.isEmpty()) {
            if (complete()) {
                add(field, "is required: " + what);
            }
            return;
        }
        for (int n = 0; n < people.size(); n++) {
            FeedbackContent.Attendee a = people.get(n);
            if (a == null || a.name() == null || a.name().isBlank()) {
                add(field + "[" + n + "].name", "is required");
            }
            if (complete() && (a == null || a.role() == null || a.role().isBlank())) {
                add(field + "[" + n + "].role", "is required, e.g. SIM, attached inspector, headteacher, chair of governors");
            }
        }
    }

    private void judgements(Map<String, FeedbackContent.JudgementEntry> given) {
        for (String key : given.keySet()) {
            if (key == null || key.length() > FeedbackContent.Limits.KEY) {
                add("judgements", "a judgement's key is at most " + FeedbackContent.Limits.KEY + " characters: " + cut(key));
            } else if (template.judgement(key).isEmpty()) {
                add("judgements." + key, "is not a judgement of " + template.reference() + " (its judgements: "
                        + template.allJudgements().stream().map(FeedbackTemplate.Judgement::key).collect(Collectors.joining(", ")) + ")");
            }
        }
        for (FeedbackTemplate.Judgement j : template.allJudgements()) {
            FeedbackContent.JudgementEntry entry = given.get(j.key());
            String field = "judgements." + j.key();
            if (entry == null) {
                if (complete() && j.mandatory()) {
                    add(field, "is required: " + j.label());
                }
                continue;
            }
            if (entry.grade() == null || entry.grade().isBlank()) {
                if (complete()) {
                    add(field + ".grade", "is required: one of " + codes(j));
                }
            } else if (template.grade(j, entry.grade()).isEmpty()) {
                add(field + ".grade", "'" + cut(entry.grade()) + "' is not on the scale of " + j.label() + ": one of " + codes(j));
            }
            if (entry.comment() != null && entry.comment().length() > FeedbackContent.Limits.COMMENT) {
                add(field + ".comment", "is at most " + FeedbackContent.Limits.COMMENT + " characters (was " + entry.comment().length() + ")");
            }
            if (entry.reasonsClear() == null) {
                if (complete()) {
                    add(field + ".reasonsClear", "is required: were the reasons for this judgement made clear? (H§4)");
                }
            } else if (!entry.reasonsClear() && complete() && (entry.comment() == null || entry.comment().isBlank())) {
                add(field + ".comment", "is required when the reasons were not clear: say what was not made clear");
            }
        }
    }

    private String codes(FeedbackTemplate.Judgement j) {
        return template.scale(j.scale()).map(s -> s.grades().stream().map(FeedbackTemplate.Grade::code)
                .collect(Collectors.joining(", "))).orElse("?");
    }

    private void categoryOfConcern(String code) {
        String allowed = template.categoriesOfConcern().stream().map(c -> c.code().name()).collect(Collectors.joining(", "));
        if (code == null || code.isBlank()) {
            // a template without categories of concern (an ungraded inspection) records NONE by itself
            if (complete() && template.hasCategoriesOfConcern()) {
                add("categoryOfConcern", "is required: one of " + allowed);
            }
            return;
        }
        if (template.categoryOfConcern(code).isEmpty()) {
            add("categoryOfConcern", "'" + cut(code) + "' is not a category of concern of " + template.reference() + ": one of " + allowed);
        }
    }

    private void requiredText(String field, String text, String what) {
        if (complete() && (text == null || text.isBlank())) {
            add(field, "is required: " + what);
        }
    }

    private void conduct(FeedbackContent.ConductConcerns conduct) {
        if (conduct == null || conduct.raised() == null) {
            if (complete()) {
                add("conductConcerns.raised", "is required: did the school raise concerns about the conduct of the inspection team? (H§4)");
            }
            return;
        }
        if (conduct.raised() && complete() && (conduct.details() == null || conduct.details().isBlank())) {
            add("conductConcerns.details", "is required when the school raised concerns: what they were (H§5)");
        }
    }

    private void signposting(FeedbackContent.Signposting signposting) {
        if (complete() && (signposting == null || signposting.needed() == null)) {
            add("signposting.needed", "is required: do school leaders need signposting to welfare support? (H§4, H§6)");
        }
    }

    private void answers(Map<String, String> answers) {
        for (Map.Entry<String, String> a : answers.entrySet()) {
            if (a.getKey() == null || a.getKey().length() > FeedbackContent.Limits.KEY) {
                add("answers", "a question's key is at most " + FeedbackContent.Limits.KEY + " characters: " + cut(a.getKey()));
                continue;
            }
            if (a.getValue() != null && a.getValue().length() > FeedbackContent.Limits.TEXT) {
                add("answers." + a.getKey(), "is at most " + FeedbackContent.Limits.TEXT + " characters (was " + a.getValue().length() + ")");
            }
            var question = template.additionalQuestion(a.getKey());
            if (question.isEmpty()) {
                add("answers." + a.getKey(), "is not a question of " + template.reference());
            } else if (question.get().type() == FeedbackTemplate.QuestionType.YES_NO && a.getValue() != null
                    && !a.getValue().equals("YES") && !a.getValue().equals("NO")) {
                add("answers." + a.getKey(), "must be YES or NO");
            }
        }
        if (complete()) {
            for (FeedbackTemplate.AdditionalQuestion q : template.additionalQuestions()) {
                String answer = answers.get(q.key());
                if (q.mandatory() && (answer == null || answer.isBlank())) {
                    add("answers." + q.key(), "is required: " + q.label());
                }
            }
        }
    }

    /** A value from outside, short enough to quote in a message. */
    private static String cut(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= FeedbackContent.Limits.KEY ? s : s.substring(0, FeedbackContent.Limits.KEY) + "…";
    }

    /** The category of concern a record states: NONE when the template has none to choose from. */
    public static CategoryOfConcern categoryOf(FeedbackContent content) {
        if (content == null || content.categoryOfConcern() == null || content.categoryOfConcern().isBlank()) {
            return CategoryOfConcern.NONE;
        }
        return CategoryOfConcern.valueOf(content.categoryOfConcern());
    }
}
