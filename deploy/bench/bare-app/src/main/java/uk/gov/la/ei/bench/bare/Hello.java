package uk.gov.la.ei.bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The whole of the bare app: one JSON endpoint on Quarkus REST. The benchmark starts it beside the four
 * services, with the same JVM settings, so their start time and memory are read against what Quarkus itself costs.
 */
@Path("/hello")
public class Hello {

    public record Greeting(String message) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting hello() {
        return new Greeting("hello");
    }
}
