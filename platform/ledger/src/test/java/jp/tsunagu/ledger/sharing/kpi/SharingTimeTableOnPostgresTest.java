package jp.tsunagu.ledger.sharing.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.search.PersonSummaries;
import jp.tsunagu.ledger.testing.StandardImport;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * What {@link SharingTimeTable} writes, on a real PostgreSQL with the ledger's and the registry's tables: records of a
 * person who stays in another municipality of the prefecture reach that host with their linking; records of a person
 * in another prefecture reach it only with an agreement, from its acceptance; a first read is kept once; an entry a
 * host adds to a support case reaches the home once, and is read with the case.
 */
class SharingTimeTableOnPostgresTest {

    static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");
    static final Clock IMPORTED = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static TestDatabase database;
    static TestJpa jpa;

    @TempDir
    Path directory;
    UUID disaster;

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        jpa = new TestJpa(database);
    }

    @BeforeEach
    void importARoster() {
        disaster = database.disaster("令和6年能登半島地震 " + UUID.randomUUID(), "ACTIVE");
        StandardImport.importAndLink(database, disaster, directory, IMPORTED,
                "S-1,2024/1/2,渡辺 ひなた,わたなべ ひなた,令和2年5月5日,女,石川県輪島市鳳至町2-5,金沢市の親族宅,半壊,,",
                "S-2,2024/1/2,齋藤 花子,さいとう はなこ,1960/1/1,女,石川県輪島市河井町1-1,富山県富山市の長女宅,半壊,いいえ,",
                "S-3,2024/1/2,髙橋 一郎,たかはし いちろう,1955/4/12,男,石川県輪島市河井町1-23,輪島中学校,全壊,,");
    }

    long rows(String direction, String personRow, String host) {
        return database.count("SELECT count(*) FROM tenant_17.ledger_sharing_time WHERE direction = ? AND person_id = ?"
                + " AND host_municipality = ?", direction, StandardImport.personOf(database, disaster, personRow), host);
    }

    @Test
    void aPersonInAnotherMunicipalityOfThePrefectureReachesItsHostWithTheLinking() {
        assertEquals(1, rows("TO_HOST", "S-1", "172014"));
        assertEquals("PREFECTURE", database.text("SELECT via FROM tenant_17.ledger_sharing_time WHERE person_id = ?",
                StandardImport.personOf(database, disaster, "S-1")));
        assertEquals(1, database.count("SELECT count(*) FROM tenant_17.ledger_sharing_time t"
                + " JOIN tenant_17.ledger_source_record r ON r.id = t.subject_id"
                + " WHERE t.person_id = ? AND t.arrived_at = r.received_at AND t.visible_at >= r.received_at",
                StandardImport.personOf(database, disaster, "S-1")));
        // At a shelter of his own municipality nobody hosts him.
        assertEquals(0, database.count("SELECT count(*) FROM tenant_17.ledger_sharing_time WHERE person_id = ?",
                StandardImport.personOf(database, disaster, "S-3")));
    }

    @Test
    void anotherPrefectureIsReachedOnlyThroughAnAgreementFromItsAcceptance() throws SQLException {
        assertEquals(0, rows("TO_HOST", "S-2", "162019"), "no agreement, no host");
        UUID agreement = UUID.randomUUID();
        Instant accepted = Instant.parse("2024-02-03T00:00:00Z");
        insertAgreement(agreement, Instant.parse("2024-02-02T00:00:00Z"), accepted);
        try (Connection db = tenant()) {
            assertEquals(1, SharingTimeTable.recordAccepted(db, agreement, disaster, PrefectureCode.of(16), Set.of(),
                    accepted));
            assertEquals(0, SharingTimeTable.recordAccepted(db, agreement, disaster, PrefectureCode.of(16), Set.of(),
                    accepted), "the first moment counts");
        }
        UUID person = StandardImport.personOf(database, disaster, "S-2");
        assertEquals(agreement, database.uuid("SELECT agreement_id FROM tenant_17.ledger_sharing_time WHERE person_id = ?",
                person));
        assertEquals(accepted.toString(), database.text("SELECT to_char(visible_at AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM tenant_17.ledger_sharing_time WHERE person_id = ?", person));
    }

    @Test
    void aPersonChangeUnderAnAgreementThatStartsLaterIsVisibleAtItsStart() throws SQLException {
        UUID person = StandardImport.personOf(database, disaster, "S-2");
        Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        insertAgreement(UUID.randomUUID(), start, Instant.now());
        try (Connection db = tenant()) {
            new PersonSummaries().refresh(db, List.of(person));
        }
        assertEquals(start.toString(), database.text("SELECT to_char(visible_at AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM tenant_17.ledger_sharing_time WHERE person_id = ?", person));
    }

    @Test
    void aFirstReadIsKeptOnceAndOnlyForTheReadingHost() throws SQLException {
        UUID person = StandardImport.personOf(database, disaster, "S-1");
        try (Connection db = tenant()) {
            assertEquals(0, SharingTimeTable.markRead(db, Direction.TO_HOST, person, Set.of(MunicipalityCode.of("172031"))),
                    "another host municipality's read is not its host's");
            assertEquals(1, SharingTimeTable.markRead(db, Direction.TO_HOST, person, Set.of(MunicipalityCode.of("172014"))));
            assertEquals(0, SharingTimeTable.markRead(db, Direction.TO_HOST, person, Set.of(MunicipalityCode.of("172014"))));
        }
        assertTrue(database.count("SELECT count(*) FROM tenant_17.ledger_sharing_time WHERE person_id = ?"
                + " AND first_read_at >= visible_at", person) == 1);
    }

    @Test
    void aHostsCaseEntryReachesHomeOnceAndIsReadWithTheCaseNotWithTheLedgerEntry() throws SQLException {
        UUID person = StandardImport.personOf(database, disaster, "S-2");
        UUID agreement = UUID.randomUUID();
        HostCaseEntry entry = new HostCaseEntry(UUID.randomUUID(), disaster, person, MunicipalityCode.of("162019"),
                Optional.of(agreement), Instant.now().minusSeconds(1));
        try (Connection db = tenant()) {
            SharingTimeTable.recordCaseEntry(db, entry);
            SharingTimeTable.recordCaseEntry(db, entry);
        }
        String row = "SELECT count(*) FROM tenant_17.ledger_sharing_time WHERE subject_id = ? AND subject = 'CASE_ENTRY'"
                + " AND direction = 'TO_HOME' AND via = 'AGREEMENT' AND agreement_id = ? AND host_prefecture = '16'"
                + " AND host_municipality = '162019' AND person_id = ? AND visible_at >= arrived_at";
        assertEquals(1, database.count(row, entry.entryId(), agreement, person), "written once");
        String unread = "SELECT count(*) FROM tenant_17.ledger_sharing_time WHERE subject_id = ? AND first_read_at IS NULL";
        try (Connection db = tenant()) {
            SharingTimeTable.markRead(db, Direction.TO_HOME, person, Set.of());
            assertEquals(1, database.count(unread, entry.entryId()), "reading the ledger entry is not reading the case");
            assertEquals(0, SharingTimeTable.markCaseEntriesRead(db, disaster,
                    StandardImport.personOf(database, disaster, "S-1")), "another person's case");
            assertEquals(1, SharingTimeTable.markCaseEntriesRead(db, disaster, person));
            assertEquals(0, SharingTimeTable.markCaseEntriesRead(db, disaster, person), "the first read counts");
        }
        assertEquals(0, database.count(unread, entry.entryId()));
    }

    @Test
    void aHostsCaseEntryFollowsItsCaseToTheSurvivorOfAMergeAndBackWithItsUndo() throws SQLException {
        UUID hinata = StandardImport.personOf(database, disaster, "S-1");
        UUID hanako = StandardImport.personOf(database, disaster, "S-2");
        HostCaseEntry entry = new HostCaseEntry(UUID.randomUUID(), disaster, hanako, MunicipalityCode.of("162019"),
                Optional.of(UUID.randomUUID()), Instant.now());
        try (Connection db = tenant()) {
            SharingTimeTable.recordCaseEntry(db, entry);
            assertEquals(List.of(entry.entryId()), caseEntries(db, hanako));
            assertEquals(List.of(), caseEntries(db, hinata));
        }
        UUID merge = jpa.inTenant(em -> new LedgerPersons(em, IMPORTED).merge(disaster, hinata, hanako,
                OptionalDouble.empty(), Optional.empty(), "同一人物と確認", STAFF).id());
        try (Connection db = tenant()) {
            assertEquals(List.of(entry.entryId()), caseEntries(db, hinata), "the survivor's history holds the case");
            PersonSharingTime time = SharingTimeTable.ofPerson(db, disaster, hinata).stream()
                    .filter(t -> t.subject().equals("case-entry")).findFirst().orElseThrow();
            assertEquals("to-home", time.direction());
            assertEquals(null, time.recordId());
        }
        jpa.inTenant(em -> {
            new LedgerPersons(em, IMPORTED).undoMerge(disaster, merge, "別人と判明", STAFF);
            return null;
        });
        try (Connection db = tenant()) {
            assertEquals(List.of(), caseEntries(db, hinata));
            assertEquals(List.of(entry.entryId()), caseEntries(db, hanako));
        }
    }

    private List<UUID> caseEntries(Connection db, UUID person) throws SQLException {
        return SharingTimeTable.ofPerson(db, disaster, person).stream().map(PersonSharingTime::caseEntryId)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void aPrefecturesOwnHostMunicipalityAddsThroughNoAgreement() throws SQLException {
        UUID person = StandardImport.personOf(database, disaster, "S-1");
        HostCaseEntry entry = new HostCaseEntry(UUID.randomUUID(), disaster, person, MunicipalityCode.of("172014"),
                Optional.empty(), Instant.now());
        try (Connection db = tenant()) {
            SharingTimeTable.recordCaseEntry(db, entry);
        }
        assertEquals("PREFECTURE", database.text("SELECT via FROM tenant_17.ledger_sharing_time WHERE subject_id = ?"
                + " AND agreement_id IS NULL AND host_prefecture = '17'", entry.entryId()));
    }

    // An accepted agreement of 石川県 with 富山県 for the whole prefecture, as provisioning writes it.
    private void insertAgreement(UUID id, Instant validFrom, Instant decidedAt) {
        database.execute("INSERT INTO registry.sharing_agreement (id, home_prefecture, host_prefecture, disaster_id,"
                + " disaster_name, host_municipalities, items, permissions, purpose, valid_from, valid_until, status,"
                + " proposed_by_subject, proposed_by_username, proposed_at, decided_at) VALUES ('" + id + "', '17', '16',"
                + " '" + disaster + "', '能登', '', 'identity,whereabouts', 'read', '所在確認', '" + validFrom + "',"
                + " '2099-01-01T00:00:00Z', 'ACCEPTED', 'sub', 'admin17', '2024-02-02T00:00:00Z', '" + decidedAt + "')");
    }

    private static Connection tenant() throws SQLException {
        Connection db = database.dataSource().getConnection();
        try (Statement statement = db.createStatement()) {
            statement.execute("SET search_path = tenant_17");
        }
        return db;
    }
}
