package jp.tsunagu.ledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.linking.ExactKeyMatcher;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.record.SourceKind;

/**
 * Writes rows in the standard format to a file, imports it as a shelter roster and links it with the exact-key
 * matcher (same name or reading and birth date: one person; anything else: a new one), as a real import would.
 */
public final class StandardImport {

    public static final String HEADER = "管理番号,記録日時,氏名,ふりがな,生年月日,性別,住所,居所,住家の被害,要配慮者,罹災証明書";
    public static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");

    private StandardImport() {
    }

    /** @return the import batch */
    public static UUID importAndLink(TestDatabase database, UUID disaster, Path directory, Clock clock, String... rows) {
        Path file = directory.resolve("roster-" + UUID.randomUUID() + ".csv");
        try {
            Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReport report = new ImportJob(new ImportRequest(TestDatabase.ISHIKAWA, disaster, file, file.getFileName().toString(),
                BuiltInProfiles.require(BuiltInProfiles.STANDARD), Optional.of(SourceKind.SHELTER_ROSTER), EncodingChoice.AUTO,
                STAFF), database.dataSource(), Optional.empty(), ImportLimits.DEFAULT, clock, ImportJob.DEFAULT_CHUNK_SIZE).call();
        if (report.rowsRejected() > 0 || report.rowsAccepted() != rows.length) {
            throw new IllegalStateException("the test rows did not all import: " + report.rowsRejected() + " rejected");
        }
        new LinkingRun(database.dataSource(), new ExactKeyMatcher(), clock).link(TestDatabase.ISHIKAWA, disaster, report.batchId(), STAFF);
        return report.batchId();
    }

    /** The person a row (by its 管理番号) is linked to now. */
    public static UUID personOf(TestDatabase database, UUID disaster, String externalId) {
        return database.uuid("SELECT l.person_id FROM tenant_17.ledger_record_link l JOIN tenant_17.ledger_source_record r"
                + " ON r.id = l.record_id WHERE l.state = 'ACTIVE' AND r.disaster_id = ? AND r.external_id = ?", disaster, externalId);
    }

    /** The record of a row, by its 管理番号. */
    public static UUID recordOf(TestDatabase database, UUID disaster, String externalId) {
        return database.uuid("SELECT id FROM tenant_17.ledger_source_record WHERE disaster_id = ? AND external_id = ?",
                disaster, externalId);
    }
}
