package uk.gov.la.ei.wellbeing.rest;

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
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.wellbeing.application.AuditLog;
import uk.gov.la.ei.wellbeing.application.Caller;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.AuditEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The audit log, for wellbeing officers: who read or changed which referral, when and why. A query is itself recorded. */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only audit log of every read and change")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;
    @Inject
    Caller caller;

    public record Entry(long id, Instant at, String actor, String actorRoles, AuditAction action, AuditEntry.Outcome outcome,
                        UUID referralId, String subject, String why) {
        static Entry of(AuditEntry e) {
            return new Entry(e.id, e.at, e.actor, e.actorRoles, e.action, e.outcome, e.referralId, e.subject, e.why);
        }
    }

    @GET
    @RolesAllowed(Roles.WELLBEING_OFFICER)
    @Transactional
    @Operation(operationId = "queryAudit", summary = "Audit entries, newest first, by referral, actor, action and time (paged)")
    public ReferralViews.Page<Entry> query(
            @QueryParam("referralId") String referralId,
            @Parameter(description = "an e-mail, or system:<job>") @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @Parameter(description = "at or after (ISO instant)") @QueryParam("from") String from,
            @Parameter(description = "before (ISO instant)") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        List<Violation> violations = new ArrayList<>();
        Paging.Page p = Paging.page(page, size, violations);
        UUID referral = Paging.uuid("referralId", referralId, violations);
        AuditAction act = null;
        if (action != null && !action.isBlank()) {
            try {
                act = AuditAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("action", "is not an audit action: " + action));
            }
        }
        if (actor != null && actor.length() > 320) {
            violations.add(new Violation("actor", "must be at most 320 characters"));
        }
        Instant fromAt = Paging.instant("from", from, violations);
        Instant toAt = Paging.instant("to", to, violations);
        Paging.check(violations);
        AuditLog.Page result = audit.find(new AuditLog.Query(referral, actor == null || actor.isBlank() ? null : actor.trim(),
                act, fromAt, toAt), p.page(), p.size());
        audit.allowed(caller.actor(), AuditAction.AUDIT_QUERIED, referral, null, "as a wellbeing officer");
        return new ReferralViews.Page<>(result.entries().stream().map(Entry::of).toList(), p.page(), p.size(), result.total());
    }
}
