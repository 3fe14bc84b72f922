package uk.gov.la.ei.notification.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * One of the LA's own CSV files as it arrives over HTTP, decoded exactly as the same file read from disk
 * ({@link AssignmentsCsv#read(java.nio.file.Path)} and the others): UTF-8 with or without a byte-order
 * mark, or – when it is not valid UTF-8 – Windows-1252, what Excel's plain "CSV (Comma delimited)" writes
 * on a UK PC (and what DfE publishes GIAS in).
 */
public final class SmallCsvFile {

    private SmallCsvFile() {
    }

    public static Reader reader(InputStream body) {
        try {
            return new StringReader(CsvRows.decodeSmallFile(body.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
