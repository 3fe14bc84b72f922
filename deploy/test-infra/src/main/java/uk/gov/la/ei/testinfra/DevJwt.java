package uk.gov.la.ei.testinfra;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Signs tokens with the development key pair in {@code dev-jwt/}: for the tests and the local stack
 * only. Roles travel in the {@code groups} claim, as MicroProfile JWT expects.
 */
public final class DevJwt {

    public static final String ISSUER = "https://dev.inspection-support.local";
    /** The audience every service requires (mp.jwt.verify.audiences); a token for another audience is refused. */
    public static final String AUDIENCE = "inspection-support";
    public static final String PUBLIC_KEY_RESOURCE = "dev-jwt/public-key.pem";
    private static final String PRIVATE_KEY_RESOURCE = "dev-jwt/private-key.pem";
    private static volatile PrivateKey privateKey;

    private DevJwt() {
    }

    /** A token for a person with one or more roles, valid for {@code validity}. */
    public static String token(String email, String name, Duration validity, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(email)
                .subject(email)
                .claim("email", email)
                .claim("name", name)
                .groups(Set.of(roles))
                .expiresIn(validity)
                .sign(privateKey());
    }

    public static String token(String email, String... roles) {
        return token(email, email, Duration.ofHours(1), roles);
    }

    /** The public key as PEM text, for writing to a file a service can read. */
    public static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    private static PrivateKey privateKey() {
        if (privateKey == null) {
            String pem = resource(PRIVATE_KEY_RESOURCE)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            try {
                privateKey = KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("bad development key", e);
            }
        }
        return privateKey;
    }

    private static String resource(String name) {
        try (InputStream in = DevJwt.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
