package uk.gov.la.ei.feedback.domain.template;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of a final-feedback template (DOMAIN.md step 7: "Templates are data, versioned per
 * inspection type and framework, so that a new Ofsted framework is a new template, not new code").
 * Read from {@code feedback-templates/*.json}; checked by {@link TemplateRules} before the service starts.
 * A record names the template id and version it was made on, and a version, once used, never changes.
 *
 * @param appliesTo           the frameworks and inspection types whose feedback this template records
 * @param scales              the grade scales its judgements use, each grade mapped onto the LA's four-point scale
 * @param judgements          the graded judgements (sub-judgements, evaluation areas, outcomes)
 * @param safeguarding        the safeguarding judgement (effective / not effective, met / not met)
 * @param categoriesOfConcern the categories of concern the inspection can lead to ({@code NONE} always)
 * @param questions           the wording of the questions every template asks (H§4)
 * @param additionalQuestions questions only this template asks
 */
public record FeedbackTemplate(
        String id,
        int version,
        String title,
        String description,
        String source,
        List<Applicability> appliesTo,
        List<Scale> scales,
        List<Judgement> judgements,
        Judgement safeguarding,
        List<CategoryOption> categoriesOfConcern,
        StandardQuestions questions,
        List<AdditionalQuestion> additionalQuestions) {

    public FeedbackTemplate {
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        scales = scales == null ? List.of() : List.copyOf(scales);
        judgements = judgements == null ? List.of() : List.copyOf(judgements);
        categoriesOfConcern = categoriesOfConcern == null ? List.of() : List.copyOf(categoriesOfConcern);
        additionalQuestions = additionalQuestions == null ? List.of() : List.copyOf(additionalQuestions);
    }

    /** "eif-2024-graded v2" */
    public String reference() {
        return id + " v" + version;
    }

    public boolean appliesTo(String framework, String inspectionType) {
        return appliesTo.stream().anyMatch(a -> a.covers(framework, inspectionType));
    }

    public Optional<Scale> scale(String scaleId) {
        return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    /** The graded judgements and then safeguarding: everything a record grades. */
    public List<Judgement> allJudgements() {
        return safeguarding == null ? judgements : Stream.concat(judgements.stream(), Stream.of(safeguarding)).toList();
    }

    public Optional<Judgement> judgement(String key) {
        return allJudgements().stream().filter(j -> j.key().equals(key)).findFirst();
    }

    public Optional<Grade> grade(Judgement judgement, String code) {
        return scale(judgement.scale()).flatMap(s -> s.grade(code));
    }

    public Optional<CategoryOption> categoryOfConcern(String code) {
        return categoriesOfConcern.stream().filter(c -> c.code() != null && c.code().name().equals(code)).findFirst();
    }

    /** Whether the inspection can lead to a category of concern (more than NONE to choose from). */
    public boolean hasCategoriesOfConcern() {
        return categoriesOfConcern.stream().anyMatch(c -> c.code() != CategoryOfConcern.NONE);
    }

    public Optional<AdditionalQuestion> additionalQuestion(String key) {
        return additionalQuestions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** A framework and the inspection types under it. */
    public record Applicability(String framework, List<String> inspectionTypes) {
        public Applicability {
            inspectionTypes = inspectionTypes == null ? List.of() : List.copyOf(inspectionTypes);
        }

        boolean covers(String framework, String inspectionType) {
            return this.framework != null && this.framework.equals(framework) && inspectionTypes.contains(inspectionType);
        }
    }

    /** A grade scale, e.g. the report card's five points. */
    public record Scale(String id, String label, List<Grade> grades) {
        public Scale {
            grades = grades == null ? List.of() : List.copyOf(grades);
        }

        public Optional<Grade> grade(String code) {
            return grades.stream().filter(g -> g.code().equals(code)).findFirst();
        }
    }

    /**
     * A grade and where it sits on the LA's four-point scale ({@code band}; none for a grade that does
     * not grade the school, e.g. safeguarding met). {@code safeguardingEffective} is set on the grades
     * of a safeguarding scale only.
     */
    public record Grade(String code, String label, OutcomeBand band, Boolean safeguardingEffective) {
    }

    /** A judgement the record grades; {@code required = false} for "where applicable" (early years, post-16). */
    public record Judgement(String key, String label, String scale, Boolean required, String help) {
        /** Whether a complete record must grade it (a template must say, true or false). */
        public boolean mandatory() {
            return Boolean.TRUE.equals(required);
        }
    }

    /** A category of concern the inspection may lead to, and its band (special measures: inadequate). */
    public record CategoryOption(CategoryOfConcern code, String label, OutcomeBand band) {
    }

    /** The questions every template asks (H§4 "This should be recorded on the feedback template"), worded by the template. */
    public record StandardQuestions(Question attendance, Question reasonsClear, Question keyFeedback,
                                    Question conductConcerns, Question signposting, Question nextSteps) {
    }

    public record Question(String label, String help) {
    }

    /** A question only this template asks: free text, or yes / no. */
    public record AdditionalQuestion(String key, String label, String help, QuestionType type, Boolean required) {
        public boolean mandatory() {
            return Boolean.TRUE.equals(required);
        }
    }

    public enum QuestionType {
        TEXT, YES_NO
    }
}
