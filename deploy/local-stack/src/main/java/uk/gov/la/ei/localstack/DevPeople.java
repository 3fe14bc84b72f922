package uk.gov.la.ei.localstack;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The first row of a sample-data CSV file whose {@code column} equals {@code value}, as header → field. */
    static Optional<Map<String, String>> row(Path csv, String column, String value) {
        if (!Files.isRegularFile(csv)) {
            return Optional.empty();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord record : parser) {
                if (record.isMapped(column) && value.equalsIgnoreCase(record.get(column))) {
                    return Optional.of(record.toMap());
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
