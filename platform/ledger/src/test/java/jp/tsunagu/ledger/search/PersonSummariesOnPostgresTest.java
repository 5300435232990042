package jp.tsunagu.ledger.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.testing.StandardImport;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Summaries follow every change of links in the same transaction: merges and their undoing, corrections, moves, a
 * second import; and a rebuild computes exactly what was maintained. Each test works in a disaster of its own.
 */
class PersonSummariesOnPostgresTest {

    static final Clock IMPORTED = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final Clock LATER = Clock.fixed(Instant.parse("2024-02-05T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final Actor LEAD = new Actor("sub-17-2", "wajima-lead");

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

    @AfterAll
    static void close() {
        jpa.close();
    }

    @BeforeEach
    void importARoster() {
        disaster = database.disaster("令和6年能登半島地震 " + UUID.randomUUID(), "ACTIVE");
        StandardImport.importAndLink(database, disaster, directory, IMPORTED,
                "S-1,2024/1/2,渡辺 ひなた,わたなべ ひなた,令和2年5月5日,女,石川県輪島市鳳至町2-5,輪島中学校,半壊,,",
                "S-2,2024/1/3,渡邊 陽向,,2020/5/5,女,石川県輪島市鳳至町2-5,金沢市の親族宅,半壊,はい,",
                "S-3,2024/1/2,齋藤 花子,さいとう はなこ,1960/1/1,女,石川県輪島市河井町1-1,,半壊,いいえ,",
                "S-4,2024/1/2,髙橋 一郎,たかはし いちろう,1955/4/12,男,石川県輪島市河井町1-23,,全壊,,");
    }

    UUID person(String row) {
        return StandardImport.personOf(database, disaster, row);
    }

    Set<UUID> named(String name) {
        return jpa.inTenant(em -> new PersonSearch(em).search(PersonSearchCriteria.in(disaster).name(name).build(),
                        PersonOrder.DEFAULT, PageRequest.first(50))).persons().stream()
                .map(PersonSummary::personId).collect(Collectors.toSet());
    }

    Optional<PersonSummary> summary(UUID person) {
        return jpa.inTenant(em -> new PersonSearch(em).summary(disaster, person));
    }

    /** Every summary row of the disaster as stored, keys included, for exact comparison. */
    String rows() {
        return database.text("SELECT coalesce(string_agg(row_to_json(s)::text, E'\\n' ORDER BY s.person_id), '')"
                + " FROM tenant_17.ledger_person_summary s WHERE s.disaster_id = ?", disaster);
    }

    @Test
    void aMergedPersonIsNoLongerListedAndTheSurvivorIsFoundByTheirSpelling() {
        UUID hinata = person("S-1");
        UUID absorbed = person("S-2");
        assertNotEquals(hinata, absorbed, "the exact-key matcher does not link 陽向 to ひなた");
        assertEquals(Set.of(absorbed), named("渡辺 陽向"));
        String before = rows();

        UUID merge = jpa.inTenant(em -> new LedgerPersons(em, LATER).merge(disaster, hinata, absorbed, OptionalDouble.empty(),
                Optional.empty(), "同一人物と確認", LEAD).id());
        assertEquals(Set.of(hinata), named("渡辺 陽向"), "the survivor, by the absorbed person's spelling");
        assertEquals(Set.of(hinata), named("わたなべ"), "the absorbed person is not listed");
        assertEquals(Optional.empty(), summary(absorbed));
        PersonSummary survivor = summary(hinata).orElseThrow();
        assertEquals(2, survivor.recordCount());
        assertTrue(survivor.careNeeded(), "要配慮者 as soon as any record says so");
        assertEquals(LATER.instant(), survivor.updatedAt());

        jpa.inTenant(em -> {
            new LedgerPersons(em, LATER).undoMerge(disaster, merge, "別人と判明", LEAD);
            return null;
        });
        assertEquals(before, rows(), "both summaries exactly as before, keys and last update included");
        assertEquals(Set.of(absorbed), named("渡辺 陽向"));
    }

    @Test
    void aCorrectionChangesTheSummaryAndAddsItsSpelling() {
        UUID hanako = person("S-3");
        jpa.inTenant(em -> new LedgerPersons(em, LATER).correct(disaster, hanako, RecordValues.builder()
                .set(LedgerField.FULL_NAME, "佐々木 花子").set(LedgerField.FULL_NAME_KANA, "ささき はなこ")
                .set(LedgerField.DAMAGE_GRADE, DamageGrade.TOTAL_COLLAPSE).build(), "罹災証明の調査結果と旧姓の届出", LEAD));
        PersonSummary corrected = summary(hanako).orElseThrow();
        assertEquals(Optional.of("佐々木 花子"), corrected.fullName(), "a staff correction wins");
        assertEquals(Optional.of(DamageGrade.TOTAL_COLLAPSE), corrected.damageGrade());
        assertEquals(2, corrected.recordCount());
        assertEquals(LATER.instant(), corrected.updatedAt());
        assertEquals(Set.of(hanako), named("ささき"));
        assertEquals(Set.of(hanako), named("齋藤"), "the imported spelling still finds her");
        assertEquals(Set.of(hanako), jpa.inTenant(em -> new PersonSearch(em).search(PersonSearchCriteria.in(disaster)
                        .damageGrades(Set.of(DamageGrade.TOTAL_COLLAPSE)).municipality(MunicipalityCode.of("172049"))
                        .name("さ").build(), PersonOrder.DEFAULT, PageRequest.first(10))).persons().stream()
                .map(PersonSummary::personId).collect(Collectors.toSet()));
    }

    @Test
    void aMovedRecordTakesItsSpellingToItsNewPerson() {
        UUID ichiro = person("S-4");
        UUID hanako = person("S-3");
        UUID record = StandardImport.recordOf(database, disaster, "S-4");
        jpa.inTenant(em -> new LedgerPersons(em, LATER).move(disaster, record, hanako, LEAD));
        assertEquals(Optional.empty(), summary(ichiro), "a person left without records is not listed");
        assertEquals(Set.of(hanako), named("髙橋"));
        assertEquals(2, summary(hanako).orElseThrow().recordCount());
    }

    @Test
    void aLaterImportLinkedToAPersonUpdatesTheirSummary() {
        UUID ichiro = person("S-4");
        StandardImport.importAndLink(database, disaster, directory, LATER,
                "T-1,2024/2/4,高橋 一郎,タカハシ イチロウ,S30.4.12,男,石川県輪島市河井町1-23,七尾市の仮設住宅,全壊,はい,申請済");
        assertEquals(ichiro, person("T-1"));
        PersonSummary summary = summary(ichiro).orElseThrow();
        assertEquals(2, summary.recordCount());
        assertEquals(Optional.of("七尾市の仮設住宅"), summary.whereabouts());
        assertTrue(summary.careNeeded());
        assertEquals(LATER.instant(), summary.updatedAt());
    }

    @Test
    void quotesBackslashesAndBracesInANameAreKeptAsText() {
        StandardImport.importAndLink(database, disaster, directory, LATER, "U-1,2024/1/2,\"O\"\"Brien\\{ジョン},Jr\",,1970/1/1,男,,,,,");
        UUID obrien = person("U-1");
        assertEquals(Optional.of("O\"Brien\\{ジョン},Jr"), summary(obrien).orElseThrow().fullName());
        assertEquals(Set.of(obrien), named("o\"brien\\{"));
    }

    @Test
    void aRebuildComputesExactlyWhatWasMaintained() {
        jpa.inTenant(em -> new LedgerPersons(em, LATER).merge(disaster, person("S-1"), person("S-2"),
                OptionalDouble.empty(), Optional.empty(), "同一人物と確認", LEAD));
        String maintained = rows();
        database.execute("DELETE FROM tenant_17.ledger_person_summary WHERE person_id = '" + person("S-3") + "'");
        database.execute("UPDATE tenant_17.ledger_person_summary SET name_keys = '{}', record_count = 0 WHERE person_id = '"
                + person("S-4") + "'");
        assertNotEquals(maintained, rows());

        long persons = new PersonSummaryRebuild(database.dataSource(), new PersonSummaries()).rebuild(TestDatabase.ISHIKAWA, disaster);
        assertEquals(4, persons, "the absorbed person included: its summary stays removed");
        assertEquals(maintained, rows());
    }

    @Test
    void summariesListedAsOutdatedAreRebuiltOnceAndTheListEmpties() {
        String maintained = rows();
        database.execute("UPDATE tenant_17.ledger_person_summary SET name_keys = '{}', record_count = 0 WHERE disaster_id = '"
                + disaster + "'");
        database.execute("INSERT INTO tenant_17.ledger_summary_rebuild_due (disaster_id, reason) VALUES ('" + disaster
                + "', 'test')");
        assertNotEquals(maintained, rows());

        SummaryRebuildsDue due = new SummaryRebuildsDue(database.dataSource(), new PersonSummaries());
        assertEquals(1, due.rebuildDue(TestDatabase.ISHIKAWA));
        assertEquals(maintained, rows());
        assertEquals(0, database.count("SELECT count(*) FROM tenant_17.ledger_summary_rebuild_due WHERE disaster_id = ?", disaster));
        assertEquals(0, due.rebuildDue(TestDatabase.ISHIKAWA), "nothing left to do at the next start");
    }
}
