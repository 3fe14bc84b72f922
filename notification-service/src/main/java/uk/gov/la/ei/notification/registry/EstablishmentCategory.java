package uk.gov.la.ei.notification.registry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The LA's own category of a school (DOMAIN.md, "Things: School"). It decides how far the LA
 * is involved when Ofsted inspects the school (DOMAIN.md flow step 2).
 *
 * <p>Derived from the DfE "Get Information About Schools" (GIAS) establishment type, type
 * group and status by {@link #fromGias(String, String, String)}.
 */
public enum EstablishmentCategory {
    /** LA-maintained mainstream school: community, voluntary aided / controlled, foundation, LA nursery. */
    MAINTAINED,
    /** Academy (converter or sponsor led, including special, alternative-provision and 16-19 academies). */
    ACADEMY,
    /** Free school, including university technical colleges and studio schools. */
    FREE_SCHOOL,
    /** An LA-maintained school that GIAS lists as "Proposed to open". */
    NEW_SCHOOL,
    /** LA-maintained special school (community or foundation special). */
    SPECIAL,
    /** Pupil referral unit (maintained by the LA). */
    PRU,
    /** Independent or non-maintained school. */
    INDEPENDENT;

    /** GIAS "EstablishmentStatus (name)" of a school that has not opened yet. */
    public static final String STATUS_PROPOSED_TO_OPEN = "Proposed to open";

    /** GIAS "EstablishmentTypeGroup (name)" of LA-maintained schools (group code 4). */
    public static final String GROUP_LA_MAINTAINED = "Local authority maintained schools";

    private static final Map<String, EstablishmentCategory> BY_TYPE = new HashMap<>();
    private static final Map<String, EstablishmentCategory> BY_GROUP = new HashMap<>();

    static {
        // "TypeOfEstablishment (name)" values as published in GIAS (code in brackets).
        type(MAINTAINED, "Community school", // 1
                "Voluntary aided school", // 2
                "Voluntary controlled school", // 3
                "Foundation school", // 5
                "Local authority nursery school"); // 15
        type(SPECIAL, "Community special school", // 7
                "Foundation special school"); // 12
        type(PRU, "Pupil referral unit"); // 14
        type(ACADEMY, "Academy sponsor led", // 28
                "Academy special sponsor led", // 33
                "Academy converter", // 34
                "Academy alternative provision converter", // 42
                "Academy alternative provision sponsor led", // 43
                "Academy special converter", // 44
                "Academy 16-19 converter", // 45
                "Academy 16 to 19 sponsor led", // 46
                "Academy secure 16 to 19", // 57
                // A city technology college (6) is filed under "Independent schools" in GIAS, but it
                // is state funded, run by a trust under a funding agreement and inspected under the
                // same framework as academies; for the LA it is non-maintained exactly like an academy.
                "City technology college"); // 6
        type(FREE_SCHOOL, "Free schools", // 35
                "Free schools special", // 36
                "Free schools alternative provision", // 38
                "Free schools 16 to 19", // 39
                "University technical college", // 40
                "Studio schools"); // 41
        type(INDEPENDENT, "Other independent school", // 11
                "Other independent special school", // 10
                // Non-maintained special schools (8) are run by charities, not by the LA.
                "Non-maintained special school"); // 8
        // Deliberately not mapped (Optional.empty(), so the import reports them): further education
        // (18), sixth form centres (31), higher education (29), secure units (24), offshore schools
        // (25), service children's education (26), miscellaneous (27), Welsh establishments (30),
        // special post 16 institutions (32), British schools overseas (37), online providers (49),
        // institutions funded by other government departments (56), children's centres.
        // None of them is a school this service supports through an Ofsted school inspection.

        // Fallback when GIAS introduces a new type name inside an unambiguous group. "Special
        // schools" (group 5) is deliberately absent: it mixes LA-maintained, non-maintained and
        // independent special schools, so an unknown type there cannot be placed safely.
        BY_GROUP.put(key(GROUP_LA_MAINTAINED), MAINTAINED); // 4
        BY_GROUP.put(key("Academies"), ACADEMY); // 10
        BY_GROUP.put(key("Free Schools"), FREE_SCHOOL); // 11
        BY_GROUP.put(key("Independent schools"), INDEPENDENT); // 3
    }

    private static void type(EstablishmentCategory category, String... names) {
        for (String name : names) {
            BY_TYPE.put(key(name), category);
        }
    }

    private static String key(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Maps the GIAS type, type group and status of an establishment to the LA's category.
     *
     * <ul>
     *   <li>LA-maintained mainstream types → {@link #MAINTAINED}; community / foundation special →
     *       {@link #SPECIAL}; pupil referral unit → {@link #PRU};</li>
     *   <li>any of these with status "Proposed to open" → {@link #NEW_SCHOOL};</li>
     *   <li>academies (including special academies and city technology colleges) → {@link #ACADEMY};
     *       free schools, UTCs and studio schools → {@link #FREE_SCHOOL}; a proposed academy or free
     *       school keeps that category (it will not be maintained by the LA when it opens, and an
     *       "Academy converter" that is "Proposed to open" is the usual sign of a school converting);</li>
     *   <li>independent and non-maintained special schools → {@link #INDEPENDENT};</li>
     *   <li>a type name not listed above falls back on the group when the group is unambiguous
     *       (LA maintained, Academies, Free Schools, Independent schools);</li>
     *   <li>anything else (colleges, children's centres, secure units, unknown names) →
     *       {@link Optional#empty()}, so that the caller can count and report the row rather than
     *       guess.</li>
     * </ul>
     *
     * Matching ignores case and surrounding white space.
     *
     * @param typeOfEstablishmentName    GIAS "TypeOfEstablishment (name)"
     * @param establishmentTypeGroupName GIAS "EstablishmentTypeGroup (name)"
     * @param statusName                 GIAS "EstablishmentStatus (name)"
     */
    public static Optional<EstablishmentCategory> fromGias(
            String typeOfEstablishmentName, String establishmentTypeGroupName, String statusName) {
        EstablishmentCategory category = BY_TYPE.get(key(typeOfEstablishmentName));
        if (category == null) {
            category = BY_GROUP.get(key(establishmentTypeGroupName));
        }
        if (category == null) {
            return Optional.empty();
        }
        if (category.isLaMaintained() && key(STATUS_PROPOSED_TO_OPEN).equals(key(statusName))) {
            return Optional.of(NEW_SCHOOL);
        }
        return Optional.of(category);
    }

    /**
     * Whether the LA maintains the school and so is fully involved in its inspection (SIM and AI).
     *
     * <p>Hampshire guidance (introduction and §7 "Support for non maintained schools"): the LA is
     * included in discussions about a non-maintained school only if the school invites it or Ofsted
     * asks (for example about safeguarding); for academies, free schools and independent schools the
     * SIM acknowledges the notice and <em>offers</em> support. {@link #NEW_SCHOOL} counts as
     * maintained because {@link #fromGias} only gives it to LA-maintained types; H§4 lists "new
     * schools" alongside maintained schools.
     */
    public boolean isLaMaintained() {
        return switch (this) {
            case MAINTAINED, SPECIAL, PRU, NEW_SCHOOL -> true;
            case ACADEMY, FREE_SCHOOL, INDEPENDENT -> false;
        };
    }
}
