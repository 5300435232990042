package jp.tsunagu.backup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import jp.tsunagu.backup.BackupProgress;
import jp.tsunagu.backup.RestoreOptions;
import jp.tsunagu.backup.RestoreReport;
import jp.tsunagu.backup.TenantBackup;
import jp.tsunagu.backup.TenantRestore;
import jp.tsunagu.backup.archive.ArchiveReader;
import jp.tsunagu.backup.archive.ArchiveVerifier;
import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/** The three commands: each parses its options, does its work and returns the line that says what it did. */
final class Commands {

    private final UnaryOperator<String> environment;
    private final PrintStream err;
    private final Clock clock;

    Commands(UnaryOperator<String> environment, PrintStream err, Clock clock) {
        this.environment = environment;
        this.err = err;
        this.clock = clock;
    }

    String backup(List<String> args) {
        Arguments arguments = Arguments.parse(args, with(DatabaseOptions.NAMES, "--tenant", "--out"), Set.of());
        PrefectureCode tenant = arguments.tenant("--tenant").orElseThrow(() -> new UsageException("--tenant is required"));
        Path out = arguments.path("--out");
        long start = clock.millis();
        Manifest manifest = new TenantBackup(DatabaseOptions.dataSource(arguments, environment), progress("written")).backUp(tenant, out);
        return String.format(Locale.ROOT, "backed up tenant %s: %d tables, %d rows, %,d bytes in %s, %.1f s",
                tenant, manifest.tables().size(), manifest.rows(), size(out), out, seconds(start));
    }

    String restore(List<String> args) {
        Arguments arguments = Arguments.parse(args, with(DatabaseOptions.NAMES, "--in", "--tenant", "--from-tenant"), Set.of("--replace"));
        RestoreOptions options = new RestoreOptions(arguments.tenant("--tenant"), arguments.flag("--replace"),
                arguments.tenant("--from-tenant"));
        Path in = arguments.path("--in");
        long start = clock.millis();
        RestoreReport report = new TenantRestore(DatabaseOptions.dataSource(arguments, environment),
                new TenantSchemaMigrator(ReleaseChangelogs.ALL), progress("loaded")).restore(in, options);
        Manifest manifest = report.manifest();
        return String.format(Locale.ROOT, "restored tenant %s from the archive of tenant %s taken at %s%s: %d tables, %d rows,"
                        + " every count and checksum as in the manifest, %.1f s", report.tenant(), manifest.tenant(),
                manifest.takenAt(), report.replacedExisting() ? " (the schema there before was dropped)" : "",
                manifest.tables().size(), manifest.rows(), seconds(start));
    }

    String verify(List<String> args) {
        Arguments arguments = Arguments.parse(args, Set.of("--in"), Set.of());
        long start = clock.millis();
        try (ArchiveReader archive = ArchiveReader.open(arguments.path("--in"))) {
            Manifest manifest = ArchiveVerifier.verify(archive);
            return String.format(Locale.ROOT, "the archive of tenant %s (schema %s, taken at %s from PostgreSQL %s) is intact:"
                            + " %d tables, %d rows, %d changesets; every entry matches the manifest, %.1f s", manifest.tenant(),
                    manifest.schema(), manifest.takenAt(), manifest.serverVersion(), manifest.tables().size(), manifest.rows(),
                    manifest.changesets().size(), seconds(start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive", e);
        }
    }

    private BackupProgress progress(String verb) {
        return new BackupProgress() {
            @Override
            public void tableDone(String table, long rows) {
                err.printf(Locale.ROOT, "  %-32s %,12d rows %s%n", table, rows, verb);
            }

            @Override
            public void stepDone(String step, Duration took) {
                err.printf(Locale.ROOT, "  %-45s %6.1f s%n", step, took.toMillis() / 1000.0);
            }
        };
    }

    private double seconds(long startMillis) {
        return (clock.millis() - startMillis) / 1000.0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static Set<String> with(Set<String> names, String... more) {
        Set<String> all = new HashSet<>(names);
        all.addAll(List.of(more));
        return all;
    }
}
