package uk.gov.la.ei.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds each role in the local stack, so a token means somebody the sample data knows: the SIM
 * and attached inspector of URN 116123 (the school of DOMAIN.md's example notice) from
 * {@code assignments.csv}, the primary County Education Manager from {@code la-contacts.csv}, and
 * invented {@code @hants-ei.example} people for the roles the sample data does not name.
 */
public final class DevPeople {

    /** The school of DOMAIN.md's example notice. */
    public static final String EXAMPLE_URN = "116123";

    /** The roles of DOMAIN.md, in the order the banner lists them. */
    public static final List<String> ROLES = List.of("sim", "attached-inspector", "cem", "senior-officer",
            "governor-services", "wellbeing-officer", "notice-publisher", "ops");

    public record Person(String role, String name, String email) {
    }

    private DevPeople() {
    }

    /** One person per role; the sample-data files are read if they are there. */
    public static Map<String, Person> forRoles(Path sampleDataDir) {
        Map<String, Person> people = new LinkedHashMap<>();
        Optional<Map<String, String>> assignment = row(sampleDataDir.resolve("assignments.csv"), "urn", EXAMPLE_URN);
        Optional<Map<String, String>> cem = row(sampleDataDir.resolve("la-contacts.csv"), "phase", "PRIMARY")
                .filter(r -> "cem".equalsIgnoreCase(r.get("role")));
        people.put("sim", new Person("sim",
                assignment.map(r -> r.get("sim_name")).orElse("Mark Fenwick"),
                assignment.map(r -> r.get("sim_email")).orElse("mark.fenwick@hants-ei.example")));
        people.put("attached-inspector", new Person("attached-inspector",
                assignment.map(r -> r.get("ai_name")).filter(s -> !s.isBlank()).orElse("Gareth Price"),
                assignment.map(r -> r.get("ai_email")).filter(s -> !s.isBlank()).orElse("gareth.price@hants-ei.example")));
        people.put("cem", new Person("cem",
                cem.map(r -> r.get("name")).orElse("Susan Hartley"),
                cem.map(r -> r.get("email")).orElse("susan.hartley@hants-ei.example")));
        people.put("senior-officer", new Person("senior-officer", "Catherine Wardell", "catherine.wardell@hants-ei.example"));
        people.put("governor-services", new Person("governor-services", "Nadia Okafor", "nadia.okafor@hants-ei.example"));
        people.put("wellbeing-officer", new Person("wellbeing-officer", "Eleanor Quinn", "eleanor.quinn@hants-ei.example"));
        people.put("notice-publisher", new Person("notice-publisher", "Ofsted inbox (council system)",
                "ofsted-inbox@hants-ei.example"));
        people.put("ops", new Person("ops", "Operations team", "ei-operations@hants-ei.example"));
        return people;
    }

    /**
     * The first row of a small, unquoted CSV file whose {@code column} equals {@code value}, as
     * header → field. The sample files are plain ASCII without quoted commas (their README says so).
     */
    static Optional<Map<String, String>> row(Path csv, String column, String value) {
        if (!Files.isRegularFile(csv)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::trim).toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.length ? fields[i].trim() : "");
                }
                if (value.equalsIgnoreCase(row.get(column))) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
