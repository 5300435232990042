package jp.tsunagu.ledger.imports.control;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportRefusedException;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.job.RunLock;
import jp.tsunagu.ledger.imports.job.UploadCopies;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.linking.PersonMatcher;
import jp.tsunagu.ledger.linking.PersonMatchers;
import jp.tsunagu.ledger.mynumber.MyNumberConfiguration;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * The imports running on this node: starts each on the container's managed executor, so it outlives the request that
 * uploaded it and holds no request thread, and keeps it findable (live progress, cancellation) until it ends. The
 * job and linking manage their own connections and bind their tenant themselves, so the executor thread needs no
 * transaction. A batch running on another node is not here: the API reads it from the database.
 */
@ApplicationScoped
public class ImportRuns {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @Inject
    PersonMatchers matchers;

    @Inject
    MyNumberConfiguration myNumbers;

    @Inject
    ImportSettings settings;

    @Inject
    Clock clock;

    private final Map<UUID, ImportRun> running = new ConcurrentHashMap<>();

    /** Refuses when this node runs (or queues) as many imports as it may; asked before an upload is stored. */
    public void requireCapacity() {
        if (!hasCapacity()) {
            throw new ImportRefusedException(ProblemKind.UNAVAILABLE,
                    "this server is importing as many files as it may at once; try again in a few minutes");
        }
    }

    boolean hasCapacity() {
        return running.size() < settings.maxRunning();
    }

    /** Runs the admitted batch in the background; the run owns the lock and the upload from here on. */
    void start(ImportRequest request, RunLock lock, StoredUpload upload) {
        PersonMatcher matcher = matchers.forTenant(request.tenant());
        // The job stores the matcher's keys with each record, so that linking (now and in later runs) reads them.
        ImportJob job = new ImportJob(request, dataSource, myNumbers.configured(), settings.limits(), clock,
                ImportJob.DEFAULT_CHUNK_SIZE, Optional.of(matcher));
        LinkingRun linking = new LinkingRun(dataSource, matcher, clock);
        UUID batchId = lock.batchId();
        ImportRun run = new ImportRun(request, job, linking, lock, upload, new UploadCopies(dataSource),
                () -> running.remove(batchId));
        running.put(batchId, run);
        try {
            executor.execute(run);
        } catch (RejectedExecutionException e) {
            running.remove(batchId);
            lock.close();
            upload.close();
            throw new ImportRefusedException(ProblemKind.UNAVAILABLE, "imports cannot be started now; try again shortly");
        }
    }

    /** The run of the batch if it runs on this node. */
    Optional<ImportRun> find(UUID batchId) {
        return Optional.ofNullable(running.get(batchId));
    }
}
