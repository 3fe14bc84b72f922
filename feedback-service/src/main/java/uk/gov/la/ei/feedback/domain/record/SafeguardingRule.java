package uk.gov.la.ei.feedback.domain.record;

import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;

/** Safeguarding is effective when its grade says so: "effective" (January 2024 handbook) or "met" (report card). */
public final class SafeguardingRule {

    private SafeguardingRule() {
    }

    /** The safeguarding grade's code, e.g. NOT_MET. */
    public static String grade(FeedbackTemplate template, FeedbackContent content) {
        FeedbackContent.JudgementEntry entry = content.judgements().get(template.safeguarding().key());
        return entry == null ? null : entry.grade();
    }

    public static boolean isEffective(FeedbackTemplate template, FeedbackContent content) {
        return template.grade(template.safeguarding(), grade(template, content))
                .map(g -> Boolean.TRUE.equals(g.safeguardingEffective()))
                .orElse(false);
    }
}
