package jp.tsunagu.ledger.imports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.imports.job.ImportCancellation;
import jp.tsunagu.ledger.imports.job.ImportHistory;
import jp.tsunagu.ledger.imports.job.ImportLoad;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.job.RunLock;
import jp.tsunagu.ledger.imports.job.StoredBatch;
import jp.tsunagu.ledger.imports.job.UploadCopies;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.ImportProfiles;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.registry.TenantStatus;

/**
 * Finishes the imports of nodes that died. Every node looks, every {@code tsunagu.ledger.import.takeover-interval},
 * in each onboarded tenant for batches left unfinished with their upload stored in the database and whose
 * {@link RunLock} no session holds (PostgreSQL dropped it with the dead node's connection). It claims such a batch
 * with that same lock, so only one node in the cluster resumes it; writes the stored copy to its own disk; and runs
 * the batch from its checkpoint as if the file had been uploaded again, so every row is stored exactly once. A batch
 * whose cancellation was asked for is marked cancelled instead, and one taken over too often is given up (its copy
 * deleted; uploading the file again resumes it). The same sweep counts each tenant's imports for the metrics.
 */
@ApplicationScoped
public class ImportTakeover {

    private static final Logger LOG = Logger.getLogger(ImportTakeover.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @Inject
    ImportRuns runs;

    @Inject
    ImportSettings settings;

    @Inject
    UploadStore uploads;

    @Inject
    ImportProfiles profiles;

    @Inject
    TenantWork work;


    @Inject
    ImportMetrics metrics;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    private final Map<PrefectureCode, ImportLoad> loads = new ConcurrentHashMap<>();
    private ScheduledFuture<?> sweeps;

    /** Starts the sweeps; called once by the application after deployment. */
    public synchronized void start() {
        if (sweeps != null) {
            return;
        }
        long every = settings.takeoverInterval().toMillis();
        sweeps = scheduler.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // The next sweep tries again; a scheduled task that throws would never run again.
            LOG.warning(() -> "looking for imports to take over failed: " + e.getClass().getName());
        }
    }

    void sweep() {
        List<PrefectureCode> tenants = onboarded();
        loads.keySet().retainAll(tenants);
        UploadCopies copies = new UploadCopies(dataSource);
        for (PrefectureCode tenant : tenants) {
            try {
                for (UploadCopies.Orphan orphan : copies.orphans(tenant)) {
                    if (!runs.hasCapacity()) {
                        break;
                    }
                    claim(tenant, orphan).ifPresent(lock -> takeOver(tenant, orphan, lock, copies));
                }
                loads.put(tenant, ImportLoad.of(dataSource, tenant));
            } catch (RuntimeException e) {
                // One tenant's trouble (its schema being migrated, say) does not hold the others' imports up.
                LOG.warning(() -> "looking for imports of tenant " + tenant + " failed: " + e.getClass().getName());
            }
        }
        metrics.update(loads);
    }

    // Plain JDBC: an entity manager used outside a transaction on a managed scheduled thread upsets Payara.
    private List<PrefectureCode> onboarded() {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT prefecture_code FROM registry.tenant WHERE status = ? ORDER BY prefecture_code")) {
            query.setString(1, TenantStatus.ONBOARDED.name());
            List<PrefectureCode> codes = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    codes.add(PrefectureCode.of(row.getString(1)));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the onboarded tenants failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private Optional<RunLock> claim(PrefectureCode tenant, UploadCopies.Orphan orphan) {
        try {
            Connection connection = dataSource.getConnection();
            Optional<RunLock> lock = RunLock.tryAcquire(connection, orphan.batchId());
            if (lock.isEmpty()) {
                connection.close();
            }
            return lock;
        } catch (SQLException e) {
            LOG.warning(() -> "claiming import batch " + orphan.batchId() + " of tenant " + tenant + " failed (SQL state "
                    + e.getSQLState() + ")");
            return Optional.empty();
        }
    }

    // Holds the lock: either hands it to the run or releases it.
    private void takeOver(PrefectureCode tenant, UploadCopies.Orphan orphan, RunLock lock, UploadCopies copies) {
        StoredUpload local = null;
        boolean handedOver = false;
        try {
            Optional<StoredBatch> batch = stillOrphaned(tenant, orphan);
            if (batch.isEmpty()) {
                return;
            }
            if (orphan.cancelRequested()) {
                cancel(tenant, orphan, lock);
                copies.delete(tenant, orphan.batchId());
                return;
            }
            local = uploads.reserve();
            Optional<UploadCopies.Restored> copy = copies.restoreForTakeover(tenant, orphan.batchId(), local.path());
            if (copy.isEmpty()) {
                return;
            }
            if (copy.get().takeovers() > settings.maxTakeovers()) {
                LOG.warning(() -> "import batch " + orphan.batchId() + " of tenant " + tenant + " was taken over "
                        + settings.maxTakeovers() + " times without ending; given up until its file is uploaded again");
                copies.delete(tenant, orphan.batchId());
                return;
            }
            StoredBatch stored = batch.get();
            ColumnProfile profile = work.run(tenant, () -> profiles.named(stored.profileName())).orElse(null);
            if (profile == null) {
                LOG.warning(() -> "import batch " + orphan.batchId() + " cannot be taken over: its profile is gone");
                copies.delete(tenant, orphan.batchId());
                return;
            }
            ImportRequest request = new ImportRequest(tenant, stored.disasterId(), local.path(), stored.fileName(), profile,
                    Optional.of(stored.sourceKind()), copy.get().encoding(), stored.importedBy());
            LOG.info(() -> "import batch " + orphan.batchId() + " of tenant " + tenant + ": taken over by this node");
            handedOver = true;
            runs.start(request, lock, local);
        } catch (RuntimeException e) {
            LOG.warning(() -> "taking over import batch " + orphan.batchId() + " failed: " + e.getClass().getName());
        } finally {
            if (!handedOver) {
                lock.close();
                if (local != null) {
                    local.close();
                }
            }
        }
    }

    // Read under the lock: the batch may have ended between the search and the claim.
    private Optional<StoredBatch> stillOrphaned(PrefectureCode tenant, UploadCopies.Orphan orphan) {
        return work.run(tenant, () -> ImportHistory.find(em.unwrap(Connection.class), orphan.disasterId(), orphan.batchId()))
                .filter(batch -> batch.isRunning() || (batch.isImported() && !batch.isFinished()));
    }

    // Marks the batch cancelled, which needs its run lock free: released first.
    private void cancel(PrefectureCode tenant, UploadCopies.Orphan orphan, RunLock lock) {
        lock.close();
        work.run(tenant, () -> ImportCancellation.request(em.unwrap(Connection.class), orphan.batchId(), clock.instant()));
    }
}
