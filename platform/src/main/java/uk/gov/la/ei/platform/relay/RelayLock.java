package uk.gov.la.ei.platform.relay;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One relay round at a time per service schema, however many replicas run: a PostgreSQL session-level
 * advisory lock, held on its own connection for the round (not a transaction: the round's own short
 * transactions commit as it goes, and no transaction stays open across sends). If the replica dies, its
 * connection closes and the lock is free again. Advisory locks are database-wide and the services may
 * share a database, so the key includes the schema.
 */
@ApplicationScoped
public class RelayLock {

    @Inject
    AgroalDataSource dataSource;

    /** Runs {@code work} holding the lock named {@code name}; empty if another replica holds it now. */
    public <T> Optional<T> whileHolding(String name, Supplier<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (!call(c, "select pg_try_advisory_lock(hashtext(? || ':' || current_schema()))", name)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                call(c, "select pg_advisory_unlock(hashtext(? || ':' || current_schema()))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("relay lock " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
