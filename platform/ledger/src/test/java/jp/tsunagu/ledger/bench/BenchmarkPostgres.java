package jp.tsunagu.ledger.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 18 of the benchmark's own (embedded, loopback, data in the work directory, emptied at start), set up
 * as a server for bulk loads would be on this machine. Commits are synchronous unless the code says otherwise (the
 * embedded default is off for every transaction; the import and linking relax it themselves where that is safe).
 */
final class BenchmarkPostgres implements AutoCloseable {

    static final Map<String, String> SETTINGS = Map.of(
            "synchronous_commit", "on",
            "shared_buffers", "1GB",
            "max_wal_size", "8GB",
            "checkpoint_timeout", "15min",
            "work_mem", "64MB",
            "maintenance_work_mem", "512MB");

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private BenchmarkPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    static BenchmarkPostgres start(Path workDirectory, boolean statementStatistics) throws IOException {
        Path data = workDirectory.resolve("pgdata").toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(Redirect.appendTo(workDirectory.resolve("postgres.log").toFile()))
                .setErrorRedirector(Redirect.appendTo(workDirectory.resolve("postgres.log").toFile()));
        SETTINGS.forEach(builder::setServerConfig);
        if (statementStatistics) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        return new BenchmarkPostgres(builder.start(), data);
    }

    EmbeddedPostgres server() {
        return server;
    }

    /** The postmaster's process id (first line of postmaster.pid): its children are the server's processes. */
    long pid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
