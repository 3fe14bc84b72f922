package uk.gov.la.ei.notification.registry;

import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the LA's assignments file: header {@code urn,sim_name,sim_email,ai_name,ai_email}, one row
 * per school. Columns are found by name (extra columns are ignored). The attached inspector may be
 * left empty (both {@code ai_name} and {@code ai_email}); the SIM may not.
 *
 * <p>A bad row becomes a {@link RowError} and the read goes on; only a bad header throws.
 */
public final class AssignmentsCsv {

    public static final String URN = "urn";
    public static final String SIM_NAME = "sim_name";
    public static final String SIM_EMAIL = "sim_email";
    public static final String AI_NAME = "ai_name";
    public static final String AI_EMAIL = "ai_email";
    public static final List<String> COLUMNS = List.of(URN, SIM_NAME, SIM_EMAIL, AI_NAME, AI_EMAIL);

    private AssignmentsCsv() {
    }

    /** Reads the file (UTF-8, or Windows-1252 if it is not valid UTF-8). */
    public static CsvReadResult<Assignment> read(Path file) {
        return read(CsvRows.openSmallFile(file));
    }

    /**
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<Assignment> read(Reader in) {
        return read(in, Map.of());
    }

    /**
     * @param maxLengths the longest value each column may have (what the column that stores it holds);
     *                   a longer one is an error naming its line and column
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<Assignment> read(Reader in, Map<String, Integer> maxLengths) {
        Map<String, Long> firstLineOfUrn = new HashMap<>();
        return CsvRows.read(in, "assignments file", COLUMNS, maxLengths, row -> {
            String urn = row.urn(URN);
            String simName = row.required(SIM_NAME, "SIM name");
            String simEmail = row.email(SIM_EMAIL);
            String aiName = row.get(AI_NAME);
            String aiEmail = row.get(AI_EMAIL);
            if (aiName.isEmpty() && !aiEmail.isEmpty()) {
                row.error(AI_NAME, "attached inspector's name is missing (ai_email is given)");
            } else if (!aiName.isEmpty() && aiEmail.isEmpty()) {
                row.error(AI_EMAIL, "attached inspector's e-mail address is missing (ai_name is given)");
            } else if (!aiEmail.isEmpty()) {
                row.email(AI_EMAIL);
            }
            if (urn != null) {
                Long first = firstLineOfUrn.putIfAbsent(urn, row.line());
                if (first != null) {
                    row.error(URN, "URN " + urn + " is assigned again (first on line " + first + ")");
                }
            }
            if (row.isBad()) {
                return null;
            }
            return new Assignment(urn, simName, simEmail, aiName.isEmpty() ? null : aiName,
                    aiEmail.isEmpty() ? null : aiEmail);
        });
    }
}
