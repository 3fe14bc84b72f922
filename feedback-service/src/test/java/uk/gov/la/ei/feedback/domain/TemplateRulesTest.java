package uk.gov.la.ei.feedback.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.feedback.application.TemplateLoader;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.feedback.domain.template.TemplateCatalogue;
import uk.gov.la.ei.feedback.domain.template.TemplateRules;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.CATALOGUE;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.JSON;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.template;

/** DOMAIN.md step 7: "Templates are data, versioned per inspection type and framework". */
class TemplateRulesTest {

    @Test
    void theShippedTemplatesCoverEveryFrameworkAndInspectionTypeTheNoticeContractHas() {
        assertThat(CATALOGUE.forInspection("EIF_2024", "GRADED")).get().extracting(FeedbackTemplate::reference).isEqualTo("eif-2024-graded v2");
        assertThat(CATALOGUE.forInspection("EIF_2024", "URGENT")).get().extracting(FeedbackTemplate::id).isEqualTo("eif-2024-graded");
        assertThat(CATALOGUE.forInspection("EIF_2024", "UNGRADED")).get().extracting(FeedbackTemplate::id).isEqualTo("eif-2024-ungraded");
        assertThat(CATALOGUE.forInspection("EIF_2024", "MONITORING")).get().extracting(FeedbackTemplate::id).isEqualTo("monitoring-visit");
        assertThat(CATALOGUE.forInspection("RENEWED_2025", "GRADED")).get().extracting(FeedbackTemplate::id).isEqualTo("renewed-2025-report-card");
        assertThat(CATALOGUE.forInspection("RENEWED_2025", "MONITORING")).get().extracting(FeedbackTemplate::id).isEqualTo("monitoring-visit");
    }

    @Test
    void aNewVersionLeavesTheOldOneAsItWas() {
        FeedbackTemplate v1 = template("eif-2024-graded", 1);
        FeedbackTemplate v2 = template("eif-2024-graded", 2);
        assertThat(v1.judgement("overallEffectiveness")).isPresent();
        assertThat(v2.judgement("overallEffectiveness")).isEmpty();
        assertThat(CATALOGUE.isLatest(v1)).isFalse();
        assertThat(CATALOGUE.isLatest(v2)).isTrue();
    }

    @Test
    void theReportCardGradesEachEvaluationAreaOnFivePointsWithEarlyYearsAndPost16WhereApplicable() {
        FeedbackTemplate t = template("renewed-2025-report-card", 1);
        assertThat(t.scale("report-card").orElseThrow().grades()).extracting(FeedbackTemplate.Grade::code)
                .containsExactly("EXCEPTIONAL", "STRONG_STANDARD", "EXPECTED_STANDARD", "NEEDS_ATTENTION", "URGENT_IMPROVEMENT");
        assertThat(t.judgements()).filteredOn(FeedbackTemplate.Judgement::mandatory).extracting(FeedbackTemplate.Judgement::key)
                .containsExactly("inclusion", "curriculumAndTeaching", "achievement", "attendanceAndBehaviour",
                        "personalDevelopmentAndWellbeing", "leadershipAndGovernance");
        assertThat(t.judgements()).filteredOn(j -> !j.mandatory()).extracting(FeedbackTemplate.Judgement::key)
                .containsExactly("earlyYears", "post16");
        assertThat(t.scale(t.safeguarding().scale()).orElseThrow().grades()).extracting(FeedbackTemplate.Grade::code)
                .containsExactly("MET", "NOT_MET");
        assertThat(t.categoriesOfConcern()).extracting(FeedbackTemplate.CategoryOption::code)
                .contains(CategoryOfConcern.SPECIAL_MEASURES, CategoryOfConcern.SIGNIFICANT_CONCERNS);
    }

    @Test
    void everyShippedTemplateAsksTheQuestionsOfH4() {
        for (FeedbackTemplate t : CATALOGUE.all()) {
            assertThat(TemplateRules.problemsOf(t)).as(t.reference()).isEmpty();
            assertThat(t.questions().conductConcerns().label()).as(t.reference()).containsIgnoringCase("conduct");
            assertThat(t.questions().signposting().label()).as(t.reference()).containsIgnoringCase("signposting");
        }
    }

    @Test
    void aTemplateWithoutSafeguardingOrTheStandardQuestionsIsRefused() {
        FeedbackTemplate good = template("renewed-2025-report-card", 1);
        FeedbackTemplate broken = new FeedbackTemplate(good.id(), 9, good.title(), null, null, good.appliesTo(), good.scales(),
                good.judgements(), null, good.categoriesOfConcern(),
                new FeedbackTemplate.StandardQuestions(good.questions().attendance(), good.questions().reasonsClear(), null,
                        good.questions().conductConcerns(), good.questions().signposting(), good.questions().nextSteps()),
                List.of());
        assertThat(TemplateRules.problemsOf(broken))
                .anyMatch(p -> p.contains("safeguarding is required"))
                .anyMatch(p -> p.contains("questions.keyFeedback"));
    }

