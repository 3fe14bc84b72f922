package uk.gov.la.ei.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service that accepts tokens must know whose signature, which issuer and which audience to trust:
 * without an audience any token the identity provider issued for another application would do. Outside
 * dev and test, a start without them fails here, naming what to set.
 */
@ApplicationScoped
public class JwtSettingsCheck {

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = missing(ConfigProvider.getConfig());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Token verification is not configured: set " + String.join(", ", missing)
                    + ". For Entra ID: JWT_PUBLIC_KEY_LOCATION=https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys, "
                    + "JWT_ISSUER=https://login.microsoftonline.com/<tenant>/v2.0, JWT_AUDIENCE=<the API's application ID URI or client id>, "
                    + "SMALLRYE_JWT_PATH_GROUPS=roles. For Keycloak: JWT_PUBLIC_KEY_LOCATION=https://<host>/realms/<realm>/protocol/openid-connect/certs, "
                    + "JWT_ISSUER=https://<host>/realms/<realm>, JWT_AUDIENCE=<client id> (add an audience mapper to the client).");
        }
    }

    static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        require(config, "mp.jwt.verify.publickey.location", "JWT_PUBLIC_KEY_LOCATION", missing);
        require(config, "mp.jwt.verify.issuer", "JWT_ISSUER", missing);
        require(config, "mp.jwt.verify.audiences", "JWT_AUDIENCE", missing);
        return missing;
    }

    private static void require(Config config, String property, String variable, List<String> missing) {
        Optional<String> value = config.getOptionalValue(property, String.class);
        if (value.isEmpty() || value.get().isBlank()) {
            missing.add(variable + " (" + property + ")");
        }
    }
}
