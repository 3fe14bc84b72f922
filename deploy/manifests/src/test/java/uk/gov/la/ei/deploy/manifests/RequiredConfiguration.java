package uk.gov.la.ei.deploy.manifests;

import java.util.List;

/**
 * The environment every service needs in production (README "Configuration"; platform's
 * microprofile-config.properties reads these names). A deployment that leaves one out starts with a
 * localhost default (Kafka, database, SMTP) or refuses to start (JWT).
 */
final class RequiredConfiguration {

    /** Shared by all four services, not secret: a ConfigMap (Kubernetes), services.env (compose). */
    static final List<String> SHARED = List.of(
            "KAFKA_BOOTSTRAP_SERVERS",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "JWT_PUBLIC_KEY_LOCATION",
            "JWT_ISSUER",
            "JWT_AUDIENCE",
            "SMTP_HOST",
            "SMTP_PORT",
            "MAIL_FROM");

    /** Each service's own, secret: a Secret per service (Kubernetes), its own environment (compose). */
    static final List<String> PER_SERVICE_SECRET = List.of(
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD");

    private RequiredConfiguration() {
    }
}
