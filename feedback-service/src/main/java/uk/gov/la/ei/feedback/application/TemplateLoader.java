package uk.gov.la.ei.feedback.application;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.feedback.domain.template.TemplateCatalogue;
import uk.gov.la.ei.feedback.domain.template.TemplateRules;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the template catalogue ({@code <location>/catalogue.json} naming one file per template version)
 * from the class path and checks every version by {@link TemplateRules}. Strict: an unknown property
 * in a template is a mistake (a misspelt "required" must not silently make a judgement optional).
 */
public final class TemplateLoader {

    /** The catalogue file: which template versions exist. */
    public record CatalogueFile(String description, List<String> templates) {
    }

    /** What was loaded: the catalogue and the SHA-256 of each version's file, by "id#version". */
    public record Loaded(TemplateCatalogue catalogue, Map<String, String> sha256) {
    }

    /** The templates cannot be used; every problem is listed. */
    public static class TemplatesRefused extends IllegalStateException {
        private final List<String> problems;

        public TemplatesRefused(List<String> problems) {
            super("the final-feedback templates cannot be used:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final ObjectMapper mapper;
    private final ClassLoader classLoader;

    public TemplateLoader(ObjectMapper mapper, ClassLoader classLoader) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        this.classLoader = classLoader;
    }

    public Loaded load(String location) {
        List<String> problems = new ArrayList<>();
        CatalogueFile index;
        try {
            index = mapper.readValue(bytes(location + "/catalogue.json"), CatalogueFile.class);
        } catch (IOException e) {
            throw new TemplatesRefused(List.of(location + "/catalogue.json: " + e.getMessage()));
        }
        if (index.templates() == null || index.templates().isEmpty()) {
            throw new TemplatesRefused(List.of(location + "/catalogue.json names no templates"));
        }
        List<FeedbackTemplate> templates = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String file : index.templates()) {
            try {
                byte[] content = bytes(location + "/" + file);
                FeedbackTemplate t = mapper.readValue(content, FeedbackTemplate.class);
                List<String> own = TemplateRules.problemsOf(t);
                own.forEach(p -> problems.add(file + ": " + p));
                if (own.isEmpty()) {
                    templates.add(t);
                    hashes.put(t.id() + "#" + t.version(), sha256(content));
                }
            } catch (IOException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        TemplateCatalogue catalogue = new TemplateCatalogue(templates);
        problems.addAll(TemplateRules.problemsOf(catalogue));
        if (!problems.isEmpty()) {
            throw new TemplatesRefused(problems);
        }
        return new Loaded(catalogue, hashes);
    }

    private byte[] bytes(String resource) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not found on the class path");
            }
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
