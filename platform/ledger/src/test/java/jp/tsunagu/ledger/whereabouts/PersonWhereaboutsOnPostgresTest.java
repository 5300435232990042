package jp.tsunagu.ledger.whereabouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.ledger.access.PersonVisibility;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.search.PageRequest;
import jp.tsunagu.ledger.search.PersonOrder;
import jp.tsunagu.ledger.search.PersonSearch;
import jp.tsunagu.ledger.search.PersonSearchCriteria;
import jp.tsunagu.ledger.search.PersonSummary;
import jp.tsunagu.ledger.testing.StandardImport;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Whereabouts entries against PostgreSQL: an entry becomes the current whereabouts in the summary in its own
 * transaction, moves the person into a host municipality's scope and out of another's, follows a merge, and feeds the
 * lists (per municipality, movements, unlocated) and the area query of sharing agreements.
 */
class PersonWhereaboutsOnPostgresTest {

    static final Clock IMPORTED = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final Clock LATER = Clock.fixed(Instant.parse("2024-02-05T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final Actor HOST = new Actor("sub-kanazawa", "kanazawa.staff");
    static final MunicipalityCode WAJIMA = MunicipalityCode.of("172049");
    static final MunicipalityCode KANAZAWA = MunicipalityCode.of("172014");
    static final MunicipalityCode TOYAMA_CITY = MunicipalityCode.of("162019");
    static final ActingFor FOR_KANAZAWA = new ActingFor("HOST_MUNICIPALITY", KANAZAWA.value());

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
                "S-2,2024/1/3,森 健一,もり けんいち,1970/3/1,男,石川県輪島市河井町3-3,金沢市の親族宅,半壊,はい,",
                "S-3,2024/1/2,齋藤 花子,さいとう はなこ,1960/1/1,女,石川県珠洲市宝立町1,,半壊,いいえ,");
    }

    UUID person(String row) {
        return StandardImport.personOf(database, disaster, row);
    }

    PersonSummary summary(UUID person) {
        return jpa.inTenant(em -> new PersonSearch(em).summary(disaster, person)).orElseThrow();
    }

    Set<UUID> visibleTo(PersonScope scope) {
        return jpa.inTenant(em -> new PersonSearch(em).search(PersonSearchCriteria.in(disaster).scope(scope).build(),
                PersonOrder.DEFAULT, PageRequest.first(50))).persons().stream().map(PersonSummary::personId)
                .collect(Collectors.toSet());
    }

    boolean sees(PersonScope scope, UUID person) {
        Boolean sees = jpa.inTenant(em -> new PersonVisibility(em).sees(scope, disaster, person));
        return sees;
    }

    WhereaboutsEntry add(UUID person, NewWhereabouts entry) {
        return jpa.inTenant(em -> new PersonWhereabouts(em, LATER).record(disaster, person, entry,
                WhereaboutsSource.HOST_UPDATE, FOR_KANAZAWA, HOST));
    }

    @Test
    void importedWhereaboutsAreTheCurrentOnesUntilAnEntryObservedLaterReplacesThem() {
        UUID hinata = person("S-1");
        assertEquals(Optional.of(WhereaboutsKind.DESIGNATED_SHELTER), summary(hinata).current().kind());
        assertEquals(Optional.empty(), summary(hinata).current().municipality(), "輪島中学校 names no municipality");

        WhereaboutsEntry added = add(hinata, new NewWhereabouts(WhereaboutsKind.HOTEL, Optional.of("金沢市のホテル"),
                Optional.empty(), Optional.of(Instant.parse("2024-02-04T00:00:00Z"))));

        assertEquals(Optional.of(KANAZAWA), added.municipality(), "read from the place when no code is given");
        PersonSummary now = summary(hinata);
        assertEquals(Optional.of(WhereaboutsKind.HOTEL), now.current().kind());
        assertEquals(Optional.of(KANAZAWA), now.current().municipality());
        assertEquals(Optional.of("金沢市のホテル"), now.whereabouts(), "the entry's 居所 and the summary's agree");
        WhereaboutsHistory history = jpa.inTenant(em -> new PersonWhereabouts(em, LATER).history(disaster, hinata));
        assertEquals(List.of(WhereaboutsSource.IMPORTED_RECORD, WhereaboutsSource.HOST_UPDATE),
                history.entries().stream().map(WhereaboutsEntry::source).toList());
        assertEquals("kanazawa.staff", history.current().orElseThrow().recordedBy().username());
    }

    @Test
    void aHostsScopeIsAnsweredByTheIndexesOfTheCurrentWhereabouts() {
        PersonScope kanazawa = PersonScope.of(Set.of(), Set.of(KANAZAWA));
        String plan = jpa.inTenant(em -> explain(em.unwrap(java.sql.Connection.class), kanazawa));
        assertTrue(plan.contains("Index Cond: (current_city_code = ANY") && !plan.contains("BitmapOr"),
                "one range of one index, not an OR of two that PostgreSQL would rather answer by reading every summary\n"
                        + plan);
        assertEquals("FALSE", PersonScope.of(Set.of(), Set.of()).sql(), "no municipality, nobody");
    }

