package uk.gov.la.ei.notification.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.notification.application.AcknowledgeNotice;
import uk.gov.la.ei.notification.application.ConcurrentChange;
import uk.gov.la.ei.notification.application.CoordinatedInspections;
import uk.gov.la.ei.notification.application.FederationView;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.CurrentUser;
import uk.gov.la.ei.platform.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/inspections")
@Tag(name = "Inspections", description = "Inspections notified by Ofsted: their contacts, and the SIM's acknowledgement of the school (H§2)")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    FederationView federations;
    @Inject
    AcknowledgeNotice acknowledge;
    @Inject
    CoordinatedInspections coordination;
    @Inject
    CurrentUser user;
    @Inject
    ObjectMapper mapper;

    @GET
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES,
            Roles.WELLBEING_OFFICER, Roles.OPS})
    @Transactional
    @Operation(operationId = "listInspections", summary = "Inspections, newest notice first, filtered by URN, state and start-date range (paged)")
    public InspectionViews.Page<InspectionViews.Summary> list(
            @QueryParam("urn") String urn,
            @Parameter(description = "NOTIFIED, ACKNOWLEDGED or WITHDRAWN") @QueryParam("state") String state,
            @Parameter(description = "start date on or after (yyyy-mm-dd)") @QueryParam("from") String from,
            @Parameter(description = "start date on or before (yyyy-mm-dd)") @QueryParam("to") String to,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") String pageParam,
            @Parameter(description = "page size, 1 to 200") @QueryParam("size") @DefaultValue("20") String sizeParam) {
        List<Violation> violations = new ArrayList<>();
        int page = number("page", pageParam, violations);
        int size = number("size", sizeParam, violations);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (urn != null && !urn.isBlank()) {
            if (!urn.matches("[0-9]{6,7}")) {
                violations.add(new Violation("urn", "must be 6 or 7 digits"));
            }
            where.add("urn = :urn");
            params.and("urn", urn);
        }
        if (state != null && !state.isBlank()) {
            try {
                params.and("state", InspectionState.valueOf(state.toUpperCase(Locale.ROOT)));
                where.add("state = :state");
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("state", "must be one of NOTIFIED, ACKNOWLEDGED, WITHDRAWN"));
            }
        }
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        if (fromDate != null) {
            where.add("startDate >= :from");
            params.and("from", fromDate);
        }
        if (toDate != null) {
            where.add("startDate <= :to");
            params.and("to", toDate);
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            violations.add(new Violation("to", "is before from"));
        }
        if (page < 0) {
            violations.add(new Violation("page", "must not be negative"));
        }
        if ((size < 1 || size > 200) && violations.stream().noneMatch(v -> v.field().equals("size"))) {
            violations.add(new Violation("size", "must be between 1 and 200"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PanacheQuery<Inspection> query = where.isEmpty()
                ? Inspection.findAll(Sort.descending("notifiedAt"))
                : Inspection.find(String.join(" and ", where), Sort.descending("notifiedAt"), params);
        List<InspectionViews.Summary> items = query.page(page, size).list().stream()
                .map(InspectionViews.Summary::of).toList();
        return new InspectionViews.Page<>(items, page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES,
            Roles.WELLBEING_OFFICER, Roles.OPS})
    @Transactional
    @Operation(operationId = "getInspection", summary = "One inspection with its contacts, acknowledgement, federation partners, e-mails and history")
    public InspectionViews.Detail get(@PathParam("id") String id) {
        Inspection i = Inspection.findById(uuid(id));
        if (i == null) {
            throw new NotFoundProblem("no inspection " + id);
        }
        return InspectionViews.Detail.of(i, federations.of(i.urn, i.notifiedAt).orElse(null),
                coordination.partnersOf(i.id), mapper);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeNotice",
            summary = "Record that the SIM or AI contacted the school and agreed involvement and keep-in-touch times",
            description = "Only the SIM or AI assigned to the inspection, or the CEM it is routed to (who holds an inspection"
                    + " nobody else may acknowledge: a URN not in the registry, a school without a SIM). Late if the school was"
                    + " contacted, or the acknowledgement recorded, after the deadline. 409 if the inspection is not awaiting"
                    + " acknowledgement, or changed at the same time.")
    public InspectionViews.Detail acknowledge(@PathParam("id") String id, @Valid AcknowledgementRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "an acknowledgement is required");
        }
        UUID inspectionId = uuid(id);
        ConcurrentChange.asConflict("the inspection", () -> acknowledge.acknowledge(inspectionId, request.toCommand(),
                new AcknowledgeNotice.Caller(user.email(), user.name(), user.roles())));
        return get(id);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("id", "is not an inspection id (a UUID): " + id);
        }
    }

    private static int number(String field, String value, List<Violation> violations) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "must be a whole number, was " + value));
            return 0;
        }
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date yyyy-mm-dd, was " + value));
            return null;
        }
    }
}
