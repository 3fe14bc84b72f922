package uk.gov.la.ei.feedback;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.ServiceChassisContract;
import uk.gov.la.ei.testinfra.SmtpTestServer;

/** This service stands on the chassis: health, security, API description, outbox (see the contract). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
// the same resources as every other test class here: one application start serves them all
@QuarkusTestResource(SmtpTestServer.class)
class ChassisTest extends ServiceChassisContract {
}
