package uk.gov.la.ei.supporttracking.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.inspections.InspectionAccess;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.domain.CaseState;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The cases the caller may read. */
@Path("/api/v1/support-cases")
@Tag(name = CaseResource.TAG, description = CaseResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class SupportCaseListResource {

    @Inject
    InspectionAccess access;

    @GET
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "listSupportCases", summary = "The cases the caller may read, newest start date first (paged)",
            description = "A SIM or AI sees the cases of their own schools, a CEM those routed to them, a senior officer all.")
    public Views.Page<Views.CaseSummary> list(@QueryParam("urn") String urn,
                                             @Parameter(description = "OPEN, AWAITING_RESCHEDULE or WITHDRAWN") @QueryParam("state") String state,
                                             @QueryParam("page") @DefaultValue("0") String pageParam,
                                             @QueryParam("size") @DefaultValue("20") String sizeParam) {
        List<Violation> violations = new ArrayList<>();
        int page = number("page", pageParam, violations);
        int size = number("size", sizeParam, violations);
        InspectionAccess.Filter filter = access.readableFilter("c.inspectionId");
        List<String> where = new ArrayList<>(List.of(filter.jpql()));
        Parameters params = new Parameters();
        filter.parameters().forEach(params::and);
        if (urn != null && !urn.isBlank()) {
            if (!urn.matches("[0-9]{6,7}")) {
                violations.add(new Violation("urn", "must be 6 or 7 digits"));
            }
            where.add("c.urn = :urn");
            params.and("urn", urn);
        }
        if (state != null && !state.isBlank()) {
            try {
                params.and("state", CaseState.valueOf(state.toUpperCase(Locale.ROOT)));
                where.add("c.state = :state");
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("state", "must be one of OPEN, AWAITING_RESCHEDULE, WITHDRAWN"));
            }
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
        PanacheQuery<SupportCase> query = SupportCase.find("from SupportCase c where " + String.join(" and ", where),
                Sort.descending("startDate").and("openedAt", Sort.Direction.Descending), params);
        return new Views.Page<>(query.page(page, size).list().stream().map(Views.CaseSummary::of).toList(), page, size, query.count());
    }

    private static int number(String field, String value, List<Violation> violations) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "must be a whole number, was " + value));
            return 0;
        }
    }
}
