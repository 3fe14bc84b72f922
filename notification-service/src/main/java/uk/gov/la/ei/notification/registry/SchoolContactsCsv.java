package uk.gov.la.ei.notification.registry;

import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the LA's school contacts file: header {@code urn,head_email,chair_name,chair_email}.
 * The chair of governors may be left empty (both columns).
 *
 * <p>A bad row becomes a {@link RowError} and the read goes on; only a bad header throws.
 */
public final class SchoolContactsCsv {

    public static final String URN = "urn";
    public static final String HEAD_EMAIL = "head_email";
    public static final String CHAIR_NAME = "chair_name";
    public static final String CHAIR_EMAIL = "chair_email";
    public static final List<String> COLUMNS = List.of(URN, HEAD_EMAIL, CHAIR_NAME, CHAIR_EMAIL);

    private SchoolContactsCsv() {
    }

    /** Reads the file (UTF-8, or Windows-1252 if it is not valid UTF-8). */
    public static CsvReadResult<SchoolContact> read(Path file) {
        return read(CsvRows.openSmallFile(file));
    }

    /**
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<SchoolContact> read(Reader in) {
        return read(in, Map.of());
    }

    /**
     * @param maxLengths the longest value each column may have (what the column that stores it holds);
     *                   a longer one is an error naming its line and column
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<SchoolContact> read(Reader in, Map<String, Integer> maxLengths) {
        Map<String, Long> firstLineOfUrn = new HashMap<>();
        return CsvRows.read(in, "school contacts file", COLUMNS, maxLengths, row -> {
            String urn = row.urn(URN);
            String headEmail = row.email(HEAD_EMAIL);
            String chairName = row.get(CHAIR_NAME);
            String chairEmail = row.get(CHAIR_EMAIL);
            if (!chairEmail.isEmpty()) {
                row.email(CHAIR_EMAIL);
            }
            if (chairName.isEmpty() && !chairEmail.isEmpty()) {
                row.error(CHAIR_NAME, "chair of governors' name is missing (chair_email is given)");
            }
            if (urn != null) {
                Long first = firstLineOfUrn.putIfAbsent(urn, row.line());
                if (first != null) {
                    row.error(URN, "URN " + urn + " appears again (first on line " + first + ")");
                }
            }
            return row.isBad() ? null : new SchoolContact(urn, headEmail,
                    chairName.isEmpty() ? null : chairName, chairEmail.isEmpty() ? null : chairEmail);
        });
    }
}
