package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.Offer;

import java.time.Clock;

/**
 * A wellbeing officer keeps the offer catalogue (H§6) up to date without a release: add an offer, change
 * how to reach it or whom it suits, retire it. Every change is in the audit log.
 */
@ApplicationScoped
public class EditOffers {

    public record OfferText(String name, String provider, String howToReach, String suits, Boolean active, Integer position) {
    }

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** @return the offer as it now is; {@code created} says whether it is new */
    @Transactional
    public Saved save(String code, OfferText text) {
        if (code == null || !code.matches("[A-Z0-9_]{2,40}")) {
            throw new InvalidInputException("code", "must be 2 to 40 capital letters, digits or underscores");
        }
        Offer offer = Offer.findById(code, LockModeType.PESSIMISTIC_WRITE);
        boolean created = offer == null;
        if (created) {
            offer = new Offer();
            offer.code = code;
            offer.position = text.position() != null ? text.position()
                    : Offer.<Offer>findAll().stream().mapToInt(o -> o.position).max().orElse(0) + 10;
        } else if (text.position() != null) {
            offer.position = text.position();
        }
        offer.name = text.name().strip();
        offer.provider = text.provider().strip();
        offer.howToReach = text.howToReach().strip();
        offer.suits = text.suits().strip();
        offer.active = text.active() == null || text.active();
        offer.updatedAt = clock.instant();
        offer.updatedBy = caller.email();
        if (created) {
            offer.persist();
        }
        audit.allowed(caller.actor(), AuditAction.OFFER_CHANGED, null, code, created ? "offer added" : "offer changed");
        return new Saved(offer, created);
    }

    public record Saved(Offer offer, boolean created) {
    }
}