    @Test
    void aJudgementOnAnUnknownScaleOrAGradeCodeRepeatedIsRefused() {
        FeedbackTemplate good = template("eif-2024-ungraded", 1);
        List<FeedbackTemplate.Judgement> judgements = new ArrayList<>(good.judgements());
        judgements.add(new FeedbackTemplate.Judgement("extra", "Extra", "no-such-scale", false, null));
        List<FeedbackTemplate.Scale> scales = new ArrayList<>(good.scales());
        scales.add(new FeedbackTemplate.Scale("twice", "Twice", List.of(
                new FeedbackTemplate.Grade("SAME", "Same", OutcomeBand.GOOD, null),
                new FeedbackTemplate.Grade("SAME", "Same again", OutcomeBand.GOOD, null))));
        FeedbackTemplate broken = new FeedbackTemplate(good.id(), 9, good.title(), null, null, good.appliesTo(), scales,
                judgements, good.safeguarding(), good.categoriesOfConcern(), good.questions(), List.of());
        assertThat(TemplateRules.problemsOf(broken))
                .anyMatch(p -> p.contains("extra uses unknown scale no-such-scale"))
                .anyMatch(p -> p.contains("grade SAME repeated"));
    }

    @Test
    void aTemplateWhoseRequiredJudgementsCannotAlwaysGiveAnOutcomeBandIsRefused() {
        FeedbackTemplate good = template("monitoring-visit", 1);
        FeedbackTemplate.Scale unbanded = new FeedbackTemplate.Scale("monitoring-progress", "x", List.of(
                new FeedbackTemplate.Grade("TAKING_EFFECTIVE_ACTION", "Taking effective action", null, null)));
        List<FeedbackTemplate.Scale> scales = new ArrayList<>(good.scales().stream().filter(s -> !s.id().equals("monitoring-progress")).toList());
        scales.add(unbanded);
        FeedbackTemplate broken = new FeedbackTemplate(good.id(), 9, good.title(), null, null, good.appliesTo(), scales,
                good.judgements(), good.safeguarding(), good.categoriesOfConcern(), good.questions(), good.additionalQuestions());
        assertThat(TemplateRules.problemsOf(broken)).anyMatch(p -> p.contains("every grade has a band"));
    }

    @Test
    void anUnknownFrameworkOrInspectionTypeAndACategoryOfConcernWithoutABandAreRefused() {
        FeedbackTemplate good = template("eif-2024-graded", 2);
        FeedbackTemplate broken = new FeedbackTemplate(good.id(), 9, good.title(), null, null,
                List.of(new FeedbackTemplate.Applicability("EIF_2019", List.of("SECTION_5"))), good.scales(), good.judgements(),
                good.safeguarding(), List.of(new FeedbackTemplate.CategoryOption(CategoryOfConcern.SPECIAL_MEASURES, "SM", null)),
                good.questions(), List.of());
        assertThat(TemplateRules.problemsOf(broken))
                .anyMatch(p -> p.contains("unknown framework EIF_2019"))
                .anyMatch(p -> p.contains("unknown inspection type SECTION_5"))
                .anyMatch(p -> p.contains("SPECIAL_MEASURES needs a band"))
                .anyMatch(p -> p.contains("must include NONE"));
    }

    @Test
    void twoTemplatesMayNotClaimTheSameInspections() {
        FeedbackTemplate graded = template("eif-2024-graded", 2);
        FeedbackTemplate rival = new FeedbackTemplate("another-graded", 1, "Rival", null, null, graded.appliesTo(), graded.scales(),
                graded.judgements(), graded.safeguarding(), graded.categoriesOfConcern(), graded.questions(), List.of());
        assertThat(TemplateRules.problemsOf(new TemplateCatalogue(List.of(graded, rival))))
                .anyMatch(p -> p.contains("EIF_2024 GRADED inspections are claimed by"));
    }

    @Test
    void aTemplateFileWithAMisspeltPropertyIsRefusedNamingTheFileAndTheProperty() {
        TemplateLoader loader = new TemplateLoader(JSON, getClass().getClassLoader());
        assertThatThrownBy(() -> loader.load("broken-templates"))
                .isInstanceOf(TemplateLoader.TemplatesRefused.class)
                .hasMessageContaining("misspelt.v1.json")
                .hasMessageContaining("requried");
    }
}
