package uk.gov.la.ei.notification.registry;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the LA's contacts file: header {@code role,phase,name,email}.
 * {@code role} is {@code cem} or {@code shmi} (any case). For a CEM, {@code phase} is one of
 * PRIMARY, SECONDARY, SPECIAL, ALL or DUTY (the CEM on duty, who receives notices for unknown
 * URNs); for an SHMI it may be empty, or PRIMARY / SECONDARY / SPECIAL / ALL.
 *
 * <p>A bad row becomes a {@link RowError} and the read goes on; only a bad header throws. A file
 * without a CEM on DUTY also gets an error (line 0): a notice for an unknown URN would have nobody
 * to go to, and DOMAIN.md step 2 says it must still be acted on.
 */
public final class LaContactsCsv {

    public static final String ROLE = "role";
    public static final String PHASE = "phase";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final List<String> COLUMNS = List.of(ROLE, PHASE, NAME, EMAIL);

    private static final String PHASES = Arrays.stream(LaContact.Phase.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private LaContactsCsv() {
    }

    /** Reads the file (UTF-8, or Windows-1252 if it is not valid UTF-8). */
    public static CsvReadResult<LaContact> read(Path file) {
        return read(CsvRows.openSmallFile(file));
    }

    /**
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<LaContact> read(Reader in) {
        return read(in, Map.of());
    }

    /**
     * @param maxLengths the longest value each column may have (what the column that stores it holds);
     *                   a longer one is an error naming its line and column
     * @throws IllegalArgumentException if the file is empty or a column is missing from its header
     */
    public static CsvReadResult<LaContact> read(Reader in, Map<String, Integer> maxLengths) {
        CsvReadResult<LaContact> result = CsvRows.read(in, "LA contacts file", COLUMNS, maxLengths, row -> {
            String roleText = row.required(ROLE, "role");
            LaContact.Role role = null;
            if (roleText != null) {
                Optional<LaContact.Role> parsed = LaContact.Role.parse(roleText);
                if (parsed.isEmpty()) {
                    row.error(ROLE, CsvRows.quote(roleText) + " is not cem or shmi");
                } else {
                    role = parsed.get();
                }
            }
            String phaseText = row.get(PHASE);
            LaContact.Phase phase = null;
            if (!phaseText.isEmpty()) {
                Optional<LaContact.Phase> parsed = LaContact.Phase.parse(phaseText);
                if (parsed.isEmpty()) {
                    row.error(PHASE, CsvRows.quote(phaseText) + " is not one of " + PHASES);
                } else {
                    phase = parsed.get();
                }
            }
            if (role == LaContact.Role.CEM && phaseText.isEmpty()) {
                row.error(PHASE, "a CEM needs a phase: one of " + PHASES);
            }
            if (role == LaContact.Role.SHMI && phase == LaContact.Phase.DUTY) {
                row.error(PHASE, "DUTY is for the CEM on duty, not for an SHMI");
            }
            String name = row.required(NAME, "name");
            String email = row.email(EMAIL);
            return row.isBad() ? null : new LaContact(role, phase, name, email);
        });
        boolean dutyCem = result.rows().stream()
                .anyMatch(c -> c.role() == LaContact.Role.CEM && c.phase() == LaContact.Phase.DUTY);
        if (dutyCem) {
            return result;
        }
        List<RowError> errors = new ArrayList<>(result.errors());
        errors.add(new RowError(0, PHASE,
                "no CEM with phase DUTY: notices for unknown URNs would have nobody to go to"));
        return new CsvReadResult<>(result.rows(), errors, result.errorCount() + 1);
    }
}
