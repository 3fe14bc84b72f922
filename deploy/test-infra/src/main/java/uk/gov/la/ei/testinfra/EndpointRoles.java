package uk.gov.la.ei.testinfra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of (endpoint, roles allowed) a service is tested against: the chassis's endpoints
 * ({@code platform-endpoint-roles.txt}) and the service's own ({@code endpoint-roles.txt} in its test
 * resources). Written by hand from DOMAIN.md's roles, never derived from the code, so that a dropped or
 * widened {@code @RolesAllowed} – or a new endpoint nobody listed – fails the build.
 */
final class EndpointRoles {

    /** Every role of DOMAIN.md (platform Roles). */
    static final List<String> ALL_ROLES = List.of("sim", "attached-inspector", "cem", "senior-officer",
            "governor-services", "wellbeing-officer", "notice-publisher", "ops");

    private EndpointRoles() {
    }

    /** "GET /api/v1/x/{id}" to the roles allowed, in table order. */
    static Map<String, Set<String>> table() {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        read("platform-endpoint-roles.txt", table, true);
        read("endpoint-roles.txt", table, false);
        return table;
    }

    private static void read(String resource, Map<String, Set<String>> table, boolean required) {
        try (InputStream in = EndpointRoles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("missing " + resource);
                }
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalStateException(resource + ": expected 'METHOD /path roles', got: " + line);
                }
                Set<String> roles = new LinkedHashSet<>();
                for (String role : parts[2].split(",")) {
                    if (role.equals("any")) {
                        roles.addAll(ALL_ROLES);
                    } else if (ALL_ROLES.contains(role)) {
                        roles.add(role);
                    } else {
                        throw new IllegalStateException(resource + ": unknown role " + role + " in: " + line);
                    }
                }
                String key = parts[0].toUpperCase() + " " + parts[1];
                if (table.put(key, roles) != null) {
                    throw new IllegalStateException(resource + ": " + key + " listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(String::compareTo);
        return list;
    }
}
