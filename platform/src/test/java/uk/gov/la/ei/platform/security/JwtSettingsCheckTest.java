package uk.gov.la.ei.platform.security;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A production start without the token settings fails, naming each one missing. */
class JwtSettingsCheckTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    @Test
    void everyMissingSettingIsNamedByItsEnvironmentVariable() {
        assertThat(JwtSettingsCheck.missing(config(Map.of())))
                .containsExactly("JWT_PUBLIC_KEY_LOCATION (mp.jwt.verify.publickey.location)",
                        "JWT_ISSUER (mp.jwt.verify.issuer)", "JWT_AUDIENCE (mp.jwt.verify.audiences)");
        assertThat(JwtSettingsCheck.missing(config(Map.of("mp.jwt.verify.publickey.location", "https://idp/keys",
                "mp.jwt.verify.issuer", "https://idp", "mp.jwt.verify.audiences", " "))))
                .containsExactly("JWT_AUDIENCE (mp.jwt.verify.audiences)");
        assertThat(JwtSettingsCheck.missing(config(Map.of("mp.jwt.verify.publickey.location", "https://idp/keys",
                "mp.jwt.verify.issuer", "https://idp", "mp.jwt.verify.audiences", "api://inspection-support")))).isEmpty();
    }
}
