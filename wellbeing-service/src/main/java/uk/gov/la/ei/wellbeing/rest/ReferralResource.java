package uk.gov.la.ei.wellbeing.rest;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.wellbeing.application.AuditLog;
import uk.gov.la.ei.wellbeing.application.Caller;
import uk.gov.la.ei.wellbeing.application.CheckIns;
import uk.gov.la.ei.wellbeing.application.CloseReferral;
import uk.gov.la.ei.wellbeing.application.OpenOrJoinReferral;
import uk.gov.la.ei.wellbeing.application.ReferManually;
import uk.gov.la.ei.wellbeing.application.ReferralGuard;
import uk.gov.la.ei.wellbeing.application.SignpostLeader;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.Offer;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralReadRule;
import uk.gov.la.ei.wellbeing.domain.ReferralStatus;
import uk.gov.la.ei.wellbeing.domain.ReferralTrigger;
import uk.gov.la.ei.wellbeing.domain.Signposting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Wellbeing referrals: restricted to wellbeing officers, the school's SIM and the CEM (ReferralReadRule);
 * every read and change is in the audit log. A role that can never see a referral (senior officer,
 * Governor Services, the AI except to refer) is refused by the role check before anything is looked up; a
 * SIM or CEM of another inspection is refused by the rule, and that refusal is in the audit log too.
 */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Wellbeing referrals of school leaders (restricted, audited)")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    static final String PURPOSE = "X-Purpose";

    @Inject
    ReferralGuard guard;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    KnownInspections knownInspections;
    @Inject
    ReferManually referManually;
    @Inject
    SignpostLeader signpost;
    @Inject
    CheckIns checkIns;
    @Inject
    CloseReferral close;
    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Transactional
    @Operation(operationId = "listReferrals", summary = "The referrals the caller may see, newest first (paged)",
            description = "A wellbeing officer sees every referral; a SIM those of the inspections they are SIM of; a CEM"
                    + " those routed to them. Anyone else: 403. Each referral shown is recorded in the audit log.")
    public ReferralViews.Page<ReferralViews.Summary> list(
            @Parameter(description = "OPEN or CLOSED") @QueryParam("status") String status,
            @QueryParam("urn") String urn,
            @QueryParam("inspectionId") String inspectionId,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "page size, 1 to 100") @QueryParam("size") @DefaultValue("20") String size,
            @Parameter(description = "why you are looking (recorded)") @HeaderParam(PURPOSE) String purpose) {
        guard.requireReaderRole(AuditAction.REFERRAL_LISTED, null);
        List<Violation> violations = new ArrayList<>();
        Paging.Page p = Paging.page(page, size, violations);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null && !status.isBlank()) {
            try {
                params.and("status", ReferralStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
                where.add("r.status = :status");
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("status", "must be OPEN or CLOSED"));
            }
        }
        if (urn != null && !urn.isBlank()) {
            if (!urn.matches("[0-9]{6,7}")) {
                violations.add(new Violation("urn", "must be 6 or 7 digits"));
            }
            where.add("r.urn = :urn");
            params.and("urn", urn);
        }
        UUID inspection = Paging.uuid("inspectionId", inspectionId, violations);
        if (inspection != null) {
            where.add("r.inspectionId = :inspectionId");
            params.and("inspectionId", inspection);
        }
        String why = Paging.purpose(purpose);
        Paging.check(violations);
        if (!caller.isWellbeingOfficer()) {
            // the read rule as a query: the SIM's and the CEM's own inspections only
            List<String> mine = new ArrayList<>();
            if (caller.roles().contains(Roles.SIM)) {
                mine.add("k.simEmail = :me");
            }
            if (caller.roles().contains(Roles.CEM)) {
                mine.add("k.cemEmail = :me");
            }
            where.add("r.inspectionId in (select k.inspectionId from KnownInspection k where " + String.join(" or ", mine) + ")");
            params.and("me", caller.email() == null ? "" : caller.email());
        }
        var query = Referral.<Referral>find("from Referral r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)),
                Sort.descending("openedAt").and("id"), params);
        List<ReferralViews.Summary> items = new ArrayList<>();
        for (Referral r : query.page(p.page(), p.size()).list()) {
            KnownInspection i = knownInspections.find(r.inspectionId).orElse(null);
            ReferralReadRule.Basis basis = ReferralReadRule.basisToRead(caller.standingTo(i)).orElse(null);
            if (basis == null) {
                continue; // cannot happen with the query above; never show what a single read would refuse
            }
            audit.allowed(caller.actor(), AuditAction.REFERRAL_LISTED, r.id, null, new ReferralGuard.Access(r, i, basis).why(why));
            items.add(ReferralViews.Summary.of(r, i, ReferralTrigger.of(r.id), CheckIn.of(r.id)));
        }
        return new ReferralViews.Page<>(items, p.page(), p.size(), query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Transactional
    @Operation(operationId = "getReferral", summary = "One referral: its triggers, signpostings, check-ins and closure",
            description = "Wellbeing officers, the school's SIM and the CEM only (403 otherwise). The read is recorded in the"
                    + " audit log, with the basis and the purpose given in X-Purpose.")
    public ReferralViews.Detail get(@PathParam("id") String id,
                                    @Parameter(description = "why you are looking (recorded)") @HeaderParam(PURPOSE) String purpose) {
        String why = Paging.purpose(purpose);
        ReferralGuard.Access access = guard.require(Paging.id("id", id), AuditAction.REFERRAL_READ, false);
        audit.allowed(caller.actor(), AuditAction.REFERRAL_READ, access.referral().id, null, access.why(why));
        return ReferralViews.detail(access.referral(), access.inspection(),
                access.inspection() == null ? null : knownInspections.contactsAssigned(access.inspection()),
                access.basis().name(), clock.instant());
    }

    @POST
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM, Roles.ATTACHED_INSPECTOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "referLeader", summary = "Refer the school's leader by hand (opens the referral or joins the open one)",
            description = "The SIM, AI or CEM of the inspection, or a wellbeing officer. The note is optional and short.")
    public Response refer(@Valid @NotNull Requests.ManualReferral body, @jakarta.ws.rs.core.Context UriInfo uri) {
        OpenOrJoinReferral.Result result = referManually.refer(body.inspectionId(), body.note());
        return Response.status(result.opened() ? 201 : 200)
                .location(uri.getBaseUriBuilder().path("api/v1/referrals").path(result.referralId().toString()).build())
                .entity(new ReferralViews.ManualReferralResult(result.referralId(), result.opened(), !result.opened()))
                .build();
    }

    @POST
    @Path("/{id}/signpostings")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "signpost", summary = "Signpost the leader to offers of the catalogue: by e-mail (sent by the service), call or visit",
            description = "The recipient defaults to the school's headteacher. Stops the signposting deadline; publishes WellbeingSignposted.")
    public Response signpost(@PathParam("id") String id, @Valid @NotNull Requests.Signpost body,
                             @HeaderParam(PURPOSE) String purpose) {
        Signposting s = signpost.signpost(Paging.id("id", id), new SignpostLeader.Command(body.offerCodes(), body.channel(),
                body.recipient() == null ? null : new SignpostLeader.Recipient(body.recipient().name(), body.recipient().email()),
                body.at(), body.note()), Paging.purpose(purpose));
        Map<String, String> names = new HashMap<>();
        Offer.<Offer>listAll().forEach(o -> names.put(o.code, o.name));
        return Response.status(201).entity(ReferralViews.SignpostingView.of(s, names)).build();
    }

    @POST
    @Path("/{id}/check-ins")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleCheckIn", summary = "Add a check-in to the referral's schedule")
    public Response addCheckIn(@PathParam("id") String id, @Valid @NotNull Requests.ScheduleCheckIn body,
                               @HeaderParam(PURPOSE) String purpose) {
        CheckIn c = checkIns.add(Paging.id("id", id), body.dueAt(), Paging.purpose(purpose));
        return Response.status(201).entity(ReferralViews.CheckInView.of(c)).build();
    }

    @PUT
    @Path("/{id}/check-ins/{checkInId}")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleCheckIn", summary = "Move a scheduled check-in")
    public ReferralViews.CheckInView reschedule(@PathParam("id") String id, @PathParam("checkInId") String checkInId,
                                                @Valid @NotNull Requests.ScheduleCheckIn body, @HeaderParam(PURPOSE) String purpose) {
        return ReferralViews.CheckInView.of(checkIns.reschedule(Paging.id("id", id), Paging.id("checkInId", checkInId),
                body.dueAt(), Paging.purpose(purpose)));
    }

    @POST
    @Path("/{id}/check-ins/{checkInId}/outcome")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCheckIn", summary = "Record a check-in done (with how) or missed, with a short note",
            description = "A missed check-in is escalated to the CEM (CheckInMissed and an e-mail).")
    public ReferralViews.CheckInView record(@PathParam("id") String id, @PathParam("checkInId") String checkInId,
                                            @Valid @NotNull Requests.CheckInOutcome body, @HeaderParam(PURPOSE) String purpose) {
        return ReferralViews.CheckInView.of(checkIns.record(Paging.id("id", id), Paging.id("checkInId", checkInId),
                new CheckIns.Outcomes(body.outcome(), body.at(), body.channel(), body.note()), Paging.purpose(purpose)));
    }

    @POST
    @Path("/{id}/check-ins/{checkInId}/cancellation")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelCheckIn", summary = "Take a scheduled check-in off the schedule (kept on record as CANCELLED)")
    public ReferralViews.CheckInView cancel(@PathParam("id") String id, @PathParam("checkInId") String checkInId,
                                            @Valid Requests.Cancellation body, @HeaderParam(PURPOSE) String purpose) {
        return ReferralViews.CheckInView.of(checkIns.cancel(Paging.id("id", id), Paging.id("checkInId", checkInId),
                body == null ? null : body.note(), Paging.purpose(purpose)));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeReferral", summary = "Close the referral with a reason (OTHER needs a note)",
            description = "Cancels the check-ins still scheduled; publishes WellbeingReferralClosed; the retention period starts.")
    public ReferralViews.Closure closeReferral(@PathParam("id") String id, @Valid @NotNull Requests.Closure body,
                                               @HeaderParam(PURPOSE) String purpose) {
        Referral r = close.close(Paging.id("id", id), body.reason(), body.note(), Paging.purpose(purpose));
        return new ReferralViews.Closure(r.closeReason, r.closeNote, r.closedBy, r.closedAt);
    }
}
