package uk.gov.la.ei.notification.registry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the DfE "Get Information About Schools" all-establishments extract
 * ({@code edubasealldataYYYYMMDD.csv}, about 51,000 rows and 135 columns, ~60 MB) and hands the
 * open schools of one local authority to a sink.
 *
 * <p>Columns are found by their header name, never by position: DfE adds and drops columns
 * between releases (for example "RSCRegion (name)" went in July 2024 and the four Ofsted columns
 * in April 2025). Only the columns in {@link #REQUIRED_COLUMNS} must be present.
 *
 * <p>DfE publishes the file in Windows-1252; that is the default charset. A UTF-8 byte-order mark
 * (what Excel writes when someone re-saves the file as "CSV UTF-8") is recognised and wins.
 *
 * <p>The reader is stateless and thread-safe. It keeps nothing in memory but the current row.
 */
public final class GiasCsvReader {

    /** The charset DfE publishes the extract in. */
    public static final Charset GIAS_CHARSET = CsvRows.WINDOWS_1252;

    public static final String URN = "URN";
    public static final String LA_CODE = "LA (code)";
    public static final String NAME = "EstablishmentName";
    public static final String TYPE = "TypeOfEstablishment (name)";
    public static final String TYPE_GROUP = "EstablishmentTypeGroup (name)";
    public static final String STATUS = "EstablishmentStatus (name)";
    public static final String OPEN_DATE = "OpenDate";
    public static final String PHASE = "PhaseOfEducation (name)";
    public static final String FEDERATION_FLAG = "FederationFlag (name)";
    public static final String FEDERATION_CODE = "Federations (code)";
    public static final String FEDERATION_NAME = "Federations (name)";
    public static final String POSTCODE = "Postcode";
    public static final String WEBSITE = "SchoolWebsite";
    public static final String TELEPHONE = "TelephoneNum";
    public static final String HEAD_TITLE = "HeadTitle (name)";
    public static final String HEAD_FIRST_NAME = "HeadFirstName";
    public static final String HEAD_LAST_NAME = "HeadLastName";
    public static final String DISTRICT = "DistrictAdministrative (name)";

    /** The columns this reader uses; a header without any of them is refused. */
    public static final List<String> REQUIRED_COLUMNS = List.of(URN, LA_CODE, NAME, TYPE, TYPE_GROUP, STATUS,
            OPEN_DATE, PHASE, FEDERATION_FLAG, FEDERATION_CODE, FEDERATION_NAME, POSTCODE, WEBSITE, TELEPHONE,
            HEAD_TITLE, HEAD_FIRST_NAME, HEAD_LAST_NAME, DISTRICT);

    /** Statuses of schools that can be inspected: the others ("Closed") are skipped. */
    public static final List<String> KEPT_STATUSES = List.of("Open", "Open, but proposed to close",
            EstablishmentCategory.STATUS_PROPOSED_TO_OPEN);

    private static final int BUFFER_SIZE = 1 << 16;

    private final Charset charset;

    /** A reader for the file as DfE publishes it (Windows-1252). */
    public GiasCsvReader() {
        this(GIAS_CHARSET);
    }

    /** A reader for a file in another charset (used only when the file has no UTF-8 byte-order mark). */
    public GiasCsvReader(Charset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    public Charset charset() {
        return charset;
    }

    /** Reads the extract from a file. */
    public ImportSummary read(Path file, String laCode, Consumer<GiasEstablishment> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, laCode, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GIAS extract " + file, e);
        }
    }

    /**
     * Reads the extract from bytes: decoded as UTF-8 if they start with a UTF-8 byte-order mark,
     * otherwise in this reader's charset. The stream is not closed.
     */
    public ImportSummary read(InputStream in, String laCode, Consumer<GiasEstablishment> sink) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_SIZE);
            buffered.mark(3);
            byte[] start = buffered.readNBytes(3);
            Charset decodeAs = charset;
            if (start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF) {
                decodeAs = StandardCharsets.UTF_8; // BOM consumed
            } else {
                buffered.reset();
            }
            return read(new InputStreamReader(buffered, decodeAs), laCode, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GIAS extract", e);
        }
    }

    /**
     * Reads the extract, handing each open school of the given LA to the sink.
     *
     * <p>Rows of another LA and rows whose status is not one of {@link #KEPT_STATUSES} are skipped
     * and counted. Rows of this LA with a URN that is not 6–7 digits, a type that
     * {@link EstablishmentCategory#fromGias} cannot place, or the wrong number of fields are
     * rejected, counted, and (the first {@link ImportSummary#MAX_REASONS}) described with their line.
     *
     * @param in     the extract's text; a leading byte-order mark is ignored; not closed
     * @param laCode the DfE LA code, e.g. "850" for Hampshire
     * @param sink   receives each kept establishment, in file order
     * @throws IllegalArgumentException if the file is empty, lacks a column of
     *                                  {@link #REQUIRED_COLUMNS}, or is not CSV (e.g. an unclosed quote)
     * @throws UncheckedIOException     if reading fails
     */
    public ImportSummary read(Reader in, String laCode, Consumer<GiasEstablishment> sink) {
        Objects.requireNonNull(laCode, "laCode");
        Objects.requireNonNull(sink, "sink");
        String la = laCode.trim();
        Counts counts = new Counts();
        CSVParser parser;
        try {
            parser = CSVParser.parse(CsvRows.withoutBom(in), CsvRows.FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GIAS extract", e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        try {
            if (!records.hasNext()) {
                throw new IllegalArgumentException("GIAS extract is empty: expected a header row");
            }
            Columns columns = new Columns(new CsvRows.Header(records.next()));
            long previousEnd = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                counts.rowsRead++;
                readRow(record, line, la, columns, counts, sink);
            }
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("GIAS extract cannot be read as CSV after line "
                    + parser.getCurrentLineNumber() + ": " + e.getCause().getMessage(), e);
        }
        return counts.summary();
    }

    private static void readRow(CSVRecord record, long line, String la, Columns c, Counts counts,
            Consumer<GiasEstablishment> sink) {
        if (!la.equals(c.value(record, c.laCode))) {
            counts.skippedOtherLa++;
            return;
        }
        String status = c.value(record, c.status);
        if (!isKeptStatus(status)) {
            counts.skippedClosed++;
            return;
        }
        if (record.size() != c.size) {
            counts.reject(line, "row has " + record.size() + " fields but the header has " + c.size);
            return;
        }
        String urn = c.value(record, c.urn);
        if (!CsvRows.isUrn(urn)) {
            counts.reject(line, "URN " + CsvRows.quote(urn) + " is not 6 or 7 digits");
            return;
        }
        String type = c.value(record, c.type);
        String group = c.value(record, c.typeGroup);
        Optional<EstablishmentCategory> category = EstablishmentCategory.fromGias(type, group, status);
        if (category.isEmpty()) {
            counts.reject(line, "URN " + urn + ": establishment type " + CsvRows.quote(type) + " (group "
                    + CsvRows.quote(group) + ") is not one this service supports");
            return;
        }
        sink.accept(new GiasEstablishment(
                urn,
                la,
                orNull(c.value(record, c.name)),
                orNull(type),
                orNull(group),
                status,
                orNull(c.value(record, c.phase)),
                category.get(),
                orNull(c.value(record, c.federationFlag)),
                orNull(c.value(record, c.federationCode)),
                orNull(c.value(record, c.federationName)),
                orNull(c.value(record, c.headTitle)),
                orNull(c.value(record, c.headFirstName)),
                orNull(c.value(record, c.headLastName)),
                orNull(c.value(record, c.district)),
                orNull(c.value(record, c.postcode)),
                orNull(c.value(record, c.telephone)),
                orNull(c.value(record, c.website)),
                parseDate(c.value(record, c.openDate)),
                line));
        counts.kept++;
    }

    private static boolean isKeptStatus(String status) {
        for (String kept : KEPT_STATUSES) {
            if (kept.equalsIgnoreCase(status)) {
                return true;
            }
        }
        return false;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /**
     * GIAS writes dates as dd-MM-yyyy. A file that has been through Excel may have dd/MM/yyyy, and
     * yyyy-MM-dd is accepted too. An empty or unreadable date is null: the open date is
     * informative only and no reason to lose a school.
     */
    static LocalDate parseDate(String value) {
        if (value.length() != 10) {
            return null;
        }
        try {
            char s2 = value.charAt(2);
            char s4 = value.charAt(4);
            if ((s2 == '-' || s2 == '/') && value.charAt(5) == s2) {
                return LocalDate.of(digits(value, 6, 10), digits(value, 3, 5), digits(value, 0, 2));
            }
            if (s4 == '-' && value.charAt(7) == '-') {
                return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int digits(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char ch = value.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new NumberFormatException(value);
            }
            result = result * 10 + (ch - '0');
        }
        return result;
    }

    /** Positions of the columns used, resolved once from the header. */
    private static final class Columns {
        final int size;
        final int urn;
        final int laCode;
        final int name;
        final int type;
        final int typeGroup;
        final int status;
        final int openDate;
        final int phase;
        final int federationFlag;
        final int federationCode;
        final int federationName;
        final int postcode;
        final int website;
        final int telephone;
        final int headTitle;
        final int headFirstName;
        final int headLastName;
        final int district;

        Columns(CsvRows.Header header) {
            List<String> missing = header.missing(REQUIRED_COLUMNS);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("GIAS extract is missing required column(s) "
                        + String.join(", ", missing) + " (the header has " + header.size()
                        + " columns; expected the all-establishments 'edubasealldata' extract)");
            }
            size = header.size();
            urn = header.indexOf(URN);
            laCode = header.indexOf(LA_CODE);
            name = header.indexOf(NAME);
            type = header.indexOf(TYPE);
            typeGroup = header.indexOf(TYPE_GROUP);
            status = header.indexOf(STATUS);
            openDate = header.indexOf(OPEN_DATE);
            phase = header.indexOf(PHASE);
            federationFlag = header.indexOf(FEDERATION_FLAG);
            federationCode = header.indexOf(FEDERATION_CODE);
            federationName = header.indexOf(FEDERATION_NAME);
            postcode = header.indexOf(POSTCODE);
            website = header.indexOf(WEBSITE);
            telephone = header.indexOf(TELEPHONE);
            headTitle = header.indexOf(HEAD_TITLE);
            headFirstName = header.indexOf(HEAD_FIRST_NAME);
            headLastName = header.indexOf(HEAD_LAST_NAME);
            district = header.indexOf(DISTRICT);
        }

        /** The trimmed value, or "" if the row is too short to have it. */
        String value(CSVRecord record, int index) {
            return index < record.size() ? record.get(index).trim() : "";
        }
    }

    private static final class Counts {
        long rowsRead;
        long kept;
        long skippedOtherLa;
        long skippedClosed;
        long rejected;
        final List<String> reasons = new ArrayList<>();

        void reject(long line, String reason) {
            rejected++;
            if (reasons.size() < ImportSummary.MAX_REASONS) {
                reasons.add("line " + line + ": " + reason);
            }
        }

        ImportSummary summary() {
            return new ImportSummary(rowsRead, kept, skippedOtherLa, skippedClosed, rejected, reasons);
        }
    }
}
