package uk.gov.la.ei.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.notification.application.AssignSchoolContacts;
import uk.gov.la.ei.notification.application.ConcurrentChange;
import uk.gov.la.ei.notification.application.FederationView;
import uk.gov.la.ei.notification.domain.Bounds;
import uk.gov.la.ei.notification.domain.Federation;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.notification.registry.CategorisationCsv;
import uk.gov.la.ei.notification.registry.LaCategorisation;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The school registry: read a school, edit its SIM/AI assignment, its LA categorisation, its federation. */
@Path("/api/v1")
@Tag(name = "Schools", description = "The school registry: a school, its SIM/AI assignment, its LA categorisation, its federation")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String MAX = "must be at most {max} characters";

    @Inject
    FederationView federations;
    @Inject
    Clock clock;
    @Inject
    AssignSchoolContacts assignContacts;

    public record SchoolView(String urn, String name, String laCode, String category, String typeOfEstablishment,
                             String status, String phase, String district, InspectionViews.Contact headteacher,
                             InspectionViews.Contact chairOfGovernors, InspectionViews.Contact sim,
                             InspectionViews.Contact attachedInspector, String laCategorisation, String categorisationYear,
                             LocalDate openDate, FederationSnapshot federation) {
    }

    public record AssignmentEdit(
            @Size(max = Bounds.PERSON_NAME, message = MAX) String simName,
            @Size(max = Bounds.EMAIL, message = MAX) String simEmail,
            @Size(max = Bounds.PERSON_NAME, message = MAX) String aiName,
            @Size(max = Bounds.EMAIL, message = MAX) String aiEmail) {
    }

    public record CategorisationEdit(
            @Size(max = 40, message = MAX) String categorisation,
            @Size(max = Bounds.ACADEMIC_YEAR, message = MAX) String academicYear) {
    }

    public record FederationEdit(
            @Size(max = Bounds.FEDERATION_NAME, message = MAX) String name,
            @Size(max = Bounds.FEDERATION_KIND, message = MAX) String kind,
            @Size(max = Bounds.PERSON_NAME, message = MAX) String executiveHeadName,
            @Size(max = Bounds.EMAIL, message = MAX) String executiveHeadEmail) {
    }

    @GET
    @Path("/schools/{urn}")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES,
            Roles.WELLBEING_OFFICER, Roles.OPS})
    @Transactional
    @Operation(operationId = "getSchool", summary = "A school of the registry, with its LA contacts and federation partners")
    public SchoolView get(@PathParam("urn") String urn) {
        School s = school(urn);
        return new SchoolView(s.urn, s.name, s.laCode, s.category.name(), s.typeOfEstablishment, s.status, s.phase,
                s.district, InspectionViews.contact(s.headName, s.headEmail), InspectionViews.contact(s.chairName, s.chairEmail),
                InspectionViews.contact(s.simName, s.simEmail), InspectionViews.contact(s.aiName, s.aiEmail),
                s.laCategorisation == null ? null : s.laCategorisation.name(), s.categorisationYear, s.openDate,
                federations.of(s.urn, clock.instant()).orElse(null));
    }

    @PUT
    @Path("/schools/{urn}/assignment")
    @RolesAllowed({Roles.CEM, Roles.SENIOR_OFFICER, Roles.OPS})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignSchoolContacts", summary = "Assign the school's SIM and attached inspector",
            description = "The school's open inspections take them too: the people newly assigned are told, and"
                    + " ContactsAssigned is published again (reason REASSIGNED).")
    public SchoolView assign(@PathParam("urn") String urn, @Valid AssignmentEdit edit) {
        school(urn);
        List<Violation> violations = new ArrayList<>();
        if (edit == null || blank(edit.simName()) || blank(edit.simEmail())) {
            violations.add(new Violation("simEmail", "a SIM (name and e-mail) is required"));
        } else if (!edit.simEmail().trim().matches(EMAIL)) {
            violations.add(new Violation("simEmail", "is not an e-mail address"));
        }
        if (edit != null && !blank(edit.aiEmail()) && !edit.aiEmail().trim().matches(EMAIL)) {
            violations.add(new Violation("aiEmail", "is not an e-mail address"));
        }
        if (edit != null && blank(edit.aiName()) != blank(edit.aiEmail())) {
            violations.add(new Violation(blank(edit.aiName()) ? "aiName" : "aiEmail",
                    "an attached inspector needs both a name and an e-mail address"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ConcurrentChange.asConflict("the school's inspections", () -> assignContacts.assign(urn, edit.simName().trim(),
                edit.simEmail().trim().toLowerCase(Locale.ROOT),
                blank(edit.aiName()) ? null : edit.aiName().trim(),
                blank(edit.aiEmail()) ? null : edit.aiEmail().trim().toLowerCase(Locale.ROOT)));
        return get(urn);
    }

    @PUT
    @Path("/schools/{urn}/categorisation")
    @RolesAllowed({Roles.CEM, Roles.SENIOR_OFFICER, Roles.OPS})
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "categoriseSchool", summary = "Set the LA's own annual categorisation of the school (outstanding / good / requires improvement / inadequate)")
    public SchoolView categorise(@PathParam("urn") String urn, @Valid CategorisationEdit edit) {
        School s = school(urn);
        LaCategorisation categorisation = edit == null || edit.categorisation() == null ? null
                : LaCategorisation.fromLabel(edit.categorisation()).orElse(null);
        if (categorisation == null) {
            throw new InvalidInputException("categorisation",
                    "must be one of outstanding, good, requires improvement, inadequate");
        }
        String year = blank(edit.academicYear()) ? null : CategorisationCsv.academicYear(edit.academicYear());
        if (!blank(edit.academicYear()) && year == null) {
            throw new InvalidInputException("academicYear", "is not an academic year such as 2025/26");
        }
        s.laCategorisation = categorisation;
        s.categorisationYear = year;
        s.updatedAt = clock.instant();
        return get(urn);
    }

    @PUT
    @Path("/federations/{code}")
    @RolesAllowed({Roles.CEM, Roles.SENIOR_OFFICER, Roles.OPS})
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "recordFederation", summary = "Record a federation's kind (HARD or SOFT) and executive headteacher")
    public FederationEdit federation(@PathParam("code") String code, @Valid FederationEdit edit) {
        if (code == null || code.isBlank() || code.length() > Bounds.FEDERATION_CODE) {
            throw new InvalidInputException("code", "must be 1 to " + Bounds.FEDERATION_CODE + " characters (GIAS federation code)");
        }
        if (edit != null && !blank(edit.executiveHeadEmail()) && !edit.executiveHeadEmail().trim().matches(EMAIL)) {
            throw new InvalidInputException("executiveHeadEmail", "is not an e-mail address");
        }
        if (edit == null || blank(edit.kind()) || !(edit.kind().equalsIgnoreCase("HARD") || edit.kind().equalsIgnoreCase("SOFT"))) {
            throw new InvalidInputException("kind", "must be HARD (one governing body) or SOFT (joint committee)");
        }
        Federation f = Federation.findById(code);
        if (f == null) {
            if (blank(edit.name())) {
                throw new InvalidInputException("name", "is required for a new federation");
            }
            f = new Federation();
            f.code = code;
        }
        if (!blank(edit.name())) {
            f.name = edit.name().trim();
        }
        f.kind = edit.kind().toUpperCase(Locale.ROOT);
        f.executiveHeadName = blank(edit.executiveHeadName()) ? null : edit.executiveHeadName().trim();
        f.executiveHeadEmail = blank(edit.executiveHeadEmail()) ? null : edit.executiveHeadEmail().trim().toLowerCase(Locale.ROOT);
        f.updatedAt = clock.instant();
        Federation saved = f;
        ConcurrentChange.asConflict("the federation", () -> {
            saved.persist();
            ConcurrentChange.flush();
        });
        return new FederationEdit(f.name, f.kind, f.executiveHeadName, f.executiveHeadEmail);
    }

    private static School school(String urn) {
        if (urn == null || !urn.matches("[0-9]{6,7}")) {
            throw new InvalidInputException("urn", "must be 6 or 7 digits");
        }
        School s = School.findById(urn);
        if (s == null) {
            throw new NotFoundProblem("URN " + urn + " is not in the school registry");
        }
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
