package uk.gov.la.ei.notification.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The test fixture: a real GIAS header (as published from April 2025) and 17 rows, in Windows-1252. */
final class GiasFixture {

    static final String RESOURCE = "/gias/edubasealldata-sample.csv";

    private GiasFixture() {
    }

    static InputStream open() {
        InputStream in = GiasFixture.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the test class path");
        }
        return in;
    }

    static byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text() {
        return new String(bytes(), Charset.forName("windows-1252"));
    }

    /** All records of the fixture, the header first. */
    static List<CSVRecord> records() {
        try (CSVParser parser = CSVParser.parse(text(), CSVFormat.RFC4180)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header() {
        return records().get(0).toList();
    }
}
