package uk.gov.la.ei.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.feedback.application.CollateInspections;
import uk.gov.la.ei.feedback.domain.collation.CollationReport;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The collation report for senior officers' regular meetings with the region's HMIs (H§2, H§4;
 * DOMAIN.md step 11), as JSON or as CSV for a spreadsheet.
 */
@Path("/api/v1/reports/collation")
@Tag(name = "Reports", description = "Collated inspection information for LA–HMI meetings (H§4)")
@RolesAllowed(Roles.SENIOR_OFFICER)
public class CollationResource {

    /** The longest period one report covers. */
    static final int MAX_DAYS = 5 * 366;
    static final String CSV = "text/csv";

    @Inject
    CollateInspections collate;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCollationReport", summary = "Inspections by type and outcome, concerns by category, conduct concerns, "
            + "SHMI escalations and outcomes, time to acknowledge, keep-in-touch points missed, signposting coverage (Accept: application/json)")
    public CollationReport json(
            @Parameter(description = "first day, yyyy-mm-dd (inspections notified from then)", required = true) @QueryParam("from") String from,
            @Parameter(description = "last day, yyyy-mm-dd, included", required = true) @QueryParam("to") String to) {
        return report(from, to);
    }

    @GET
    @Produces(CSV)
    @Operation(operationId = "getCollationReportCsv", summary = "The same report as one CSV table (Accept: text/csv)")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        CollationReport report = report(from, to);
        return Response.ok(CollationCsv.of(report), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"collation-" + report.from() + "-to-" + report.to() + ".csv\"")
                .build();
    }

    private CollationReport report(String from, String to) {
        List<Violation> violations = new ArrayList<>();
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        if (fromDate != null && toDate != null) {
            if (toDate.isBefore(fromDate)) {
                violations.add(new Violation("to", "is before from"));
            } else if (ChronoUnit.DAYS.between(fromDate, toDate) >= MAX_DAYS) {
                violations.add(new Violation("to", "a report covers at most " + MAX_DAYS + " days"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return collate.over(fromDate, toDate);
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required: a date yyyy-mm-dd"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date yyyy-mm-dd, was " + value));
            return null;
        }
    }
}
