package uk.gov.la.ei.notification.registry;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Shared plumbing for the CSV readers of this package: columns are found by name (never by
 * position), a byte-order mark is tolerated, and each row knows the line it starts on.
 */
final class CsvRows {

    /** RFC 4180 CSV; blank lines are skipped; values are not trimmed here (readers decide). */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .get();

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvRows() {
    }

    // ---------------------------------------------------------------- decoding

    /**
     * Removes a leading byte-order mark, whether it was decoded correctly (U+FEFF) or decoded as
     * Windows-1252 from UTF-8 bytes ("ï»¿", what a BOM looks like when the wrong charset is used).
     */
    static Reader withoutBom(Reader in) {
        PushbackReader reader = new PushbackReader(in, 3);
        try {
            char[] start = new char[3];
            int n = 0;
            while (n < 3) {
                int read = reader.read(start, n, 3 - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
            if (n >= 1 && start[0] == '\uFEFF') {
                reader.unread(start, 1, n - 1);
            } else if (n == 3 && start[0] == '\u00EF' && start[1] == '\u00BB' && start[2] == '\u00BF') {
                // all three were the BOM: nothing to push back
            } else if (n > 0) {
                reader.unread(start, 0, n);
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one of the LA's own (small) CSV files. They are expected in UTF-8, with or without a
     * byte-order mark (Excel's "CSV UTF-8" writes one); a file that is not valid UTF-8 is read as
     * Windows-1252, which is what Excel's plain "CSV (Comma delimited)" writes on a UK PC.
     */
    static Reader openSmallFile(Path file) {
        try {
            return new StringReader(decodeSmallFile(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The text of one of the LA's own files: UTF-8 if it is valid UTF-8, otherwise Windows-1252. */
    static String decodeSmallFile(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    // ---------------------------------------------------------------- URNs and e-mail

    /** A URN is 6 or 7 digits (DOMAIN.md "School"). No regex: this runs for every GIAS row. */
    static boolean isUrn(String value) {
        if (value == null) {
            return false;
        }
        int length = value.length();
        if (length < 6 || length > 7) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A plausible e-mail address: one @, something before it, a dotted domain after it, no spaces. */
    static boolean isEmail(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@')) {
            return false;
        }
        String domain = value.substring(at + 1);
        int dot = domain.indexOf('.');
        if (dot <= 0 || domain.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Shortens a value for an error message, so one wild cell cannot flood a report. */
    static String quote(String value) {
        String v = value == null ? "" : value;
        return "'" + (v.length() > 60 ? v.substring(0, 57) + "..." : v) + "'";
    }

    // ---------------------------------------------------------------- headers

    /** Column positions by name, matched ignoring case and surrounding white space. */
    static final class Header {
        private final Map<String, Integer> index = new HashMap<>();
        private final int size;

        Header(CSVRecord record) {
            this.size = record.size();
            for (int i = 0; i < record.size(); i++) {
                index.putIfAbsent(normalise(record.get(i)), i);
            }
        }

        static String normalise(String name) {
            return name.trim().toLowerCase(Locale.ROOT);
        }

        int size() {
            return size;
        }

        /** Position of the column, or -1. */
        int indexOf(String column) {
            return index.getOrDefault(normalise(column), -1);
        }

        List<String> missing(List<String> required) {
            List<String> missing = new ArrayList<>();
            for (String column : required) {
                if (indexOf(column) < 0) {
                    missing.add(column);
                }
            }
            return missing;
        }
    }

    // ---------------------------------------------------------------- the LA's small files

    /** One data row of a small file, handed to a row mapper. */
    static final class Row {
        private final CSVRecord record;
        private final Header header;
        private final long line;
        private final RowErrors errors;
        private final Map<String, Integer> maxLengths;
        private final java.util.Set<String> tooLong = new java.util.HashSet<>();
        private final java.util.Set<String> refused = new java.util.HashSet<>();
        private boolean bad;

        Row(CSVRecord record, Header header, long line, RowErrors errors, Map<String, Integer> maxLengths) {
            this.record = record;
            this.header = header;
            this.line = line;
            this.errors = errors;
            this.maxLengths = maxLengths;
        }

        long line() {
            return line;
        }

        /**
         * The trimmed value of the column; "" when empty. A value longer than the column's maximum (what
         * the database column that stores it holds) is an error naming the line and the column.
         */
        String get(String column) {
            int i = header.indexOf(column);
            String value = i >= 0 && i < record.size() ? record.get(i).trim() : "";
            Integer max = maxLengths.get(column);
            if (max != null && value.length() > max && tooLong.add(column)) {
                error(column, "is " + value.length() + " characters long; at most " + max + " fit");
            }
            String unsafe = unsafe(value);
            if (unsafe != null && refused.add(column)) {
                error(column, unsafe);
            }
            return value;
        }

        /**
         * Why a value cannot be kept, or null: a control character (a NUL cannot even be stored), or a cell a
         * spreadsheet would run as a formula (=, +, @ first: CSV/formula injection, OWASP) – none of the LA's
         * files has a value that starts so (URNs, names, e-mail addresses, categories, years, phases, roles).
         */
        static String unsafe(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c == 0x7F) {
                    return String.format("contains a control character (U+%04X)", (int) c);
                }
            }
            if (!value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0) {
                return "starts with " + value.charAt(0) + ": a spreadsheet would run it as a formula";
            }
            return null;
        }

        /** Records a problem with this row; the row will not be kept. */
        void error(String column, String message) {
            bad = true;
            errors.add(new RowError(line, column, message));
        }

        boolean isBad() {
            return bad;
        }

        /** The URN in the column, or null after recording an error. */
        String urn(String column) {
            String urn = get(column);
            if (urn.isEmpty()) {
                error(column, "URN is missing");
                return null;
            }
            if (!isUrn(urn)) {
                error(column, "URN " + quote(urn) + " is not 6 or 7 digits");
                return null;
            }
            return urn;
        }

        /** A value that must be present, or null after recording an error. */
        String required(String column, String what) {
            String value = get(column);
            if (value.isEmpty()) {
                error(column, what + " is missing");
                return null;
            }
            return value;
        }

        /** An e-mail address that must be present and plausible, or null after recording an error. */
        String email(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                error(column, "e-mail address is missing");
                return null;
            }
            if (!isEmail(value)) {
                error(column, quote(value) + " is not an e-mail address");
                return null;
            }
            return value;
        }
    }

    /**
     * Reads a small CSV file whose first row names its columns.
     *
     * @param in       the file's text
     * @param what     what the file is, for messages ("assignments file")
     * @param columns  the columns the file must have (others are ignored)
     * @param mapper   turns a row into a value, recording errors on the row; its result is kept
     *                 only if it is not null and no error was recorded for the row
     * @throws IllegalArgumentException if the file is empty or its header lacks a column
     */
    static <T> CsvReadResult<T> read(Reader in, String what, List<String> columns, Function<Row, T> mapper) {
        return read(in, what, columns, Map.of(), mapper);
    }

    /**
     * @param maxLengths the longest value each column may have (columns not named are not bounded here)
     * @see #read(Reader, String, List, Function)
     */
    static <T> CsvReadResult<T> read(Reader in, String what, List<String> columns, Map<String, Integer> maxLengths,
                                     Function<Row, T> mapper) {
        List<T> rows = new ArrayList<>();
        RowErrors errors = new RowErrors();
        try (CSVParser parser = CSVParser.parse(withoutBom(in), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IllegalArgumentException(what + " is empty: expected a header row with columns "
                        + String.join(",", columns));
            }
            Header header = new Header(records.next());
            List<String> missing = header.missing(columns);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(what + " header is missing column(s) " + String.join(", ", missing)
                        + "; expected a header row with columns " + String.join(",", columns));
            }
            long previousEnd = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    errors.add(new RowError(line, null, "row has " + record.size() + " field(s) but the header has "
                            + header.size()));
                    continue;
                }
                Row row = new Row(record, header, line, errors, maxLengths);
                T value = mapper.apply(row);
                if (value != null && !row.isBad()) {
                    rows.add(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(what + " cannot be read as CSV: " + e.getCause().getMessage(), e);
        }
        return new CsvReadResult<>(rows, errors);
    }
}
