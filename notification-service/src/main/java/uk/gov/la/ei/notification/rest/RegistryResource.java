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
import uk.gov.la.ei.notification.application.ImportRegistry;
import uk.gov.la.ei.notification.domain.LaContactEntry;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loading the registry from files: the GIAS extract and the LA's own CSVs (see deploy/sample-data). */
@Path("/api/v1")
@Tag(name = "Registry")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SENIOR_OFFICER, Roles.OPS})
public class RegistryResource {

    private static final String CSV = "text/csv";

    @Inject
    ImportRegistry registry;
    @ConfigProperty(name = "notification.la-code")
    String configuredLaCode;

    @POST
    @Path("/registry/gias")
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the DfE GIAS all-establishments extract (edubasealldata*.csv), keeping the LA's open schools",
            description = "Windows-1252 as DfE publishes it, or UTF-8 with a byte-order mark. Keeps each school's SIM/AI and categorisation.")
    public ImportRegistry.GiasImport gias(@QueryParam("laCode") String laCode, InputStream body) {
        String la = laCode == null || laCode.isBlank() ? configuredLaCode : laCode;
        if (!la.matches("[0-9]{3}")) {
            throw new InvalidInputException("laCode", "must be a 3-digit DfE LA code");
        }
        return registry.gias(body, la);
    }

    @POST
    @Path("/registry/assignments")
    @Consumes(CSV)
    @Operation(summary = "SIM and attached inspector per URN (urn,sim_name,sim_email,ai_name,ai_email)")
    public ImportRegistry.LaFileImport assignments(InputStream body) {
        return registry.assignments(utf8(body));
    }

    @POST
    @Path("/registry/categorisations")
    @Consumes(CSV)
    @Operation(summary = "The LA's annual categorisation per URN (urn,categorisation,academic_year)")
    public ImportRegistry.LaFileImport categorisations(InputStream body) {
        return registry.categorisations(utf8(body));
    }

    @POST
    @Path("/registry/la-contacts")
    @Consumes(CSV)
    @Operation(summary = "CEMs per phase (and on duty) and the linked SHMIs (role,phase,name,email); replaces the list")
    public ImportRegistry.LaFileImport laContacts(InputStream body) {
        return registry.laContacts(utf8(body));
    }

    @POST
    @Path("/registry/school-contacts")
    @Consumes(CSV)
    @Operation(summary = "Headteacher e-mail and chair of governors per URN (urn,head_email,chair_name,chair_email)")
    public ImportRegistry.LaFileImport schoolContacts(InputStream body) {
        return registry.schoolContacts(utf8(body));
    }

    @GET
    @Path("/la-contacts")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.OPS})
    @Transactional
    @Operation(summary = "The CEMs and linked SHMIs")
    public List<LaContact> laContacts() {
        return LaContactEntry.all();
    }

    private static InputStreamReader utf8(InputStream body) {
        return new InputStreamReader(body, StandardCharsets.UTF_8);
    }
}
