package uk.gov.la.ei.wellbeing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.wellbeing.application.EditOffers;
import uk.gov.la.ei.wellbeing.domain.Offer;

import java.util.List;

/**
 * The offer catalogue (H§6): data, not code. Everyone on the staff may read it (it says what support
 * exists, nothing about anyone); a wellbeing officer edits it.
 */
@Path("/api/v1/offers")
@Tag(name = "Offers", description = "The LA's wellbeing offers to school leaders (the catalogue)")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    @Inject
    EditOffers edit;

    @GET
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM, Roles.ATTACHED_INSPECTOR, Roles.SENIOR_OFFICER,
            Roles.GOVERNOR_SERVICES})
    @Transactional
    @Operation(operationId = "listOffers", summary = "The catalogue, in order (retired offers show active: false)")
    public List<ReferralViews.OfferView> list() {
        return Offer.catalogue().stream().map(ReferralViews.OfferView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.WELLBEING_OFFICER, Roles.SIM, Roles.CEM, Roles.ATTACHED_INSPECTOR, Roles.SENIOR_OFFICER,
            Roles.GOVERNOR_SERVICES})
    @Transactional
    @Operation(operationId = "getOffer", summary = "One offer")
    public ReferralViews.OfferView get(@PathParam("code") String code) {
        Offer o = Offer.findById(code);
        if (o == null) {
            throw new NotFoundProblem("no offer " + code + " in the catalogue");
        }
        return ReferralViews.OfferView.of(o);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.WELLBEING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveOffer", summary = "Add an offer or change one (set active false to retire it)",
            description = "Wellbeing officers only; recorded in the audit log. 201 when added, 200 when changed.")
    public Response save(@PathParam("code") String code, @Valid @NotNull Requests.OfferText body) {
        EditOffers.Saved saved = edit.save(code, new EditOffers.OfferText(body.name(), body.provider(), body.howToReach(),
                body.suits(), body.active(), body.position()));
        return Response.status(saved.created() ? 201 : 200).entity(ReferralViews.OfferView.of(saved.offer())).build();
    }
}
