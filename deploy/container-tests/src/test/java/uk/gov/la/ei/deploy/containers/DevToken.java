package uk.gov.la.ei.deploy.containers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * A development token (RS256, deploy/test-infra's public development key pair, issuer and audience as
 * test-infra's DevJwt), signed with the JDK alone so this module needs nothing of the services' build.
 */
final class DevToken {

    static final String ISSUER = "https://dev.inspection-support.local";
    static final String AUDIENCE = "inspection-support";

    private DevToken() {
    }

    static Path publicKey() {
        return DockerAndImages.root().resolve("deploy/test-infra/src/main/resources/dev-jwt/public-key.pem");
    }

    static String sign(String email, String role) throws IOException, GeneralSecurityException {
        String pem = Files.readString(DockerAndImages.root().resolve("deploy/test-infra/src/main/resources/dev-jwt/private-key.pem"))
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + email + "\",\"upn\":\"" + email
                + "\",\"email\":\"" + email + "\",\"name\":\"" + email + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}";
        String unsigned = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + base64(rsa.sign());
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
