package uk.gov.la.ei.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.domain.Bounds;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.ServiceChassisContract;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class ChassisTest extends ServiceChassisContract {

    /** Written by SQL: the federation a coordinated pair shares (from the school's own bounded federation code). */
    @Override
    protected Map<String, Integer> columnsWrittenBySql() {
        return Map.of("coordinated_inspection.federation_code", Bounds.FEDERATION_CODE);
    }

    @Test
    void theApiDescriptionDocumentsThisServicesEndpointsAndTheirRoles() {
        given().auth().oauth2(sim()).accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/notices"))
                .body("paths", hasKey("/api/v1/inspections"))
                .body("paths", hasKey("/api/v1/inspections/{id}/acknowledgement"))
                .body("paths", hasKey("/api/v1/schools/{urn}"))
                .body("paths", hasKey("/api/v1/registry/gias"))
                .body("paths.'/api/v1/notices'.post.security.'bearer-jwt'", hasItem(hasItem("notice-publisher")));
    }

    @Override
    protected java.util.List<String> businessMetrics() {
        return java.util.List.of("notices_acknowledgement_overdue");
    }
}