    private String explain(java.sql.Connection db, PersonScope kanazawa) {
        try {
            try (java.sql.Statement off = db.createStatement()) {
                // The test ledger is small: ask whether the codes can be an index condition at all (a cast would not be).
                off.execute("SET LOCAL enable_seqscan = off");
            }
            try (java.sql.PreparedStatement explain = db.prepareStatement("EXPLAIN SELECT s.person_id"
                    + " FROM ledger_person_summary s WHERE " + kanazawa.sql())) {
                kanazawa.bind(db, explain, 1);
                StringBuilder lines = new StringBuilder();
                try (java.sql.ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                return lines.toString();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void homeSeesItsResidentsWhereverTheyAreAndAHostOnlyThoseInItsArea() {
        UUID hinata = person("S-1");
        UUID mori = person("S-2");
        UUID saito = person("S-3");
        PersonScope wajima = PersonScope.of(Set.of(WAJIMA), Set.of());
        PersonScope kanazawa = PersonScope.of(Set.of(), Set.of(KANAZAWA));

        assertEquals(Set.of(hinata, mori), visibleTo(wajima));
        assertEquals(Set.of(mori), visibleTo(kanazawa), "森 is at his relatives' in 金沢市");
        assertEquals(Set.of(hinata, mori, saito), visibleTo(PersonScope.EVERYONE));
        assertTrue(sees(kanazawa, mori));
        assertFalse(sees(kanazawa, hinata));

        add(mori, new NewWhereabouts(WhereaboutsKind.OTHER_MUNICIPALITY, Optional.empty(), Optional.of(TOYAMA_CITY),
                Optional.empty()));

        assertEquals(Set.of(), visibleTo(kanazawa), "once he moved on to 富山市, 金沢市 no longer sees him");
        assertEquals(Set.of(hinata, mori), visibleTo(wajima), "his home still does");
        assertEquals(List.of(mori), jpa.inTenant(em -> new PersonsInArea(em).in(disaster, PrefectureCode.of(16))));
        assertEquals(List.of(), jpa.inTenant(em -> new PersonsInArea(em).in(disaster, Set.of(KANAZAWA))));
    }

    @Test
    void aWardsHostSeesThoseInTheWardAndTheDesignatedCitysHostThoseInEveryWard() {
        UUID mori = person("S-2");
        MunicipalityCode yokohama = MunicipalityCode.of("141003");
        MunicipalityCode naka = MunicipalityCode.of("141046");
        MunicipalityCode tsurumi = MunicipalityCode.of("141011");
        add(mori, new NewWhereabouts(WhereaboutsKind.RELATIVES_HOME, Optional.empty(), Optional.of(naka), Optional.empty()));

        assertEquals(Set.of(mori), visibleTo(PersonScope.of(Set.of(), Set.of(naka))), "横浜市中区 sees him");
        assertEquals(Set.of(mori), visibleTo(PersonScope.of(Set.of(), Set.of(yokohama))), "横浜市 sees all its wards");
        assertEquals(Set.of(), visibleTo(PersonScope.of(Set.of(), Set.of(tsurumi))), "鶴見区 is another ward");
        assertEquals(Set.of(mori), visibleTo(PersonScope.of(Set.of(), Set.of(tsurumi, KANAZAWA, naka))));
        assertTrue(sees(PersonScope.of(Set.of(), Set.of(yokohama)), mori));
        assertFalse(sees(PersonScope.of(Set.of(), Set.of(tsurumi)), mori));
    }

    @Test
    void aMergedPersonsEntriesGoWithTheSurvivor() {
        UUID hinata = person("S-1");
        UUID saito = person("S-3");
        add(saito, new NewWhereabouts(WhereaboutsKind.TEMPORARY_HOUSING, Optional.of("金沢市 みなし仮設"), Optional.empty(),
                Optional.of(Instant.parse("2024-02-04T00:00:00Z"))));

        jpa.inTenant(em -> new LedgerPersons(em, LATER).merge(disaster, hinata, saito, OptionalDouble.empty(),
                Optional.empty(), "同一人物", HOST));

        assertEquals(Optional.of(WhereaboutsKind.TEMPORARY_HOUSING), summary(hinata).current().kind());
        assertTrue(sees(PersonScope.of(Set.of(), Set.of(KANAZAWA)), saito), "the absorbed person is judged as the survivor");
    }

    @Test
    void unlocatedAreTheUnknownTheNeverStatedAndTheStale() {
        UUID hinata = person("S-1");
        UUID mori = person("S-2");
        UUID saito = person("S-3");
        add(mori, new NewWhereabouts(WhereaboutsKind.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty()));

        Set<UUID> stale = jpa.inTenant(em -> new PersonSearch(em).search(PersonSearchCriteria.in(disaster)
                .unlocatedSince(Instant.parse("2024-01-02T12:00:00Z")).build(), PersonOrder.DEFAULT, PageRequest.first(50)))
                .persons().stream().map(PersonSummary::personId).collect(Collectors.toSet());

        assertEquals(Set.of(hinata, mori, saito), stale, "ひなた was last seen on 1/2, 森 is unknown, 齋藤 never stated");
        Set<UUID> recent = jpa.inTenant(em -> new PersonSearch(em).search(PersonSearchCriteria.in(disaster)
                .unlocatedSince(Instant.parse("2024-01-01T00:00:00Z")).build(), PersonOrder.DEFAULT, PageRequest.first(50)))
                .persons().stream().map(PersonSummary::personId).collect(Collectors.toSet());
        assertEquals(Set.of(mori, saito), recent);
    }

    @Test
    void anEntryInTheFutureOrForAnAbsorbedPersonIsRefused() {
        UUID hinata = person("S-1");
        assertThrows(InvalidRequestException.class, () -> add(hinata, new NewWhereabouts(WhereaboutsKind.OWN_HOME,
                Optional.empty(), Optional.empty(), Optional.of(Instant.parse("2024-02-06T00:00:00Z")))));
        assertThrows(NotFoundException.class, () -> jpa.inTenant(em -> new PersonWhereabouts(em, LATER)
                .history(disaster, UUID.randomUUID())));
    }
}
