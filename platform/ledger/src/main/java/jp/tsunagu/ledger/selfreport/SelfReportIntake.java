package jp.tsunagu.ledger.selfreport;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.linking.PersonMatcher;
import jp.tsunagu.ledger.linking.PersonMatchers;
import jp.tsunagu.ledger.record.TimeOrderedIds;
import jp.tsunagu.ledger.search.NameKeys;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * Takes self-reports in and stores them in group commits: one lane per tenant and disaster instance, drained by one
 * task at a time on the managed executor. Whatever queued while a group was being written forms the next group (up
 * to {@link #GROUP}), so under load a commit, a candidate lookup and a summary refresh serve many reports, and with
 * a single report nothing waits for a timer. The request thread prepares its report (normalisation, keys) first, then
 * waits for its group's answer.
 */
@ApplicationScoped
public class SelfReportIntake {

    private static final Logger LOG = Logger.getLogger(SelfReportIntake.class.getName());
    static final int GROUP = 256;
    private static final long ANSWER_SECONDS = 30;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @Inject
    PersonMatchers matchers;

    @Inject
    Clock clock;

    private final NameKeys names = NameKeys.bundled();
    private final Map<LaneKey, Lane> lanes = new ConcurrentHashMap<>();

    /** Stores the report (or finds it stored before) and answers; refusals arrive as problems. */
    public SelfReportOutcome submit(PrefectureCode tenant, UUID disasterId, SelfReport report) {
        return submitAll(tenant, disasterId, List.of(report)).getFirst().orThrow();
    }

    /**
     * Stores each report as {@link #submit} would and answers each, in their order: its outcome, or the problem that
     * refused it. The reports queue together, so they share groups (and a group's round trips) whatever their number.
     */
    public List<SelfReportAnswer> submitAll(PrefectureCode tenant, UUID disasterId, List<SelfReport> reports) {
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        PersonMatcher matcher = matchers.forTenant(tenant);
        List<SelfReportBatch.Entry> entries = new ArrayList<>(reports.size());
        for (SelfReport report : reports) {
            entries.add(new SelfReportBatch.Entry(PreparedReport.of(report, ids.next(), matcher, names),
                    new CompletableFuture<>()));
        }
        lanes.computeIfAbsent(new LaneKey(tenant, disasterId), Lane::new).addAll(entries);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_SECONDS);
        List<SelfReportAnswer> answers = new ArrayList<>(entries.size());
        for (SelfReportBatch.Entry entry : entries) {
            answers.add(await(entry.answer(), deadline));
        }
        return answers;
    }

    private static SelfReportAnswer await(CompletableFuture<SelfReportOutcome> answer, long deadline) {
        try {
            return SelfReportAnswer.stored(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProblemException refusal) {
                return SelfReportAnswer.refused(refusal);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            return SelfReportAnswer.refused(new IntakeUnavailableException());
        } catch (TimeoutException e) {
            return SelfReportAnswer.refused(new IntakeUnavailableException());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SelfReportAnswer.refused(new IntakeUnavailableException());
        }
    }

    private record LaneKey(PrefectureCode tenant, UUID disasterId) {
    }

    private final class Lane {

        private final LaneKey key;
        private final Queue<SelfReportBatch.Entry> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();

        Lane(LaneKey key) {
            this.key = key;
        }

        void addAll(List<SelfReportBatch.Entry> entries) {
            waiting.addAll(entries);
            if (draining.compareAndSet(false, true)) {
                try {
                    executor.execute(this::drain);
                } catch (RuntimeException e) {
                    draining.set(false);
                    entries.forEach(entry -> entry.answer().completeExceptionally(new IntakeUnavailableException()));
                }
            }
        }

        private void drain() {
            SelfReportBatch batch = new SelfReportBatch(matchers.forTenant(key.tenant()), new TimeOrderedIds(clock));
            String searchPath = TenantSchema.of(key.tenant()).searchPath();
            while (true) {
                List<SelfReportBatch.Entry> group = new ArrayList<>(GROUP);
                SelfReportBatch.Entry next;
                while (group.size() < GROUP && (next = waiting.poll()) != null) {
                    group.add(next);
                }
                if (group.isEmpty()) {
                    draining.set(false);
                    // A report added after the poll but before the flag was cleared would wait for nobody: take it on.
                    if (waiting.isEmpty() || !draining.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                write(batch, searchPath, group);
            }
        }

        private void write(SelfReportBatch batch, String searchPath, List<SelfReportBatch.Entry> group) {
            try (Connection db = dataSource.getConnection()) {
                db.setAutoCommit(false);
                try {
                    batch.write(db, searchPath, key.disasterId(), group);
                } catch (SQLException | RuntimeException e) {
                    db.rollback();
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                // No personal data: the failure's class and SQL state only.
                LOG.log(Level.WARNING, () -> "A group of " + group.size() + " self-reports was not stored: "
                        + e.getClass().getSimpleName() + (e instanceof SQLException sql ? " " + sql.getSQLState() : ""));
                group.forEach(entry -> entry.answer().completeExceptionally(new IntakeUnavailableException()));
            }
        }
    }

    /** The reports could not be stored now; the portal sends the same submission again later (503). */
    public static class IntakeUnavailableException extends ProblemException {
        IntakeUnavailableException() {
            super(ProblemKind.UNAVAILABLE, "the report could not be stored now; send the same submission again later");
        }
    }
}
