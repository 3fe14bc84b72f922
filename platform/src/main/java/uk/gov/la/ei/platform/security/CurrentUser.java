package uk.gov.la.ei.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Who is calling, read from the verified token: an e-mail identifies an officer throughout the system. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken jwt;

    public String email() {
        Object email = jwt.getClaim("email");
        if (email != null) {
            return email.toString().toLowerCase();
        }
        return jwt.getName() == null ? null : jwt.getName().toLowerCase();
    }

    public String name() {
        Object name = jwt.getClaim("name");
        return name == null ? email() : name.toString();
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }
}
