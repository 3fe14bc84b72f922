package uk.gov.la.ei.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.ServiceChassisContract;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class ChassisTest extends ServiceChassisContract {

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
}
