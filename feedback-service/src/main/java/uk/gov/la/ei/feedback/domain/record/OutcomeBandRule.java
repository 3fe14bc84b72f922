package uk.gov.la.ei.feedback.domain.record;

import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An inspection's outcome on the LA's own four-point scale (T§2) is its worst judgement, whatever the
 * framework: each grade's place on that scale is data in its template (a report card's "needs
 * attention" is requires improvement, "urgent improvement" inadequate; safeguarding not met or not
 * effective is inadequate), and so is a category of concern's (special measures: inadequate).
 */
public final class OutcomeBandRule {

    private OutcomeBandRule() {
    }

    public static OutcomeBand worstJudgement(FeedbackTemplate template, FeedbackContent content) {
        Stream<OutcomeBand> judged = template.allJudgements().stream()
                .map(j -> Optional.ofNullable(content.judgements().get(j.key()))
                        .flatMap(e -> template.grade(j, e.grade()))
                        .map(FeedbackTemplate.Grade::band)
                        .orElse(null));
        Stream<OutcomeBand> category = template.categoryOfConcern(FeedbackValidation.categoryOf(content).name()).stream()
                .map(FeedbackTemplate.CategoryOption::band);
        return Stream.concat(judged, category).filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("a complete record on " + template.reference() + " has no graded judgement"));
    }
}
