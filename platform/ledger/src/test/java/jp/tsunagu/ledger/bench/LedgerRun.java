package jp.tsunagu.ledger.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.linking.LinkingReport;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.linking.PersonMatcher;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.testing.TestDatabase;

/**
 * One file through the ledger as the application runs it: {@link ImportJob} (profile {@code linkage-records}, storing
 * the matcher's keys with each record), then {@link LinkingRun} over the batch it stored, each timed with the CPU
 * time of the JVM and of PostgreSQL.
 */
final class LedgerRun {

    private static final Actor STAFF = new Actor("benchmark", "benchmark");

    private final DataSource dataSource;
    private final UUID disasterId;
    private final PersonMatcher matcher;
    private final long postmasterPid;

    LedgerRun(DataSource dataSource, UUID disasterId, PersonMatcher matcher, long postmasterPid) {
        this.dataSource = dataSource;
        this.disasterId = disasterId;
        this.matcher = matcher;
        this.postmasterPid = postmasterPid;
    }

    /** What one file did and took. */
    record Figures(ImportReport imported, LinkingReport linked, CpuReading.Interval importTime, CpuReading.Interval linkTime) {

        CpuReading.Interval combined() {
            return importTime.plus(linkTime);
        }
    }

    Figures importAndLink(Path file, SourceKind kind) {
        CpuReading start = CpuReading.now(postmasterPid);
        ImportReport imported = new ImportJob(new ImportRequest(TestDatabase.ISHIKAWA, disasterId, file,
                file.getFileName().toString(), BuiltInProfiles.require(BuiltInProfiles.LINKAGE_RECORDS), Optional.of(kind),
                EncodingChoice.AUTO, STAFF), dataSource, Optional.empty(), ImportLimits.DEFAULT, Clock.systemUTC(),
                ImportJob.DEFAULT_CHUNK_SIZE, Optional.of(matcher)).call();
        CpuReading between = CpuReading.now(postmasterPid);
        LinkingReport linked = new LinkingRun(dataSource, matcher, Clock.systemUTC())
                .link(TestDatabase.ISHIKAWA, disasterId, imported.batchId(), STAFF);
        CpuReading end = CpuReading.now(postmasterPid);
        return new Figures(imported, linked, start.until(between), between.until(end));
    }
}
