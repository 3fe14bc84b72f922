package uk.gov.la.ei.wellbeing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.ServiceChassisContract;

import java.util.Map;

/** This service stands on the chassis: health, security, API description, outbox, bounds, role table (see the contract). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ChassisTest extends ServiceChassisContract {

    /**
     * referral_tally is written by SQL (RetentionJob): a period is yyyy-mm; the longest metric is
     * "offer." + an offer code (40). signposting_offer.offer_code is an element collection (not a String
     * attribute the contract can see): each element is @Size(max = 40) and must be an existing offer code.
     */
    @Override
    protected Map<String, Integer> columnsWrittenBySql() {
        return Map.of(
                "referral_tally.period", 7,
                "referral_tally.metric", "offer.".length() + 40,
                "signposting_offer.offer_code", 40);
    }

    @Override
    protected java.util.List<String> businessMetrics() {
        return java.util.List.of("checkins_overdue", "signposting_overdue");
    }
}
