package jp.tsunagu.backup.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.linking.LinkageMatcher;
import jp.tsunagu.ledger.linking.LinkingReport;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.mynumber.MyNumberCipher;
import jp.tsunagu.ledger.mynumber.MyNumberKeyRing;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.provisioning.disaster.DisasterDeclaration;
import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.provisioning.disaster.DisasterType;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Fills tenant 17's schema the way the application does: a disaster instance switched on through provisioning's
 * entity, a shelter roster and outreach visits imported by the ledger's import job and linked by the linkage module's
 * matcher, then a staff merge of a pair the linker left for review and a staff correction.
 */
public final class DrillLedger {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    public static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");
    // A fixed test key, never used outside tests.
    private static final MyNumberCipher CIPHER = new MyNumberCipher(MyNumberKeyRing.parse(
            "k1=" + Base64.getEncoder().encodeToString("tsunagu-backup-drill-test-key-32".getBytes()), "k1"));

    /** What was made: the disaster, the import and linking reports, and persons the drill reads before and after. */
    public record Filled(UUID disaster, ImportReport roster, ImportReport visits, LinkingReport rosterLinks,
                         LinkingReport visitLinks, UUID survivor, UUID corrected) {
    }

    private DrillLedger() {
    }

    public static Filled fill(TestDatabase database, TestJpa jpa, Path directory, int evacuees) {
        UUID disaster = jpa.inTenant(em -> {
            DisasterInstance instance = DisasterInstance.switchOn(TestDatabase.ISHIKAWA, new DisasterDeclaration("令和6年能登半島地震",
                    DisasterType.EARTHQUAKE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
                    List.of(MunicipalityCode.of("172049"), MunicipalityCode.of("172057"))),
                    new jp.tsunagu.provisioning.audit.Actor("sub-17-admin", "ishikawa-admin"), CLOCK.instant());
            em.persist(instance);
            return instance.id();
        });
        EvacueeFiles files = new EvacueeFiles(evacuees);
        ImportReport roster = importFile(database, disaster, files.roster(directory), SourceKind.SHELTER_ROSTER);
        LinkingReport rosterLinks = link(database, disaster, roster);
        ImportReport visits = importFile(database, disaster, files.visits(directory, evacuees / 10), SourceKind.OUTREACH_VISIT);
        LinkingReport visitLinks = link(database, disaster, visits);

        // A visited evacuee the linker found close to one on the roster, whom staff then confirm to be the same person.
        // Chosen by the rows' 管理番号, not by generated ids, so every run merges and corrects the same persons.
        List<String> pair = database.strings("SELECT l.candidate_person_id || ' ' || l.person_id FROM tenant_17.ledger_record_link l"
                + " JOIN tenant_17.ledger_source_record r ON r.id = l.record_id"
                + " WHERE l.decision = 'REVIEW' AND l.state = 'ACTIVE' AND r.external_id LIKE 'VN-%' ORDER BY r.row_number LIMIT 1");
        if (pair.isEmpty()) {
            throw new IllegalStateException("the linker left no pair for review: the generated visits need other variants");
        }
        UUID survivor = UUID.fromString(pair.getFirst().split(" ")[0]);
        UUID absorbed = UUID.fromString(pair.getFirst().split(" ")[1]);
        jpa.inTenant(em -> new LedgerPersons(em, CLOCK).merge(disaster, survivor, absorbed, OptionalDouble.empty(),
                Optional.of("訪問記録と避難者名簿の照合"), "同一人物と本人に確認", STAFF));
        UUID corrected = UUID.fromString(database.strings("SELECT l.person_id FROM tenant_17.ledger_record_link l"
                + " JOIN tenant_17.ledger_source_record r ON r.id = l.record_id WHERE l.state = 'ACTIVE' AND r.external_id = 'R-1'"
                + " AND l.person_id NOT IN (?, ?)", survivor, absorbed).getFirst());
        jpa.inTenant(em -> new LedgerPersons(em, CLOCK).correct(disaster, corrected,
                RecordValues.builder().set(LedgerField.WHEREABOUTS, "金沢市内の親族宅").build(), "本人から電話で申告", STAFF));
        return new Filled(disaster, roster, visits, rosterLinks, visitLinks, survivor, corrected);
    }

    private static ImportReport importFile(TestDatabase database, UUID disaster, Path file, SourceKind kind) {
        ImportReport report = new ImportJob(new ImportRequest(TestDatabase.ISHIKAWA, disaster, file, file.getFileName().toString(),
                BuiltInProfiles.require(BuiltInProfiles.STANDARD), Optional.of(kind), EncodingChoice.AUTO, STAFF),
                database.dataSource(), Optional.of(CIPHER), ImportLimits.DEFAULT, CLOCK, ImportJob.DEFAULT_CHUNK_SIZE).call();
        if (report.rowsRejected() > 0) {
            throw new IllegalStateException(report.rowsRejected() + " generated rows were rejected: fix the generator");
        }
        return report;
    }

    private static LinkingReport link(TestDatabase database, UUID disaster, ImportReport report) {
        return new LinkingRun(database.dataSource(), new LinkageMatcher(LinkerSettings.defaults()
                .withHomePrefecture(TestDatabase.ISHIKAWA)), CLOCK).link(TestDatabase.ISHIKAWA, disaster, report.batchId(), STAFF);
    }
}
