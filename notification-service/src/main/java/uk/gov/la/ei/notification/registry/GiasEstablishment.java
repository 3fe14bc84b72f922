package uk.gov.la.ei.notification.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One establishment from the DfE GIAS all-establishments extract, reduced to what the LA needs to
 * act on an Ofsted notice. Text fields that are empty in GIAS are {@code null} here (never "").
 *
 * @param urn                 "URN", 6–7 digits, the key everywhere
 * @param laCode              "LA (code)", e.g. "850" for Hampshire
 * @param name                "EstablishmentName"
 * @param typeOfEstablishment "TypeOfEstablishment (name)", e.g. "Community school"
 * @param typeGroup           "EstablishmentTypeGroup (name)", e.g. "Local authority maintained schools"
 * @param status              "EstablishmentStatus (name)", e.g. "Open"
 * @param phase               "PhaseOfEducation (name)", e.g. "Primary"
 * @param category            the LA's category, from {@link EstablishmentCategory#fromGias}
 * @param federationFlag      "FederationFlag (name)": "Supported by a federation", "Not under a
 *                            federation" or "Not applicable"
 * @param federationCode      "Federations (code)", shared by the members of one federation
 * @param federationName      "Federations (name)"
 * @param headTitle           "HeadTitle (name)", e.g. "Mrs"
 * @param headFirstName       "HeadFirstName"
 * @param headLastName        "HeadLastName"
 * @param district            "DistrictAdministrative (name)", e.g. "Winchester"
 * @param postcode            "Postcode"
 * @param telephone           "TelephoneNum"
 * @param schoolWebsite       "SchoolWebsite"
 * @param openDate            "OpenDate" (GIAS writes dd-MM-yyyy), or {@code null}
 * @param line                the line of the extract the row starts on (the header is line 1)
 */
public record GiasEstablishment(
        String urn,
        String laCode,
        String name,
        String typeOfEstablishment,
        String typeGroup,
        String status,
        String phase,
        EstablishmentCategory category,
        String federationFlag,
        String federationCode,
        String federationName,
        String headTitle,
        String headFirstName,
        String headLastName,
        String district,
        String postcode,
        String telephone,
        String schoolWebsite,
        LocalDate openDate,
        long line) {

    /** GIAS "FederationFlag (name)" of a school in a federation. */
    public static final String FEDERATION_FLAG_SUPPORTED = "Supported by a federation";

    public GiasEstablishment {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(category, "category");
    }

    /**
     * Whether GIAS records the school as a member of a federation. GIAS records only governance
     * federations (one governing body for several schools, "hard" federations in Ofsted's
     * federation briefing, Annex 1); soft collaborations are not in GIAS.
     */
    public boolean inFederation() {
        return federationCode != null;
    }

    /** The headteacher's name as one would address a letter, e.g. "Mrs Jane Smith", or null if GIAS has none. */
    public String headFullName() {
        StringJoiner joiner = new StringJoiner(" ");
        if (headTitle != null && !"Not applicable".equalsIgnoreCase(headTitle)) {
            joiner.add(headTitle);
        }
        if (headFirstName != null) {
            joiner.add(headFirstName);
        }
        if (headLastName != null) {
            joiner.add(headLastName);
        }
        return headFirstName == null && headLastName == null ? null : joiner.toString();
    }
}
