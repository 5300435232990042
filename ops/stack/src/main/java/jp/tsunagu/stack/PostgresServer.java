package jp.tsunagu.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL 18 server for development and tests (the zonky embedded binaries), listening on 127.0.0.1
 * only and keeping its data in a directory of the caller's choosing. A directory that already holds a database
 * cluster is reused, so the demo keeps its data between runs. The server runs as its own process: whoever
 * starts it must {@link #close()} it (the demo and {@link SharedPostgres} do so from a shutdown hook).
 * Local connections are trusted, as usual for a development server; do not use it for real data.
 */
public final class PostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path logFile;
    private final Duration startupTime;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Path logFile, Duration startupTime) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.startupTime = startupTime;
    }

    /**
     * Starts PostgreSQL on {@code 127.0.0.1:port}, creating the database cluster in {@code dataDirectory} unless
     * it is already there, and makes sure {@link Database#TSUNAGU} exists. Its log goes to a file beside the
     * data directory ({@code <dataDirectory>.log}).
     */
    public static PostgresServer start(int port, Path dataDirectory) throws IOException {
        return start(port, dataDirectory, Commits.DURABLE);
    }

    /**
     * Whether a commit waits until its WAL is on disk. Anything that stands for the product (the demo, the benchmarks)
     * runs {@code DURABLE}, as production does, so what it measures is what a real server would do; a test stack that
     * is thrown away after the run may run {@code FAST} (the embedded server's own default, {@code synchronous_commit}
     * off: a crash loses the last moments, never consistency).
     */
    public enum Commits {
        DURABLE, FAST
    }

    /** As {@link #start(int, Path)}, with the commits chosen. */
    public static PostgresServer start(int port, Path dataDirectory, Commits commits) throws IOException {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path log = data.resolveSibling(data.getFileName() + ".log");
        Files.createDirectories(data);
        StalePostmaster.stopIfOrphaned(data);
        LoopbackPort.requireFree(port, "PostgreSQL");
        long started = System.nanoTime();
        EmbeddedPostgres postgres = launch(port, data, log, commits);
        PostgresServer server = new PostgresServer(postgres, data, log, Duration.ofNanos(System.nanoTime() - started));
        try {
            server.ensure(Database.TSUNAGU);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.log(Level.INFO, "PostgreSQL ready on 127.0.0.1:{0} in {1} ms (data: {2})",
                Integer.toString(port), server.startupTime.toMillis(), data);
        return server;
    }

    private static EmbeddedPostgres launch(int port, Path data, Path log, Commits commits) throws IOException {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // The owner stops it, in the order its other servers need (the application before its database).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("synchronous_commit", commits == Commits.DURABLE ? "on" : "off")
                    // Code-point order and Unicode case mapping whatever the machine's locale is.
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("PostgreSQL did not start on port " + port + " with data in " + data
                    + "; its log is " + log, e);
        }
    }

    /**
     * Creates the database and its owning role unless they exist already. An existing role keeps the password
     * it has.
     */
    public PostgresServer ensure(Database database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement ddl = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database.owner())) {
                ddl.execute("CREATE ROLE " + database.owner() + " LOGIN PASSWORD " + database.passwordLiteral());
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database.name())) {
                ddl.execute("CREATE DATABASE " + database.name() + " OWNER " + database.owner());
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create " + database, e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    public String jdbcUrl(Database database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database.name();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    /** From launching the binaries to the first accepted connection (initdb included on a first start). */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the server (fast shutdown); the data directory stays. Closing twice does nothing. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL on port " + port(), e);
        }
    }
}
