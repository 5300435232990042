package jp.tsunagu.ledger.dropbox;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.control.ImportIntake;
import jp.tsunagu.ledger.imports.control.ImportOptions;
import jp.tsunagu.ledger.imports.control.ImportOrder;
import jp.tsunagu.ledger.imports.control.ImportRuns;
import jp.tsunagu.ledger.imports.control.UploadStore;
import jp.tsunagu.ledger.imports.job.ImportHistory;
import jp.tsunagu.ledger.imports.job.ImportReportCsv;
import jp.tsunagu.ledger.imports.job.RejectedRows;
import jp.tsunagu.ledger.imports.job.StoredBatch;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ImportProfiles;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * The drop directory for partners without an API ({@link DropDirectory} for the layout): every
 * {@code tsunagu.dropbox.poll-seconds} (default 5; the application schedules {@link #scanQuietly}) the CSV files in each {@code <tenant>/<disaster>/in} that have
 * settled ({@link SettledFiles}) are taken (moved to {@code work}, which only one node of a cluster sharing the
 * directory manages), imported through the same pipeline as an upload (preflight, profile {@code tsunagu-standard},
 * source kind {@code tsunagu.dropbox.source-kind}, default OUTREACH_VISIT,
 * validation, idempotency by content, linking), moved to {@code done}, and their import report and rejected rows are
 * written to {@code out} when the import has finished. The same file dropped again is recognised by its content and
 * stored once (its report says so). The imports are made in the name of the drop directory ({@code dropbox}).
 */
@ApplicationScoped
public class DropDirectoryImports {

    private static final Logger LOG = Logger.getLogger(DropDirectoryImports.class.getName());
    private static final Pattern TENANT = Pattern.compile("[0-4][0-9]");
    static final Actor DROPBOX = new Actor("dropbox", "drop-directory");

    @Inject
    DropDirectory directory;

    @Inject
    @ConfigProperty(name = "tsunagu.dropbox.settle-seconds", defaultValue = "2")
    long settleSeconds;

    /** The source kind of dropped files (the standard format fixes none): partners' visits unless configured. */
    @Inject
    @ConfigProperty(name = "tsunagu.dropbox.source-kind", defaultValue = "OUTREACH_VISIT")
    String sourceKind;

    private volatile SettledFiles settled;

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @Inject
    ImportIntake intake;

    @Inject
    ImportRuns runs;

    @Inject
    UploadStore uploads;

    @Inject
    ImportProfiles profiles;

    @Inject
    DisasterInstances disasters;

    @Inject
    TenantWork work;

    @Inject
    Clock clock;

    /** Files whose report is still to be written, with the batch they went to (two files may share one). */
    private final Map<Pending, UUID> pending = new ConcurrentHashMap<>();

    private record Pending(PrefectureCode tenant, UUID disasterId, String fileName) {
    }

    /**
     * One scan, never throwing: called on a schedule by the application (its start-up, in platform/app, holds the
     * scheduler: a library's resource injection is not ready while the application starts on Payara Micro 6).
     */
    public void scanQuietly() {
        if (settled == null) {
            settled = new SettledFiles(Duration.ofSeconds(settleSeconds));
        }
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Drop directory scan failed: " + e.getClass().getSimpleName());
        }
    }

    /** One scan: reports of finished imports, then the files that have settled. */
    void scan() {
        Path root = directory.root().orElseThrow();
        pending.forEach((report, batchId) -> reportIfFinished(batchId, report));
        List<SettledFiles.Seen> seen = new ArrayList<>();
        Map<Path, Inbox> inboxes = new java.util.HashMap<>();
        for (Inbox inbox : inboxes(root)) {
            for (Path file : csvFiles(inbox.in())) {
                try {
                    seen.add(new SettledFiles.Seen(file, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
                    inboxes.put(file, inbox);
                } catch (IOException e) {
                    // gone meanwhile (taken by another node): nothing to do
                }
            }
        }
        for (Path file : settled.settled(seen, clock.instant())) {
            take(root, inboxes.get(file), file);
        }
    }

    private record Inbox(PrefectureCode tenant, UUID disasterId, Path in) {
    }

    private void take(Path root, Inbox inbox, Path file) {
        String name = file.getFileName().toString();
        Optional<ImportOrder> order = order(inbox, name);
        if (order.isEmpty()) {
            return; // the instance is not active, or this node runs as many imports as it may: try again later
        }
        Path work;
        try {
            work = Files.move(file, Files.createDirectories(directory.folder(root, inbox.tenant(), inbox.disasterId(),
                    "work")).resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return; // another node took it
        } finally {
            settled.taken(file);
        }
        try {
            ImportIntake.Submission submission;
            try {
                submission = intake.submit(order.get(), uploads.store(Files.newInputStream(work)));
            } catch (ProblemException refused) {
                // The file as a whole cannot be imported (encoding, header, size): say why, without its content.
                writeOut(root, inbox, name + ".report.csv", "取込結果,理由\r\n取込不可," + refused.kind().slug() + " "
                        + refused.field().orElse("") + "\r\n");
                moveDone(root, inbox, work, name);
                return;
            }
            moveDone(root, inbox, work, name);
            Pending report = new Pending(inbox.tenant(), inbox.disasterId(), name);
            if (submission.outcome() == ImportIntake.Outcome.ALREADY_IMPORTED) {
                writeReports(report, submission.batch(), true);
            } else {
                pending.put(report, submission.batch().id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a dropped file failed", e);
        }
    }

    private Optional<ImportOrder> order(Inbox inbox, String fileName) {
        try {
            return work.run(inbox.tenant(), () -> {
                boolean active = disasters.find(inbox.disasterId()).filter(d -> d.status().isWritable()).isPresent();
                if (!active) {
                    return Optional.<ImportOrder>empty();
                }
                runs.requireCapacity();
                return Optional.of(new ImportOrder(inbox.tenant(), inbox.disasterId(), DROPBOX,
                        profiles.require(BuiltInProfiles.STANDARD), ImportOptions.of(null, sourceKind, null, fileName)));
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void reportIfFinished(UUID batchId, Pending report) {
        Optional<StoredBatch> batch = read(report.tenant(), db -> ImportHistory.find(db, report.disasterId(), batchId));
        if (batch.isEmpty() || batch.get().isFinished() || (!batch.get().isRunning() && !batch.get().runAlive()
                && !batch.get().isImported())) {
            batch.ifPresent(b -> writeReports(report, b, false));
            pending.remove(report);
        }
    }

    private void writeReports(Pending report, StoredBatch batch, boolean alreadyImported) {
        Path root = directory.root().orElseThrow();
        Inbox inbox = new Inbox(report.tenant(), report.disasterId(), null);
        StringWriter text = new StringWriter();
        ImportReportCsv.write(batch.report(read(report.tenant(), db -> ImportHistory.errors(db, batch.id(), 0,
                Integer.MAX_VALUE)), alreadyImported), text);
        writeOut(root, inbox, report.fileName() + ".report.csv", text.toString());
        if (batch.counts().rejected() > 0) {
            StringWriter rejected = new StringWriter();
            new RejectedRows(dataSource).writeCsv(report.tenant(), batch.id(), rejected);
            writeOut(root, inbox, report.fileName() + ".rejected-rows.csv", rejected.toString());
        }
    }

    private void writeOut(Path root, Inbox inbox, String name, String text) {
        directory.writeOut(root, inbox.tenant(), inbox.disasterId(), name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void moveDone(Path root, Inbox inbox, Path work, String name) throws IOException {
        Path done = Files.createDirectories(directory.folder(root, inbox.tenant(), inbox.disasterId(), "done"));
        Files.move(work, done.resolve(clock.instant().toEpochMilli() + "-" + name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Inbox> inboxes(Path root) {
        List<Inbox> found = new ArrayList<>();
        for (Path tenantDir : children(root)) {
            String code = tenantDir.getFileName().toString();
            if (!TENANT.matcher(code).matches() || code.equals("00")) {
                continue;
            }
            for (Path disasterDir : children(tenantDir)) {
                try {
                    UUID disaster = UUID.fromString(disasterDir.getFileName().toString());
                    Path in = disasterDir.resolve("in");
                    if (Files.isDirectory(in)) {
                        found.add(new Inbox(PrefectureCode.of(code), disaster, in));
                    }
                } catch (IllegalArgumentException e) {
                    // not a disaster instance's folder
                }
            }
        }
        return found;
    }

    private static List<Path> children(Path folder) {
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return children;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            entries.forEach(children::add);
        } catch (IOException e) {
            LOG.warning(() -> "Drop directory folder unreadable: " + e.getClass().getSimpleName());
        }
        return children;
    }

    private static List<Path> csvFiles(Path in) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(in, path -> Files.isRegularFile(path)
                && !path.getFileName().toString().startsWith(".")
                && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))) {
            entries.forEach(files::add);
        } catch (IOException e) {
            LOG.warning(() -> "Drop directory inbox unreadable: " + e.getClass().getSimpleName());
        }
        files.sort(null);
        return files;
    }

    private interface Query<T> {
        T on(Connection db) throws SQLException;
    }

    /** A read on a connection of its own, bound to the tenant for one transaction. */
    private <T> T read(PrefectureCode tenant, Query<T> query) {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement bind = db.prepareStatement("SELECT set_config('search_path', ?, true)")) {
                bind.setString(1, TenantSchema.of(tenant).searchPath());
                bind.execute();
            }
            try {
                return query.on(db);
            } finally {
                db.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading an import's state failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
