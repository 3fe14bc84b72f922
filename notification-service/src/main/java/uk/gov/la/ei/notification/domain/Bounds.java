package uk.gov.la.ei.notification.domain;

/**
 * How long each kind of value may be, end to end (issue 6 item 2: anything the notice contract or an API
 * accepts can be stored and sent). The entities carry these as {@code @Size}, the request records and the
 * CSV imports check them before anything is stored, and {@code NoticeBoundsTest} holds them against the
 * notice's JSON Schema and the database's columns.
 */
public final class Bounds {

    /** A URN: 6 or 7 digits (DOMAIN.md "School"). */
    public static final int URN = 7;
    /** A DfE LA code: 3 digits. */
    public static final int LA_CODE = 3;
    /** A school's name (the notice's {@code data.schoolName} maxLength; GIAS EstablishmentName). */
    public static final int SCHOOL_NAME = 300;
    /** A person's name: SIM, AI, CEM, SHMI, the lead inspector (the notice's {@code leadInspector.name}). */
    public static final int PERSON_NAME = 200;
    /** An e-mail address (RFC 5321: 64 + 1 + 255 at most). */
    public static final int EMAIL = 320;
    /** The notice's {@code data.ofstedReference} (pattern {4,20}). */
    public static final int OFSTED_REFERENCE = 20;
    /** The notice's CloudEvents {@code id}. */
    public static final int NOTICE_ID = 200;
    /** The notice's CloudEvents {@code source}, recorded as the actor of the history entries it causes. */
    public static final int NOTICE_SOURCE = 500;
    /** Who did a step of an inspection's history: an officer's e-mail address or a notice's source. */
    public static final int ACTOR = NOTICE_SOURCE;

    /** GIAS "PhaseOfEducation (name)". */
    public static final int PHASE = 100;
    /** GIAS "TypeOfEstablishment (name)", "EstablishmentTypeGroup (name)". */
    public static final int ESTABLISHMENT_TYPE = 200;
    /** GIAS "EstablishmentStatus (name)". */
    public static final int STATUS = 100;
    /** GIAS "DistrictAdministrative (name)". */
    public static final int DISTRICT = 200;
    /** The headteacher or chair of governors as one addresses a letter ("Mrs Jane Smith"). */
    public static final int LEADER_NAME = 300;
    /** GIAS "Federations (code)". */
    public static final int FEDERATION_CODE = 20;
    /** GIAS "Federations (name)". */
    public static final int FEDERATION_NAME = 300;
    /** HARD or SOFT. */
    public static final int FEDERATION_KIND = 10;
    /** An academic year, stored as "2025/26". */
    public static final int ACADEMIC_YEAR = 20;
    public static final int POSTCODE = 20;
    public static final int TELEPHONE = 50;
    public static final int WEBSITE = 300;

    /** Who at the school was contacted to acknowledge the notice (H§4). */
    public static final int SCHOOL_CONTACT = 300;
    /** Notes recorded with the acknowledgement (a text column; bounded so the request stays small). */
    public static final int ACKNOWLEDGEMENT_NOTES = 4000;
    /**
     * Keep-in-touch times agreed at acknowledgement (H§4): a few a day for an inspection of at most five
     * days, the visit before it, the final feedback and the follow-up fit well within this.
     */
    public static final int KEEP_IN_TOUCH_TIMES = 30;
    /** What a keep-in-touch time is for ("End of day 1 call with the headteacher"). */
    public static final int KEEP_IN_TOUCH_PURPOSE = 200;
    /** Who keeps a keep-in-touch time: a name or an e-mail address. */
    public static final int KEEP_IN_TOUCH_OWNER = EMAIL;

    private Bounds() {
    }

    /**
     * A display name from a token (not typed by the caller, so not theirs to fix) shortened to fit:
     * the e-mail address is the identity, the name only shows who it was.
     */
    public static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
