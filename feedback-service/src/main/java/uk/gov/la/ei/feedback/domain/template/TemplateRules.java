package uk.gov.la.ei.feedback.domain.template;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.notice.Framework;
import uk.gov.la.ei.contracts.notice.InspectionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a template fit to record an inspection's feedback. The service refuses to start with a
 * template that breaks one (every problem listed), so a mistake in the data is found before a SIM meets it.
 */
public final class TemplateRules {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*");
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** The longest template id, judgement key and grade code (they are stored and travel in events). */
    public static final int MAX_ID = 60;
    public static final int MAX_KEY = 40;
    public static final int MAX_CODE = 40;

    private TemplateRules() {
    }

    /** Every problem with one template version; empty when it is fit to use. */
    public static List<String> problemsOf(FeedbackTemplate t) {
        List<String> p = new ArrayList<>();
        String where = (t.id() == null ? "?" : t.id()) + " v" + t.version() + ": ";
        if (t.id() == null || !ID.matcher(t.id()).matches() || t.id().length() > MAX_ID) {
            p.add(where + "id must be lower-case words joined by '-', at most " + MAX_ID + " characters");
        }
        if (t.version() < 1) {
            p.add(where + "version must be 1 or more");
        }
        if (blank(t.title())) {
            p.add(where + "title is required");
        }
        if (t.appliesTo().isEmpty()) {
            p.add(where + "appliesTo must name at least one framework and inspection type");
        }
        for (FeedbackTemplate.Applicability a : t.appliesTo()) {
            if (a.framework() == null || Arrays.stream(Framework.values()).noneMatch(f -> f.name().equals(a.framework()))) {
                p.add(where + "appliesTo: unknown framework " + a.framework() + " (one of " + Arrays.toString(Framework.values()) + ")");
            }
            if (a.inspectionTypes().isEmpty()) {
                p.add(where + "appliesTo " + a.framework() + ": no inspection types");
            }
            for (String type : a.inspectionTypes()) {
                if (Arrays.stream(InspectionType.values()).noneMatch(i -> i.name().equals(type))) {
                    p.add(where + "appliesTo " + a.framework() + ": unknown inspection type " + type);
                }
            }
        }
        scales(t, where, p);
        judgements(t, where, p);
        categories(t, where, p);
        questions(t, where, p);
        return p;
    }

    private static void scales(FeedbackTemplate t, String where, List<String> p) {
        Set<String> ids = new HashSet<>();
        for (FeedbackTemplate.Scale s : t.scales()) {
            if (blank(s.id()) || !ids.add(s.id())) {
                p.add(where + "scale id missing or repeated: " + s.id());
            }
            if (s.grades().isEmpty()) {
                p.add(where + "scale " + s.id() + " has no grades");
            }
            Set<String> codes = new HashSet<>();
            for (FeedbackTemplate.Grade g : s.grades()) {
                if (g.code() == null || !CODE.matcher(g.code()).matches() || g.code().length() > MAX_CODE) {
                    p.add(where + "scale " + s.id() + ": grade code " + g.code() + " must be UPPER_CASE, at most " + MAX_CODE + " characters");
                } else if (!codes.add(g.code())) {
                    p.add(where + "scale " + s.id() + ": grade " + g.code() + " repeated");
                }
                if (blank(g.label())) {
                    p.add(where + "scale " + s.id() + ": grade " + g.code() + " has no label");
                }
            }
        }
    }

