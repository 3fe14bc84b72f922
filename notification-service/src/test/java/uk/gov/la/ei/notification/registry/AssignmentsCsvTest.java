package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentsCsvTest {

    @Test
    void readsGoodRows() {
        CsvReadResult<Assignment> result = AssignmentsCsv.read(new StringReader("""
                urn,sim_name,sim_email,ai_name,ai_email
                116123,Mark Fenwick,mark.fenwick@hants-ei.example,Gareth Price,gareth.price@hants-ei.example
                137801, Claire Dubois ,claire.dubois@hants-ei.example,,
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Assignment("116123", "Mark Fenwick", "mark.fenwick@hants-ei.example", "Gareth Price",
                        "gareth.price@hants-ei.example"),
                new Assignment("137801", "Claire Dubois", "claire.dubois@hants-ei.example", null, null));
        assertThat(result.rows().get(0).hasAttachedInspector()).isTrue();
        assertThat(result.rows().get(1).hasAttachedInspector()).isFalse();
    }

    @Test
    void findsColumnsByNameInAnyOrderAndIgnoresExtraColumns() {
        CsvReadResult<Assignment> result = AssignmentsCsv.read(new StringReader("""
                ai_email,AI_Name,notes,sim_email,sim_name,URN
                gareth.price@hants-ei.example,Gareth Price,federation,mark.fenwick@hants-ei.example,Mark Fenwick,116123
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Assignment::urn, Assignment::aiName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("116123", "Gareth Price"));
    }

    @Test
    void reportsBadRowsWithLineAndColumnAndKeepsTheGoodOnes() {
        CsvReadResult<Assignment> result = AssignmentsCsv.read(new StringReader("""
                urn,sim_name,sim_email,ai_name,ai_email
                116123,Mark Fenwick,mark.fenwick@hants-ei.example,Gareth Price,gareth.price@hants-ei.example
                11612,Mark Fenwick,mark.fenwick@hants-ei.example,Gareth Price,gareth.price@hants-ei.example
                115987,,mark.fenwick@hants-ei.example,Gareth Price,gareth.price@hants-ei.example
                115802,Priya Raman,priya.raman-at-hants-ei.example,Harriet Lyle,harriet.lyle@hants-ei.example
                115803,Priya Raman,priya.raman@hants-ei.example,Harriet Lyle,
                116123,Mark Fenwick,mark.fenwick@hants-ei.example,Gareth Price,gareth.price@hants-ei.example
                116340,Priya Raman,priya.raman@hants-ei.example
                116701,Claire Dubois,claire.dubois@hants-ei.example,Nadia Karim,nadia.karim@hants-ei.example
                """));
        assertThat(result.rows()).extracting(Assignment::urn).containsExactly("116123", "116701");
        assertThat(result.errors()).containsExactly(
                new RowError(3, "urn", "URN '11612' is not 6 or 7 digits"),
                new RowError(4, "sim_name", "SIM name is missing"),
                new RowError(5, "sim_email", "'priya.raman-at-hants-ei.example' is not an e-mail address"),
                new RowError(6, "ai_email", "attached inspector's e-mail address is missing (ai_name is given)"),
                new RowError(7, "urn", "URN 116123 is assigned again (first on line 2)"),
                new RowError(8, null, "row has 3 field(s) but the header has 5"));
        assertThat(result.errors().get(0)).hasToString("line 3, column urn: URN '11612' is not 6 or 7 digits");
    }

    @Test
    void refusesAHeaderWithoutItsColumns() {
        assertThatThrownBy(() -> AssignmentsCsv.read(new StringReader("urn,sim,sim_email\n116123,a,b@c.example\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim_name")
                .hasMessageContaining("ai_name")
                .hasMessageContaining("ai_email")
                .hasMessageContaining("urn,sim_name,sim_email,ai_name,ai_email");
        assertThatThrownBy(() -> AssignmentsCsv.read(new StringReader("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void readsAFileSavedByExcelWithAByteOrderMarkOrInWindows1252(@TempDir Path dir) throws IOException {
        String text = "urn,sim_name,sim_email,ai_name,ai_email\r\n"
                + "116123,Zoë Fenwick,zoe.fenwick@hants-ei.example,,\r\n";
        Path utf8 = dir.resolve("utf8.csv");
        Files.writeString(utf8, "\uFEFF" + text);
        Path ansi = dir.resolve("ansi.csv");
        Files.write(ansi, text.getBytes(Charset.forName("windows-1252")));

        assertThat(AssignmentsCsv.read(utf8).rows()).extracting(Assignment::simName).containsExactly("Zoë Fenwick");
        assertThat(AssignmentsCsv.read(ansi).rows()).extracting(Assignment::simName).containsExactly("Zoë Fenwick");
    }
}
