package jp.tsunagu.ledger.bench;

import java.util.UUID;

import javax.sql.DataSource;

import jp.tsunagu.ledger.linking.LinkageMatcher;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.linkage.match.LinkerSettings;

/**
 * Issue 3's speed benchmark for the ledger (docs/performance.md, "Ledger import and linkage"). Starts its own
 * PostgreSQL, migrates tenant 17, builds an existing ledger from {@code --existing} generated records through the
 * real import and linking, then imports and links {@code --incoming} more records (people overlapping the first set)
 * with {@link LinkageMatcher} and prints: rows, seconds and rows/s of import, link and both; PostgreSQL COPY of the
 * same file and the ratio; peak heap and RSS; pairwise linkage quality against the generator's truth; person search
 * latency. Not a test: surefire never runs it; run it with {@code -Pledger-benchmark} or {@code java}.
 */
public final class LedgerBenchmark {

    private static final String SCHEMA = "tenant_17";

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        BenchmarkPrinter print = new BenchmarkPrinter(System.out);
        SyntheticFiles files = SyntheticFiles.prepare(options.workDirectory(), options.existing(), options.incoming(), options.seed());
        print.files(files);
        try (BenchmarkPostgres postgres = BenchmarkPostgres.start(options.workDirectory(), options.statements() > 0); PeakMemory memory = new PeakMemory()) {
            TestDatabase database = TestDatabase.fresh(postgres.server());
            DataSource dataSource = database.dataSource();
            print.machine(postgresVersion(database));
            UUID disaster = database.disaster("benchmark", "ACTIVE");
            LedgerRun run = new LedgerRun(dataSource, disaster,
                    new LinkageMatcher(LinkerSettings.defaults().withHomePrefecture(TestDatabase.ISHIKAWA)), postgres.pid());

            print.run("setup: the existing ledger, built through the same import and linking", run.importAndLink(files.existing(),
                    SourceKind.RESIDENT_REGISTER));
            printLedger(print, database, disaster);
            // A ledger that has been in use has been vacuumed and analysed; the load above has not been yet.
            database.execute("VACUUM ANALYZE");
            database.execute("CHECKPOINT");

            CpuReading copyStart = CpuReading.now(postgres.pid());
            long copied = CopyBaseline.copy(dataSource, files.incoming());
            CpuReading.Interval copy = copyStart.until(CpuReading.now(postgres.pid()));
            print.copyBaseline(copied, copy);
            database.execute("CHECKPOINT");

            StatementProfile statements = options.statements() > 0 ? StatementProfile.install(dataSource) : null;
            if (statements != null) {
                statements.reset();
            }
            memory.reset();
            LedgerRun.Figures measured = run.importAndLink(files.incoming(), SourceKind.SHELTER_ROSTER);
            print.run("measured: the incoming records against the existing ledger", measured);
            print.memory(memory);
            if (statements != null) {
                statements.print(print, options.statements());
            }
            print.targets(measured, copy);
            printLedger(print, database, disaster);

            print.quality(LinkageQuality.measure(dataSource, SCHEMA, disaster, files));
            if (options.searches() > 0) {
                database.execute("VACUUM ANALYZE");
                try (PersonSearchProbe probe = personSearch(database, disaster)) {
                    print.search(probe, SearchLatency.measure(probe, dataSource, SCHEMA, disaster, options.searches()));
                }
            }
        }
    }

    /**
     * HOOK (issue 3, person search latency): the search the benchmark times, the ledger's {@code PersonSearch} over
     * the summaries that linking keeps page by page ({@link ApiPersonSearch}). Another search API would be plugged in
     * here.
     */
    static PersonSearchProbe personSearch(TestDatabase database, UUID disasterId) {
        return new ApiPersonSearch(database, disasterId);
    }

    private static void printLedger(BenchmarkPrinter print, TestDatabase database, UUID disaster) {
        print.ledger(database.count("SELECT count(*) FROM " + SCHEMA + ".ledger_source_record WHERE disaster_id = ?", disaster),
                database.count("SELECT count(*) FROM " + SCHEMA + ".ledger_person WHERE disaster_id = ?", disaster));
    }

    private static String postgresVersion(TestDatabase database) {
        return database.text("SELECT current_setting('server_version')");
    }
}