    private static void judgements(FeedbackTemplate t, String where, List<String> p) {
        if (t.judgements().stream().noneMatch(FeedbackTemplate.Judgement::mandatory)) {
            p.add(where + "at least one judgement must be required");
        }
        if (t.safeguarding() == null) {
            p.add(where + "safeguarding is required: every template records safeguarding effectiveness (DOMAIN.md step 7)");
        } else {
            if (!t.safeguarding().mandatory()) {
                p.add(where + "safeguarding must be required");
            }
            t.scale(t.safeguarding().scale()).ifPresent(s -> {
                for (FeedbackTemplate.Grade g : s.grades()) {
                    if (g.safeguardingEffective() == null) {
                        p.add(where + "safeguarding grade " + g.code() + " must say safeguardingEffective true or false");
                    }
                }
                if (s.grades().stream().noneMatch(g -> Boolean.FALSE.equals(g.safeguardingEffective()))) {
                    p.add(where + "the safeguarding scale must have a grade that is not effective");
                }
            });
        }
        Set<String> keys = new HashSet<>();
        for (FeedbackTemplate.Judgement j : t.allJudgements()) {
            if (j.key() == null || !KEY.matcher(j.key()).matches() || j.key().length() > MAX_KEY) {
                p.add(where + "judgement key " + j.key() + " must be camelCase, at most " + MAX_KEY + " characters");
            } else if (!keys.add(j.key())) {
                p.add(where + "judgement " + j.key() + " repeated");
            }
            if (blank(j.label())) {
                p.add(where + "judgement " + j.key() + " has no label");
            }
            if (j.required() == null) {
                p.add(where + "judgement " + j.key() + " must say required: true or false");
            }
            if (t.scale(j.scale()).isEmpty()) {
                p.add(where + "judgement " + j.key() + " uses unknown scale " + j.scale());
            }
        }
        // the outcome band is the worst judgement: at least one required judgement must always give one
        boolean alwaysBanded = t.judgements().stream().filter(FeedbackTemplate.Judgement::mandatory)
                .map(j -> t.scale(j.scale()))
                .anyMatch(s -> s.isPresent() && !s.get().grades().isEmpty()
                        && s.get().grades().stream().allMatch(g -> g.band() != null));
        if (!alwaysBanded) {
            p.add(where + "at least one required judgement must use a scale whose every grade has a band "
                    + "(so that every record has an outcome on the LA's four-point scale)");
        }
        for (FeedbackTemplate.AdditionalQuestion q : t.additionalQuestions()) {
            if (q.key() == null || !KEY.matcher(q.key()).matches() || q.key().length() > MAX_KEY) {
                p.add(where + "question key " + q.key() + " must be camelCase, at most " + MAX_KEY + " characters");
            } else if (!keys.add(q.key())) {
                p.add(where + "question " + q.key() + " repeats a key");
            }
            if (q.required() == null) {
                p.add(where + "question " + q.key() + " must say required: true or false");
            }
            if (q.type() == null || blank(q.label())) {
                p.add(where + "question " + q.key() + " needs a label and a type (TEXT or YES_NO)");
            }
        }
    }

    private static void categories(FeedbackTemplate t, String where, List<String> p) {
        Set<CategoryOfConcern> seen = new HashSet<>();
        for (FeedbackTemplate.CategoryOption c : t.categoriesOfConcern()) {
            if (c.code() == null || !seen.add(c.code())) {
                p.add(where + "category of concern missing or repeated: " + c.code());
            }
            if (c.code() == CategoryOfConcern.NONE && c.band() != null) {
                p.add(where + "category of concern NONE cannot have a band");
            }
            if (c.code() != null && c.code() != CategoryOfConcern.NONE && c.band() == null) {
                p.add(where + "category of concern " + c.code() + " needs a band");
            }
        }
        if (!seen.contains(CategoryOfConcern.NONE)) {
            p.add(where + "categoriesOfConcern must include NONE");
        }
    }

    private static void questions(FeedbackTemplate t, String where, List<String> p) {
        FeedbackTemplate.StandardQuestions q = t.questions();
        if (q == null) {
            p.add(where + "questions are required: attendance, reasonsClear, keyFeedback, conductConcerns, signposting, nextSteps (H§4)");
            return;
        }
        String[] names = {"attendance", "reasonsClear", "keyFeedback", "conductConcerns", "signposting", "nextSteps"};
        FeedbackTemplate.Question[] asked = {q.attendance(), q.reasonsClear(), q.keyFeedback(), q.conductConcerns(),
                q.signposting(), q.nextSteps()};
        for (int n = 0; n < names.length; n++) {
            if (asked[n] == null || blank(asked[n].label())) {
                p.add(where + "questions." + names[n] + " needs a label: every template asks it (H§4)");
            }
        }
    }

    /** Problems across the catalogue: a version repeated, or two templates claiming the same inspections. */
    public static List<String> problemsOf(TemplateCatalogue catalogue) {
        List<String> p = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        for (FeedbackTemplate t : catalogue.all()) {
            if (!versions.add(t.id() + "#" + t.version())) {
                p.add(t.reference() + ": the same version twice");
            }
        }
        List<FeedbackTemplate> latest = catalogue.latestVersions();
        for (Framework f : Framework.values()) {
            for (InspectionType type : InspectionType.values()) {
                List<String> claimants = latest.stream().filter(t -> t.appliesTo(f.name(), type.name()))
                        .map(FeedbackTemplate::id).toList();
                if (claimants.size() > 1) {
                    p.add(f + " " + type + " inspections are claimed by " + claimants + ": one template per framework and type");
                }
            }
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
