package uk.gov.la.ei.feedback.domain.template;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every template version the service knows. A new draft is made on the latest version of the
 * template that applies to the inspection; a record keeps the version it was made on.
 */
public final class TemplateCatalogue {

    private final List<FeedbackTemplate> templates;

    public TemplateCatalogue(List<FeedbackTemplate> templates) {
        this.templates = templates.stream()
                .sorted(Comparator.comparing(FeedbackTemplate::id).thenComparing(FeedbackTemplate::version))
                .toList();
    }

    public List<FeedbackTemplate> all() {
        return templates;
    }

    public Optional<FeedbackTemplate> find(String id, int version) {
        return templates.stream().filter(t -> t.id().equals(id) && t.version() == version).findFirst();
    }

    public Optional<FeedbackTemplate> latest(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).max(Comparator.comparing(FeedbackTemplate::version));
    }

    public boolean isLatest(FeedbackTemplate t) {
        return latest(t.id()).map(l -> l.version() == t.version()).orElse(false);
    }

    /** The latest version of every template. */
    public List<FeedbackTemplate> latestVersions() {
        Map<String, FeedbackTemplate> latest = templates.stream().collect(Collectors.toMap(FeedbackTemplate::id,
                Function.identity(), (a, b) -> a.version() >= b.version() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(FeedbackTemplate::id)).toList();
    }

    /** The template for an inspection of this framework and type: the latest version of the one that applies. */
    public Optional<FeedbackTemplate> forInspection(String framework, String inspectionType) {
        return latestVersions().stream().filter(t -> t.appliesTo(framework, inspectionType)).findFirst();
    }
}
