package uk.gov.la.ei.feedback;

import io.quarkus.test.common.QuarkusTestResource;
import uk.gov.la.ei.feedback.domain.template.TemplateRules;
import java.util.Map;
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

    /**
     * A template fingerprint's id is part of its composite key (which the column check does not read);
     * it is a template id, which TemplateRules keeps to MAX_ID characters before anything is stored.
     */
    @Override
    protected Map<String, Integer> columnsWrittenBySql() {
        return Map.of("template_fingerprint.template_id", TemplateRules.MAX_ID);
    }
}
