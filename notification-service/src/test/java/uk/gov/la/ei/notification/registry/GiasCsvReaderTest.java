package uk.gov.la.ei.notification.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GiasCsvReaderTest {

    private final GiasCsvReader reader = new GiasCsvReader();
    private final Map<String, GiasEstablishment> kept = new LinkedHashMap<>();
    private ImportSummary summary;

    @BeforeEach
    void readFixture() {
        summary = reader.read(GiasFixture.open(), "850", e -> kept.put(e.urn(), e));
    }

    @Test
    void theFixtureHasTheFullPublishedHeader() {
        List<String> header = GiasFixture.header();
        assertThat(header).hasSize(135);
        assertThat(header.subList(0, 5)).containsExactly("URN", "LA (code)", "LA (name)", "EstablishmentNumber",
                "EstablishmentName");
        assertThat(header).containsAll(GiasCsvReader.REQUIRED_COLUMNS);
        assertThat(header).endsWith("MSOA (code)", "LSOA (code)", "FSM", "AccreditationExpiryDate");
    }

    @Test
    void countsEveryRowAsKeptSkippedOrRejected() {
        assertThat(summary.rowsRead()).isEqualTo(17);
        assertThat(summary.kept()).isEqualTo(12);
        assertThat(summary.skippedOtherLa()).isEqualTo(2);
        assertThat(summary.skippedClosed()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.kept() + summary.skippedOtherLa() + summary.skippedClosed() + summary.rejected())
                .isEqualTo(summary.rowsRead());
        assertThat(kept).hasSize(12).doesNotContainKeys("115555", "116107", "116277", "130700");
    }

    @Test
    void rejectionsNameTheLineAndTheReason() {
        assertThat(summary.rejectionReasons()).containsExactly(
                "line 14: URN 130700: establishment type 'Further education' (group 'Colleges') is not one this "
                        + "service supports",
                "line 15: URN '11612A' is not 6 or 7 digits");
    }

    @Test
    void placesEachSchoolInTheLasCategory() {
        Map<String, EstablishmentCategory> categories = kept.values().stream()
                .collect(Collectors.toMap(GiasEstablishment::urn, GiasEstablishment::category));
        assertThat(categories).containsEntry("116123", EstablishmentCategory.MAINTAINED) // community
                .containsEntry("115987", EstablishmentCategory.MAINTAINED) // voluntary controlled
                .containsEntry("116011", EstablishmentCategory.MAINTAINED) // voluntary aided
                .containsEntry("116288", EstablishmentCategory.MAINTAINED) // open, but proposed to close
                .containsEntry("137801", EstablishmentCategory.ACADEMY) // academy converter
                .containsEntry("142101", EstablishmentCategory.ACADEMY) // academy special converter
                .containsEntry("151002", EstablishmentCategory.ACADEMY) // academy converter, proposed to open
                .containsEntry("141990", EstablishmentCategory.FREE_SCHOOL)
                .containsEntry("116530", EstablishmentCategory.SPECIAL)
                .containsEntry("135720", EstablishmentCategory.PRU)
                .containsEntry("150201", EstablishmentCategory.NEW_SCHOOL) // community, proposed to open
                .containsEntry("116900", EstablishmentCategory.INDEPENDENT);
    }

    @Test
    void readsTheSchoolTheDomainExampleNoticeIsAbout() {
        GiasEstablishment example = kept.get("116123");
        assertThat(example.name()).isEqualTo("Example Primary School");
        assertThat(example.laCode()).isEqualTo("850");
        assertThat(example.typeOfEstablishment()).isEqualTo("Community school");
        assertThat(example.typeGroup()).isEqualTo("Local authority maintained schools");
        assertThat(example.status()).isEqualTo("Open");
        assertThat(example.phase()).isEqualTo("Primary");
        assertThat(example.district()).isEqualTo("Winchester");
        assertThat(example.postcode()).isEqualTo("SO23 6ZZ");
        assertThat(example.telephone()).isEqualTo("01632960123");
        assertThat(example.schoolWebsite()).isEqualTo("https://www.example-primary.school.example");
    }

    @Test
    void readsFederationMembership() {
        GiasEstablishment example = kept.get("116123");
        GiasEstablishment partner = kept.get("115987");
        assertThat(example.federationFlag()).isEqualTo(GiasEstablishment.FEDERATION_FLAG_SUPPORTED);
        assertThat(example.inFederation()).isTrue();
        assertThat(example.federationCode()).isEqualTo("FED0850101").isEqualTo(partner.federationCode());
        assertThat(example.federationName()).isEqualTo("The Example and Hillside Federation");

        GiasEstablishment notFederated = kept.get("116288");
        assertThat(notFederated.federationFlag()).isEqualTo("Not under a federation");
        assertThat(notFederated.inFederation()).isFalse();
        assertThat(notFederated.federationCode()).isNull();
        assertThat(notFederated.federationName()).isNull();
        assertThat(kept.get("137801").federationFlag()).isEqualTo("Not applicable");
    }

    @Test
    void readsTheHeadteacher() {
        GiasEstablishment example = kept.get("116123");
        assertThat(example.headTitle()).isEqualTo("Mrs");
        assertThat(example.headFirstName()).isEqualTo("Helen");
        assertThat(example.headLastName()).isEqualTo("Marchetti");
        assertThat(example.headFullName()).isEqualTo("Mrs Helen Marchetti");
        // the executive headteacher of a federation leads both schools
        assertThat(kept.get("115987").headFullName()).isEqualTo("Mrs Helen Marchetti");
    }

    @Test
    void aSchoolNotYetOpenMayHaveNoHeadteacher() {
        GiasEstablishment proposed = kept.get("150201");
        assertThat(proposed.headTitle()).isNull();
        assertThat(proposed.headFirstName()).isNull();
        assertThat(proposed.headFullName()).isNull();
    }

    @Test
    void decodesTheWindows1252FileAsPublished() {
        assertThat(kept.get("116530").headFirstName()).isEqualTo("Zoë");
    }

    @Test
    void keepsTextFieldsWithCommasAndApostrophes() {
        assertThat(kept.get("116011").name()).isEqualTo("Alder Green Church of England Infant School, Fleet");
    }

    @Test
    void parsesGiasDates() {
        assertThat(kept.get("137801").openDate()).isEqualTo(LocalDate.of(2012, 4, 1));
        assertThat(kept.get("150201").openDate()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(kept.get("116123").openDate()).isNull(); // GIAS has no open date for many older schools
    }

    @Test
    void parsesDatesInTheShapesAFileCanArriveIn() {
        assertThat(GiasCsvReader.parseDate("01-09-2027")).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(GiasCsvReader.parseDate("01/09/2027")).isEqualTo(LocalDate.of(2027, 9, 1)); // re-saved by Excel
        assertThat(GiasCsvReader.parseDate("2027-09-01")).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(GiasCsvReader.parseDate("")).isNull();
        assertThat(GiasCsvReader.parseDate("31-02-2020")).isNull();
        assertThat(GiasCsvReader.parseDate("1-9-2027")).isNull();
        assertThat(GiasCsvReader.parseDate("ab-cd-efgh")).isNull();
    }

    @Test
    void keepsOnlyTheRequestedLa() {
        List<GiasEstablishment> southampton = new ArrayList<>();
        ImportSummary other = reader.read(GiasFixture.open(), "852", southampton::add);
        assertThat(other.kept()).isEqualTo(1);
        assertThat(other.skippedOtherLa()).isEqualTo(16);
        assertThat(southampton).extracting(GiasEstablishment::urn).containsExactly("116107");
    }

    @Test
    void refusesAHeaderWithoutTheColumnsItNeeds() {
        String header = GiasFixture.header().stream()
                .filter(c -> !c.equals("FederationFlag (name)") && !c.equals("DistrictAdministrative (name)"))
                .map(c -> '"' + c + '"')
                .collect(Collectors.joining(","));
        assertThatThrownBy(() -> reader.read(new StringReader(header + "\n"), "850", e -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FederationFlag (name)")
                .hasMessageContaining("DistrictAdministrative (name)")
                .hasMessageNotContaining("EstablishmentName");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> reader.read(new StringReader(""), "850", e -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void findsColumnsByNameNotPosition() throws IOException {
        List<CSVRecord> records = GiasFixture.records();
        int n = records.get(0).size();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (CSVRecord record : records) {
                List<String> reversed = new ArrayList<>(record.toList());
                java.util.Collections.reverse(reversed);
                assertThat(reversed).hasSize(n);
                printer.printRecord(reversed);
            }
        }
        Map<String, GiasEstablishment> reread = new LinkedHashMap<>();
        ImportSummary again = reader.read(new StringReader(out.toString()), "850", e -> reread.put(e.urn(), e));
        assertThat(again).isEqualTo(summary);
        assertThat(reread).isEqualTo(kept);
    }

    @Test
    void toleratesAUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = GiasFixture.text().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        Map<String, GiasEstablishment> fromUtf8 = new LinkedHashMap<>();
        ImportSummary utf8Summary = reader.read(new ByteArrayInputStream(withBom), "850", e -> fromUtf8.put(e.urn(), e));

        assertThat(utf8Summary).isEqualTo(summary);
        assertThat(fromUtf8.get("116530").headFirstName()).isEqualTo("Zoë"); // the BOM wins over windows-1252
        // a Reader that still has the BOM, decoded right or wrong
        assertThat(reader.read(new StringReader("\uFEFF" + GiasFixture.text()), "850", e -> { })).isEqualTo(summary);
        assertThat(reader.read(new StringReader("\u00EF\u00BB\u00BF" + GiasFixture.text()), "850", e -> { }))
                .isEqualTo(summary);
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("edubasealldata20251103.csv");
        Files.write(file, GiasFixture.bytes());
        assertThat(reader.read(file, "850", e -> { })).isEqualTo(summary);
    }

    @Test
    void rejectsARowWithMissingFields() {
        List<CSVRecord> records = GiasFixture.records();
        String header = quoted(records.get(0).toList());
        List<String> shortRow = new ArrayList<>(records.get(1).toList()).subList(0, 100);
        String text = header + "\r\n" + quoted(shortRow) + "\r\n";
        ImportSummary result = reader.read(new StringReader(text), "850", e -> { });
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.rejectionReasons()).containsExactly("line 2: row has 100 fields but the header has 135");
    }

    @Test
    void keepsAtMostAHundredReasonsButCountsEveryRejection() {
        List<CSVRecord> records = GiasFixture.records();
        StringBuilder text = new StringBuilder(quoted(records.get(0).toList())).append('\n');
        List<String> bad = new ArrayList<>(records.get(1).toList());
        bad.set(0, "12");
        for (int i = 0; i < 150; i++) {
            text.append(quoted(bad)).append('\n');
        }
        ImportSummary result = reader.read(new StringReader(text.toString()), "850", e -> { });
        assertThat(result.rejected()).isEqualTo(150);
        assertThat(result.rejectionReasons()).hasSize(ImportSummary.MAX_REASONS);
        assertThat(result.rejectionReasons().get(99)).startsWith("line 101: ");
    }

    @Test
    void aFieldSpanningLinesDoesNotConfuseTheLineNumbers() {
        List<CSVRecord> records = GiasFixture.records();
        List<String> multiLine = new ArrayList<>(records.get(1).toList());
        int street = records.get(0).toList().indexOf("Street");
        multiLine.set(street, "Example Road\nSecond line");
        List<String> bad = new ArrayList<>(records.get(1).toList());
        bad.set(0, "1");
        String text = quoted(records.get(0).toList()) + "\n" + quoted(multiLine) + "\n" + quoted(bad) + "\n";
        ImportSummary result = reader.read(new StringReader(text), "850", e -> { });
        assertThat(result.kept()).isEqualTo(1);
        assertThat(result.rejectionReasons()).containsExactly("line 4: URN '1' is not 6 or 7 digits");
    }

    @Test
    void refusesTextThatIsNotCsv() {
        String header = quoted(GiasFixture.header());
        assertThatThrownBy(() -> reader.read(new StringReader(header + "\n\"116123,\"850\n"), "850", e -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be read as CSV");
    }

    static String quoted(List<String> values) {
        return values.stream().map(v -> '"' + v.replace("\"", "\"\"") + '"').collect(Collectors.joining(","));
    }
}
