package uk.gov.la.ei.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.notification.application.ConcurrentChange;
import uk.gov.la.ei.notification.application.ImportRegistry;
import uk.gov.la.ei.notification.domain.LaContactEntry;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.notification.registry.SmallCsvFile;
import uk.gov.la.ei.platform.http.LargeBody;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;

import java.io.InputStream;
import java.util.List;

/** Loading the registry from files: the GIAS extract and the LA's own CSVs (see deploy/sample-data). */
@Path("/api/v1")
@Tag(name = "Registry", description = "Loading the school registry from files: the GIAS extract and the LA's own CSVs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SENIOR_OFFICER, Roles.OPS})
public class RegistryResource {
    // the imports take files (@LargeBody, up to platform.http.max-large-body): a national GIAS extract is ~60 MB

    private static final String CSV = "text/csv";

    @Inject
    ImportRegistry registry;
    @ConfigProperty(name = "notification.la-code")
    String configuredLaCode;

    @POST
    @LargeBody
    @Path("/registry/gias")
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importGias", summary = "Import the DfE GIAS all-establishments extract (edubasealldata*.csv), keeping the LA's open schools",
            description = "Windows-1252 as DfE publishes it, or UTF-8 with a byte-order mark. Keeps each school's SIM/AI and categorisation."
                    + " A value longer than the column that stores it refuses the file: 400 naming line and column"
                    + " (the first 100 problems, and how many in all).")
    public ImportRegistry.GiasImport gias(@QueryParam("laCode") String laCode, InputStream body) {
        String la = laCode == null || laCode.isBlank() ? configuredLaCode : laCode;
        if (!la.matches("[0-9]{3}")) {
            throw new InvalidInputException("laCode", "must be a 3-digit DfE LA code");
        }
        return ConcurrentChange.asConflict("the school registry", () -> registry.gias(body, la));
    }

    @POST
    @LargeBody
    @Path("/registry/assignments")
    @Consumes(CSV)
    @Operation(operationId = "importAssignments", summary = "SIM and attached inspector per URN (urn,sim_name,sim_email,ai_name,ai_email)",
            description = "UTF-8 (with or without a byte-order mark) or Windows-1252. A school whose SIM or AI changes passes the change on"
                    + " to its open inspections (those newly assigned are told; ContactsAssigned with reason REASSIGNED)."
                    + " Any bad row refuses the file: 400 naming line and column (the first 100 problems, and how many in all).")
    public ImportRegistry.LaFileImport assignments(InputStream body) {
        return ConcurrentChange.asConflict("the school registry", () -> registry.assignments(SmallCsvFile.reader(body)));
    }

    @POST
    @LargeBody
    @Path("/registry/categorisations")
    @Consumes(CSV)
    @Operation(operationId = "importCategorisations", summary = "The LA's annual categorisation per URN (urn,categorisation,academic_year)")
    public ImportRegistry.LaFileImport categorisations(InputStream body) {
        return ConcurrentChange.asConflict("the school registry", () -> registry.categorisations(SmallCsvFile.reader(body)));
    }

    @POST
    @LargeBody
    @Path("/registry/la-contacts")
    @Consumes(CSV)
    @Operation(operationId = "importLaContacts", summary = "CEMs per phase (and on duty) and the linked SHMIs (role,phase,name,email); replaces the list")
    public ImportRegistry.LaFileImport laContacts(InputStream body) {
        return ConcurrentChange.asConflict("the school registry", () -> registry.laContacts(SmallCsvFile.reader(body)));
    }

    @POST
    @LargeBody
    @Path("/registry/school-contacts")
    @Consumes(CSV)
    @Operation(operationId = "importSchoolContacts", summary = "Headteacher e-mail and chair of governors per URN (urn,head_email,chair_name,chair_email)")
    public ImportRegistry.LaFileImport schoolContacts(InputStream body) {
        return ConcurrentChange.asConflict("the school registry", () -> registry.schoolContacts(SmallCsvFile.reader(body)));
    }

    @GET
    @Path("/la-contacts")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.OPS})
    @Transactional
    @Operation(operationId = "listLaContacts", summary = "The CEMs and linked SHMIs")
    public List<LaContact> laContacts() {
        return LaContactEntry.all();
    }

}
