package uk.gov.la.ei.localstack.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every service has stored, as an operator with read access to the database sees it: every row of every
 * table of the four services' schemas, as PostgreSQL's own text form of the row ({@code select t::text}), sorted,
 * per table. Two snapshots are compared row by row, so the corpus can say exactly which rows appeared or
 * disappeared, and a checksum (SHA-256 over all tables) summarises a snapshot.
 *
 * <p>The corpus is a proof tool, not an API test: reading tables is what makes "nothing was stored" checkable
 * for refusals that never show in any API (a half-written row, a partial import).
 */
public final class StoredData {

    /** The schemas of the four services (their {@code quarkus.flyway.schemas}). */
    public static final List<String> SCHEMAS = List.of("notification", "support_tracking", "feedback", "wellbeing");

    /** schema.table → rows (text form, sorted). */
    private final Map<String, List<String>> tables;

    private StoredData(Map<String, List<String>> tables) {
        this.tables = tables;
    }

    public static StoredData read(String jdbcUrl) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one consistent picture
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select table_schema, table_name from information_schema.tables "
                         + "where table_type = 'BASE TABLE' and table_schema in ('" + String.join("','", SCHEMAS) + "') "
                         + "order by 1, 2")) {
                while (rs.next()) {
                    names.add(rs.getString(1) + "." + rs.getString(2));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
            c.rollback();
        }
        return new StoredData(tables);
    }

    public int tableCount() {
        return tables.size();
    }

    public long rowCount() {
        return tables.values().stream().mapToLong(List::size).sum();
    }

    /** SHA-256 over every table's name and sorted rows. */
    public String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, List<String>> e : tables.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                for (String row : e.getValue()) {
                    sha.update(row.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One table's rows that are in {@code after} and not here ({@code added}) or here and not after ({@code removed}). */
    public record TableChange(String table, List<String> added, List<String> removed) {
    }

    /** The tables whose rows differ between this snapshot and {@code after}, with the rows (as multisets). */
    public List<TableChange> changesTo(StoredData after) {
        List<TableChange> changes = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(tables.keySet());
        names.addAll(after.tables.keySet());
        for (String table : names) {
            List<String> before = tables.getOrDefault(table, List.of());
            List<String> now = after.tables.getOrDefault(table, List.of());
            Map<String, Integer> count = new LinkedHashMap<>();
            before.forEach(r -> count.merge(r, -1, Integer::sum));
            now.forEach(r -> count.merge(r, 1, Integer::sum));
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            count.forEach((row, n) -> {
                for (int i = 0; i < Math.abs(n); i++) {
                    (n > 0 ? added : removed).add(row);
                }
            });
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.add(new TableChange(table, added, removed));
            }
        }
        return changes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredData other && other.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }
}
