package uk.gov.la.ei.notification.registry;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells the LA's files never hold and a spreadsheet or the database would mishandle (hostile-input corpus, issue
 * 10): a cell a spreadsheet would run as a formula, and control characters (a NUL cannot be stored at all). Each
 * refuses its row, naming the line and the column, so the file is refused before anything is stored.
 */
class HostileCellsTest {

    private static final String HEADER = "urn,sim_name,sim_email,ai_name,ai_email\n";

    @Test
    void aFormulaCellIsRefusedNamingLineAndColumn() {
        CsvReadResult<Assignment> read = AssignmentsCsv.read(new StringReader(HEADER
                + "115987,=HYPERLINK(\"http://evil.example\"),mark.fenwick@hants-ei.example,,\n"
                + "116123,Mark Fenwick,mark.fenwick@hants-ei.example,+cmd|'/c calc'!A1,gareth.price@hants-ei.example\n"
                + "116124,@SUM(1+1),mark.fenwick@hants-ei.example,,\n"));
        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).extracting(RowError::line, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "sim_name"),
                        org.assertj.core.groups.Tuple.tuple(3L, "ai_name"),
                        org.assertj.core.groups.Tuple.tuple(4L, "sim_name"));
        assertThat(read.errors().get(0).message()).contains("formula");
    }

    @Test
    void aNulOrOtherControlCharacterIsRefused() {
        CsvReadResult<SchoolContact> read = SchoolContactsCsv.read(new StringReader("urn,head_email,chair_name,chair_email\n"
                + "115987,head@school.example,Mar\u0000garet,chair@school.example\n"
                + "116123,head@school.example,Mar\u001Bgaret,chair@school.example\n"));
        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).extracting(RowError::column).containsExactly("chair_name", "chair_name");
        assertThat(read.errors().get(0).message()).contains("U+0000");
    }

    @Test
    void ordinaryValuesStillPass() {
        CsvReadResult<Assignment> read = AssignmentsCsv.read(new StringReader(HEADER
                + "115987,Mark Fenwick-Smith,mark.fenwick@hants-ei.example,O'Neil Price,o.price@hants-ei.example\n"));
        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).hasSize(1);
    }
}
