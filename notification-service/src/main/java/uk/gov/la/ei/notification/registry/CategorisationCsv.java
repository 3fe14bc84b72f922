package uk.gov.la.ei.notification.registry;

import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the LA's categorisation file: header {@code urn,categorisation,academic_year}.
 * {@code categorisation} is one of outstanding / good / requires improvement / inadequate (any
 * case); {@code academic_year} is written "2025/26" (also accepted: "2025-26", "2025/2026").
 * A school may appear once per academic year.
 *
 * <p>A bad row becomes a {@link RowError} and the read goes on; only a bad header throws.
 */
public final class CategorisationCsv {

    public static final String URN = "urn";
    public static final String CATEGORISATION = "categorisation";
    public static final String ACADEMIC_YEAR = "academic_year";
    public static final List<String> COLUMNS = List.of(URN, CATEGORISATION, ACADEMIC_YEAR);

    private CategorisationCsv() {
    }

    /** Reads the file (UTF-8, or Windows-1252 if it is not valid UTF-8). */
    public static CsvReadResult<Categorisation> read(Path file) {
        return read(CsvRows.openSmallFile(file));
    }

    /**
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<Categorisation> read(Reader in) {
        return read(in, Map.of());
    }

    /**
     * @param maxLengths the longest value each column may have (what the column that stores it holds);
     *                   a longer one is an error naming its line and column
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<Categorisation> read(Reader in, Map<String, Integer> maxLengths) {
        Map<String, Long> firstLine = new HashMap<>();
        return CsvRows.read(in, "categorisation file", COLUMNS, maxLengths, row -> {
            String urn = row.urn(URN);
            String text = row.required(CATEGORISATION, "categorisation");
            LaCategorisation categorisation = null;
            if (text != null) {
                Optional<LaCategorisation> parsed = LaCategorisation.fromLabel(text);
                if (parsed.isEmpty()) {
                    row.error(CATEGORISATION, CsvRows.quote(text)
                            + " is not one of outstanding, good, requires improvement, inadequate");
                } else {
                    categorisation = parsed.get();
                }
            }
            String yearText = row.required(ACADEMIC_YEAR, "academic year");
            String year = null;
            if (yearText != null) {
                year = academicYear(yearText);
                if (year == null) {
                    row.error(ACADEMIC_YEAR, CsvRows.quote(yearText)
                            + " is not an academic year such as 2025/26");
                }
            }
            if (urn != null && year != null) {
                Long first = firstLine.putIfAbsent(urn + " " + year, row.line());
                if (first != null) {
                    row.error(URN, "URN " + urn + " is already categorised for " + year + " on line " + first);
                }
            }
            return row.isBad() ? null : new Categorisation(urn, categorisation, year);
        });
    }

    /** "2025/26", "2025-26", "2025/2026" or "2025-2026" → "2025/26"; anything else → null. */
    public static String academicYear(String text) {
        String t = text.trim();
        if (t.length() != 7 && t.length() != 9) {
            return null;
        }
        char separator = t.charAt(4);
        if (separator != '/' && separator != '-') {
            return null;
        }
        String start = t.substring(0, 4);
        String end = t.substring(5);
        if (!allDigits(start) || !allDigits(end)) {
            return null;
        }
        int first = Integer.parseInt(start);
        int next = first + 1;
        boolean follows = end.length() == 2 ? Integer.parseInt(end) == next % 100 : Integer.parseInt(end) == next;
        return follows ? String.format("%04d/%02d", first, next % 100) : null;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
