package uk.gov.la.ei.wellbeing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.wellbeing.application.AuditLog;
import uk.gov.la.ei.wellbeing.application.Caller;
import uk.gov.la.ei.wellbeing.application.Statistics;
import uk.gov.la.ei.wellbeing.domain.AuditAction;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts only – by the month referrals were opened, erased ones included – for the collation of
 * wellbeing signposting coverage (DOMAIN.md flow step 11). No referral, school or person in them.
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Counts of referrals, signposting and check-ins (no personal data)")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    static final int MAX_MONTHS = 60;

    @Inject
    Statistics statistics;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;

    public record Report(String from, String to, List<Statistics.Period> periods) {
    }

    @GET
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "statistics", summary = "Counts by month opened (yyyy-mm), still-held and erased referrals together")
    public Report counts(@Parameter(description = "first month, yyyy-mm") @QueryParam("from") String from,
                         @Parameter(description = "last month, yyyy-mm") @QueryParam("to") String to) {
        List<Violation> violations = new ArrayList<>();
        YearMonth first = month("from", from, violations);
        YearMonth last = month("to", to, violations);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                violations.add(new Violation("to", "is before from"));
            } else if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
                violations.add(new Violation("to", "at most " + MAX_MONTHS + " months at a time"));
            }
        }
        Paging.check(violations);
        audit.allowed(caller.actor(), AuditAction.STATISTICS_READ, null, first + ".." + last, "counts only");
        return new Report(first.toString(), last.toString(), statistics.between(first, last));
    }

    private static YearMonth month(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required (yyyy-mm)"));
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a month yyyy-mm, was " + value));
            return null;
        }
    }
}
