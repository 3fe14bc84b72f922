package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import uk.gov.la.ei.notification.registry.LaContact.Phase;
import uk.gov.la.ei.notification.registry.LaContact.Role;

class LaContactsCsvTest {

    @Test
    void readsCemsAndShmis() {
        CsvReadResult<LaContact> result = LaContactsCsv.read(new StringReader("""
                role,phase,name,email
                cem,PRIMARY,Susan Hartley,susan.hartley@hants-ei.example
                CEM,secondary,James Whitaker,james.whitaker@hants-ei.example
                cem,SPECIAL,Angela Moss,angela.moss@hants-ei.example
                cem,DUTY,Robert Castleton,robert.castleton@hants-ei.example
                shmi,PRIMARY,Eleanor Briggs,eleanor.briggs@ofsted.example
                shmi,,Lucy Tranter,lucy.tranter@ofsted.example
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new LaContact(Role.CEM, Phase.PRIMARY, "Susan Hartley", "susan.hartley@hants-ei.example"),
                new LaContact(Role.CEM, Phase.SECONDARY, "James Whitaker", "james.whitaker@hants-ei.example"),
                new LaContact(Role.CEM, Phase.SPECIAL, "Angela Moss", "angela.moss@hants-ei.example"),
                new LaContact(Role.CEM, Phase.DUTY, "Robert Castleton", "robert.castleton@hants-ei.example"),
                new LaContact(Role.SHMI, Phase.PRIMARY, "Eleanor Briggs", "eleanor.briggs@ofsted.example"),
                new LaContact(Role.SHMI, null, "Lucy Tranter", "lucy.tranter@ofsted.example"));
    }

    @Test
    void reportsBadRows() {
        CsvReadResult<LaContact> result = LaContactsCsv.read(new StringReader("""
                role,phase,name,email
                cem,DUTY,Robert Castleton,robert.castleton@hants-ei.example
                sim,PRIMARY,Someone,someone@hants-ei.example
                cem,,Susan Hartley,susan.hartley@hants-ei.example
                cem,NURSERY,Angela Moss,angela.moss@hants-ei.example
                shmi,DUTY,Eleanor Briggs,eleanor.briggs@ofsted.example
                shmi,,,lucy.tranter
                """));
        assertThat(result.rows()).extracting(LaContact::name).containsExactly("Robert Castleton");
        assertThat(result.errors()).containsExactly(
                new RowError(3, "role", "'sim' is not cem or shmi"),
                new RowError(4, "phase", "a CEM needs a phase: one of PRIMARY, SECONDARY, SPECIAL, ALL, DUTY"),
                new RowError(5, "phase", "'NURSERY' is not one of PRIMARY, SECONDARY, SPECIAL, ALL, DUTY"),
                new RowError(6, "phase", "DUTY is for the CEM on duty, not for an SHMI"),
                new RowError(7, "name", "name is missing"),
                new RowError(7, "email", "'lucy.tranter' is not an e-mail address"));
    }

    @Test
    void warnsWhenNobodyIsOnDutyForUnknownUrns() {
        CsvReadResult<LaContact> result = LaContactsCsv.read(new StringReader("""
                role,phase,name,email
                cem,PRIMARY,Susan Hartley,susan.hartley@hants-ei.example
                """));
        assertThat(result.rows()).hasSize(1);
        assertThat(result.errors()).containsExactly(new RowError(0, "phase",
                "no CEM with phase DUTY: notices for unknown URNs would have nobody to go to"));
        assertThat(result.errors().get(0).toString()).startsWith("file, column phase: ");
    }

    @Test
    void refusesAHeaderWithoutItsColumns() {
        assertThatThrownBy(() -> LaContactsCsv.read(new StringReader("role,name,email\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing column(s) phase");
    }
}
