package uk.gov.la.ei.localstack;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The people behind the development tokens are the ones the sample data names for URN 116123. */
class DevPeopleTest {

    private static final Path SAMPLE_DATA = Path.of("../sample-data");

    @Test
    void theSimAndAttachedInspectorOfTheExampleSchoolAndThePrimaryCem() {
        Map<String, DevPeople.Person> people = DevPeople.forRoles(SAMPLE_DATA);
        assertThat(people.keySet()).containsExactlyElementsOf(DevPeople.ROLES);
        assertThat(people.get("sim").email()).isEqualTo("mark.fenwick@hants-ei.example");
        assertThat(people.get("attached-inspector").email()).isEqualTo("gareth.price@hants-ei.example");
        assertThat(people.get("cem").email()).isEqualTo("susan.hartley@hants-ei.example");
        assertThat(people.values()).allSatisfy(p -> assertThat(p.email()).endsWith("@hants-ei.example"));
    }

    @Test
    void aTokenCarriesThePersonAndTheRoleInTheGroupsClaim() {
        DevPeople.Person sim = DevPeople.forRoles(SAMPLE_DATA).get("sim");
        String[] parts = Token.sign(sim).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"upn\":\"mark.fenwick@hants-ei.example\"", "\"groups\":[\"sim\"]",
                "\"iss\":\"https://dev.inspection-support.local\"");
    }

    @Test
    void withoutTheSampleFilesTheSamePeopleAreUsed() {
        Map<String, DevPeople.Person> people = DevPeople.forRoles(Path.of("does-not-exist"));
        assertThat(people.get("sim").name()).isEqualTo("Mark Fenwick");
        assertThat(people.get("cem").name()).isEqualTo("Susan Hartley");
    }
}
