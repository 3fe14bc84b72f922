package uk.gov.la.ei.feedback.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.feedback.domain.template.TemplateCatalogue;
import uk.gov.la.ei.feedback.domain.template.TemplateFingerprint;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The final-feedback templates, loaded and checked when the service starts (it does not start with a
 * broken one). A template version's file is fingerprinted the first time it is loaded; a later change
 * to the same version is refused, because records were made on it – change a template by adding a
 * version.
 */
@Startup
@ApplicationScoped
public class FeedbackTemplates {

    private static final Logger LOG = Logger.getLogger(FeedbackTemplates.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @ConfigProperty(name = "feedback.templates.location", defaultValue = "feedback-templates")
    String location;

    private TemplateCatalogue catalogue;
    private Map<String, String> sha256;

    @PostConstruct
    void load() {
        TemplateLoader.Loaded loaded = new TemplateLoader(mapper, Thread.currentThread().getContextClassLoader()).load(location);
        sha256 = loaded.sha256();
        checkUnchanged();
        catalogue = loaded.catalogue();
        LOG.infof("final-feedback templates: %s", catalogue.all().stream().map(FeedbackTemplate::reference).toList());
    }

    /**
     * Records the fingerprint of every template version seen for the first time, and refuses (throws
     * {@link TemplateLoader.TemplatesRefused}) when a version's file differs from the one first loaded.
     */
    public void checkUnchanged() {
        QuarkusTransaction.requiringNew().run(() -> fingerprint(sha256));
    }

    private void fingerprint(Map<String, String> hashes) {
        List<String> changed = new ArrayList<>();
        hashes.forEach((key, sha) -> {
            String id = key.substring(0, key.indexOf('#'));
            int version = Integer.parseInt(key.substring(key.indexOf('#') + 1));
            TemplateFingerprint known = TemplateFingerprint.findById(new TemplateFingerprint.Key(id, version));
            if (known == null) {
                TemplateFingerprint f = new TemplateFingerprint();
                f.templateId = id;
                f.templateVersion = version;
                f.sha256 = sha;
                f.firstLoadedAt = clock.instant();
                f.persist();
            } else if (!known.sha256.equals(sha)) {
                changed.add(id + " v" + version + " has changed since it was first loaded on " + known.firstLoadedAt
                        + ": records may have been made on it – restore it and publish the change as version "
                        + (catalogue(hashes, id) + 1));
            }
        });
        if (!changed.isEmpty()) {
            throw new TemplateLoader.TemplatesRefused(changed);
        }
    }

    private static int catalogue(Map<String, String> hashes, String id) {
        return hashes.keySet().stream().filter(k -> k.startsWith(id + "#"))
                .mapToInt(k -> Integer.parseInt(k.substring(k.indexOf('#') + 1))).max().orElse(0);
    }

    public TemplateCatalogue catalogue() {
        return catalogue;
    }

    /** A version that exists, or a 404 naming it. */
    public FeedbackTemplate require(String id, int version) {
        return catalogue.find(id, version).orElseThrow(() -> new NotFoundProblem("no template " + id + " v" + version));
    }

    /**
     * The template a new record of this inspection is made on: the one asked for (its latest version, or
     * the version asked for), else the latest version of the one that applies to the inspection's
     * framework and type.
     */
    public FeedbackTemplate choose(String templateId, Integer templateVersion, String framework, String inspectionType,
                                   String fieldPrefix) {
        if (templateId != null && !templateId.isBlank()) {
            if (catalogue.latest(templateId).isEmpty()) {
                throw new InvalidInputException(fieldPrefix + "templateId", "no template " + templateId
                        + " (GET /api/v1/templates lists them)");
            }
            if (templateVersion != null) {
                return catalogue.find(templateId, templateVersion).orElseThrow(() -> new InvalidInputException(
                        fieldPrefix + "templateVersion", "template " + templateId + " has no version " + templateVersion));
            }
            return catalogue.latest(templateId).orElseThrow(() -> new InvalidInputException(fieldPrefix + "templateId",
                    "no template " + templateId + " (GET /api/v1/templates lists them)"));
        }
        if (templateVersion != null) {
            throw new InvalidInputException(fieldPrefix + "templateVersion", "give templateId with templateVersion");
        }
        return catalogue.forInspection(framework, inspectionType).orElseThrow(() -> new InvalidInputException(
                fieldPrefix + "templateId", "no template applies to a " + inspectionType + " inspection under "
                + framework + ": name one (GET /api/v1/templates lists them)"));
    }
}
