package uk.gov.la.ei.supporttracking;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.ServiceChassisContract;

/** This service stands on the chassis: health, security, API description, outbox (see the contract). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ChassisTest extends ServiceChassisContract {

    @Override
    protected java.util.List<String> businessMetrics() {
        return java.util.List.of("concerns_open");
    }
}
