package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national-sized extract (about 51,000 rows, like the real file) read end to end. No timing
 * assertions: this checks that every row is accounted for at that size.
 */
class GiasCsvReaderLargeFileTest {

    private static final int ROWS = 50_000;

    @Test
    void readsANationalSizedExtract(@TempDir Path dir) throws IOException {
        List<CSVRecord> fixture = GiasFixture.records();
        List<String> header = fixture.get(0).toList();
        List<String> template = fixture.get(1).toList(); // 116123, LA 850, community school, open
        int urn = header.indexOf("URN");
        int la = header.indexOf("LA (code)");
        int status = header.indexOf("EstablishmentStatus (name)");
        int name = header.indexOf("EstablishmentName");

        Path file = dir.resolve("edubasealldata20251103.csv");
        int expectedKept = 0;
        int expectedOtherLa = 0;
        int expectedClosed = 0;
        int expectedRejected = 0;
        try (Writer out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            out.write(GiasCsvReaderTest.quoted(header));
            out.write("\r\n");
            for (int i = 0; i < ROWS; i++) {
                List<String> row = new ArrayList<>(template);
                row.set(urn, Integer.toString(100000 + i));
                row.set(name, "School number " + i + ", Zoë's");
                if (i % 50 != 0) { // one row in fifty is in LA 850, as for a large county
                    row.set(la, Integer.toString(201 + i % 600));
                    expectedOtherLa++;
                } else if (i % 200 == 0) {
                    row.set(status, "Closed");
                    expectedClosed++;
                } else if (i % 450 == 0) {
                    row.set(urn, "X" + i);
                    expectedRejected++;
                } else {
                    expectedKept++;
                }
                out.write(GiasCsvReaderTest.quoted(row));
                out.write("\r\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(30_000_000L);

        Set<String> urns = new HashSet<>();
        long[] withFederation = {0};
        ImportSummary summary = new GiasCsvReader().read(file, "850", e -> {
            urns.add(e.urn());
            if (e.inFederation()) {
                withFederation[0]++;
            }
        });

        assertThat(summary.rowsRead()).isEqualTo(ROWS);
        assertThat(summary.kept()).isEqualTo(expectedKept);
        assertThat(summary.skippedOtherLa()).isEqualTo(expectedOtherLa);
        assertThat(summary.skippedClosed()).isEqualTo(expectedClosed);
        assertThat(summary.rejected()).isEqualTo(expectedRejected);
        assertThat(urns).hasSize(expectedKept).contains("100050", "100100");
        assertThat(withFederation[0]).isEqualTo(expectedKept);
    }
}
