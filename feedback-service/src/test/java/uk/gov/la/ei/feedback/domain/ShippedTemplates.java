package uk.gov.la.ei.feedback.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import uk.gov.la.ei.feedback.application.TemplateLoader;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.feedback.domain.template.TemplateCatalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The templates the service ships, loaded as the service loads them, and complete records on them for the rule tests. */
public final class ShippedTemplates {

    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    public static final TemplateCatalogue CATALOGUE = new TemplateLoader(JSON, ShippedTemplates.class.getClassLoader())
            .load("feedback-templates").catalogue();

    private ShippedTemplates() {
    }

    public static FeedbackTemplate template(String id, int version) {
        return CATALOGUE.find(id, version).orElseThrow();
    }

    /** A complete record: every required judgement at {@code grade}, safeguarding at {@code safeguarding}. */
    public static FeedbackContent complete(FeedbackTemplate t, String grade, String safeguarding, String category) {
        Map<String, FeedbackContent.JudgementEntry> judgements = new LinkedHashMap<>();
        for (FeedbackTemplate.Judgement j : t.judgements()) {
            if (j.mandatory()) {
                judgements.put(j.key(), new FeedbackContent.JudgementEntry(grade, true, null));
            }
        }
        judgements.put(t.safeguarding().key(), new FeedbackContent.JudgementEntry(safeguarding, true, null));
        Map<String, String> answers = new LinkedHashMap<>();
        t.additionalQuestions().stream().filter(FeedbackTemplate.AdditionalQuestion::mandatory)
                .forEach(q -> answers.put(q.key(), q.type() == FeedbackTemplate.QuestionType.YES_NO ? "NO" : "The areas for improvement"));
        return new FeedbackContent(LocalDate.of(2026, 11, 25),
                new FeedbackContent.Attendance(List.of(new FeedbackContent.Attendee("Gareth Price", "Attached inspector")),
                        List.of(new FeedbackContent.Attendee("Helen Marchetti", "Headteacher"))),
                judgements, category, "Strong early reading; mathematics curriculum still developing.",
                new FeedbackContent.ConductConcerns(false, null), new FeedbackContent.Signposting(false, null),
                "SIM to call the headteacher within three working days.", answers);
    }

    /** The same record with one judgement set to {@code grade}. */
    public static FeedbackContent with(FeedbackContent c, String judgement, String grade) {
        Map<String, FeedbackContent.JudgementEntry> judgements = new LinkedHashMap<>(c.judgements());
        judgements.put(judgement, new FeedbackContent.JudgementEntry(grade, true, null));
        return new FeedbackContent(c.feedbackMeetingOn(), c.attendance(), judgements, c.categoryOfConcern(), c.keyFeedback(),
                c.conductConcerns(), c.signposting(), c.nextSteps(), c.answers());
    }
}
