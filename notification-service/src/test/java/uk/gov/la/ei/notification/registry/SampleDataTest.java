package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample data in deploy/sample-data is consistent: it imports cleanly and every school of
 * LA 850 has its people. Skipped when the module is built outside the repository.
 */
class SampleDataTest {

    private Path dir;

    @BeforeEach
    void findSampleData() {
        dir = Path.of("..", "deploy", "sample-data");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("deploy", "sample-data");
        }
        assumeTrue(Files.isDirectory(dir), "deploy/sample-data not found from " + Path.of("").toAbsolutePath());
    }

    @Test
    void theSampleExtractImportsCleanlyForHampshire() {
        Map<String, GiasEstablishment> schools = new HashMap<>();
        ImportSummary summary = new GiasCsvReader().read(dir.resolve("edubasealldata-sample.csv"), "850",
                e -> schools.put(e.urn(), e));

        assertThat(summary.rejected()).isZero();
        assertThat(summary.skippedOtherLa()).isPositive();
        assertThat(summary.skippedClosed()).isPositive();
        assertThat(summary.kept()).isBetween(35L, 50L);
        assertThat(schools.get("116123").name()).isEqualTo("Example Primary School");
        assertThat(schools.get("116123").category()).isEqualTo(EstablishmentCategory.MAINTAINED);
        assertThat(schools.values()).extracting(GiasEstablishment::category).contains(EstablishmentCategory.values());

        Map<String, List<String>> federations = schools.values().stream().filter(GiasEstablishment::inFederation)
                .collect(Collectors.groupingBy(GiasEstablishment::federationCode,
                        Collectors.mapping(GiasEstablishment::urn, Collectors.toList())));
        assertThat(federations).hasSize(2);
        assertThat(federations.get(schools.get("116123").federationCode())).hasSize(2).contains("116123");
        assertThat(federations.values()).anySatisfy(members -> assertThat(members).hasSize(3));

        Set<String> districts = schools.values().stream().map(GiasEstablishment::district).collect(Collectors.toSet());
        assertThat(districts).hasSize(11);

        CsvReadResult<Assignment> assignments = AssignmentsCsv.read(dir.resolve("assignments.csv"));
        assertThat(assignments.errors()).isEmpty();
        Set<String> assigned = assignments.rows().stream().map(Assignment::urn).collect(Collectors.toSet());
        assertThat(assigned).isEqualTo(schools.keySet());
        assertThat(assignments.rows()).allMatch(Assignment::hasAttachedInspector);

        CsvReadResult<Categorisation> categorisations = CategorisationCsv.read(dir.resolve("categorisation.csv"));
        assertThat(categorisations.errors()).isEmpty();
        Set<String> categorised = categorisations.rows().stream().map(Categorisation::urn).collect(Collectors.toSet());
        Set<String> maintainedOpen = schools.values().stream()
                .filter(s -> s.category().isLaMaintained() && s.category() != EstablishmentCategory.NEW_SCHOOL)
                .map(GiasEstablishment::urn).collect(Collectors.toSet());
        assertThat(categorised).isEqualTo(maintainedOpen);
        assertThat(categorisations.rows()).extracting(Categorisation::categorisation)
                .contains(LaCategorisation.values());

        CsvReadResult<LaContact> contacts = LaContactsCsv.read(dir.resolve("la-contacts.csv"));
        assertThat(contacts.errors()).isEmpty();
        assertThat(contacts.rows()).filteredOn(c -> c.role() == LaContact.Role.SHMI).hasSize(3);
        assertThat(contacts.rows()).extracting(LaContact::phase)
                .contains(LaContact.Phase.PRIMARY, LaContact.Phase.SECONDARY, LaContact.Phase.SPECIAL, LaContact.Phase.DUTY);

        CsvReadResult<SchoolContact> schoolContacts = SchoolContactsCsv.read(dir.resolve("school-contacts.csv"));
        assertThat(schoolContacts.errors()).isEmpty();
        assertThat(schoolContacts.rows()).extracting(SchoolContact::urn).containsExactlyInAnyOrderElementsOf(schools.keySet());
    }
}
