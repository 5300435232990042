package jp.tsunagu.ledger.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.ledger.testing.StandardImport;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Person search on PostgreSQL over rosters imported and linked as in production: spellings, filters, paging and
 * sorting, and the wall between disasters. The ledger is only read here (changes are in PersonSummariesOnPostgresTest).
 */
class PersonSearchOnPostgresTest {

    static final Clock FIRST_IMPORT = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final Clock SECOND_IMPORT = Clock.fixed(Instant.parse("2024-02-02T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final MunicipalityCode WAJIMA = MunicipalityCode.of("172049");
    static final MunicipalityCode KANAZAWA = MunicipalityCode.of("172014");

    static TestDatabase database;
    static TestJpa jpa;
    static UUID noto;
    static UUID other;

    @BeforeAll
    static void importTwoDisasters() throws Exception {
        database = TestDatabase.fresh();
        jpa = new TestJpa(database);
        noto = database.disaster("令和6年能登半島地震", "ACTIVE");
        other = database.disaster("別の災害", "ACTIVE");
        Path directory = Files.createTempDirectory("person-search");
        StandardImport.importAndLink(database, noto, directory, FIRST_IMPORT,
                "A-1,2024/1/2,髙橋 一郎,たかはし いちろう,1955/4/12,男,石川県輪島市河井町1-23,輪島中学校,全壊,いいえ,",
                "A-3,2024/1/2,山﨑 ハナ,やまさき はな,1941/3/3,女,石川県珠洲市宝立町鵜飼1-1,長男宅（金沢市）,大規模半壊,はい,申請済",
                "A-4,2024/1/2,齋藤 花子,さいとう はなこ,1960/1/1,女,石川県輪島市鳳至町2-5,,半壊,いいえ,",
                "A-5,2024/1/2,渡邊 健太,,1990/11/30,男,輪島市鳳至町2-5,,半壊,,",
                "A-6,2024/1/2,たかはし みき,,1970/5/5,女,石川県七尾市府中町1,,一部損壊,,",
                "A-7,2024/1/2,山崎 太郎,やまざき たろう,1980/2/2,男,石川県金沢市広坂1-1-1,,被害なし,,",
                "A-8,2024/1/2,中村 美和,なかむら みわ,1950/6/6,女,石川県金沢市広坂2-2,,全壊,はい,",
                "A-9,2024/1/2,佐藤 由美,さとう ゆみ,1963/1/1,女,石川県鳳珠郡能登町宇出津1,,準半壊,,",
                "A-10,2024/1/2,佐藤 由美,さとう ゆみ,1961/1/1,女,石川県鳳珠郡能登町宇出津2,,準半壊,,",
                "A-11,2024/1/2,佐藤 由美,さとう ゆみ,1965/1/1,女,石川県鳳珠郡能登町宇出津3,,準半壊,,",
                "A-12,2024/1/2,佐藤 由美,さとう ゆみ,1962/1/1,女,石川県鳳珠郡能登町宇出津4,,準半壊,,",
                "A-13,2024/1/2,佐藤 由美,さとう ゆみ,1964/1/1,女,石川県鳳珠郡能登町宇出津5,,準半壊,,",
                "A-14,2024/1/2,鈴木 一,すずき はじめ,,男,,,,,");
        // The same man again, a day later, in another notation: half-width kana, 和暦, kanji numerals in the address.
        StandardImport.importAndLink(database, noto, directory, SECOND_IMPORT,
                "A-2,2024/1/3,高橋　一郎,ﾀｶﾊｼ ｲﾁﾛｳ,昭和30年4月12日,男,石川県輪島市河井町一丁目23番地,金沢市内のホテル,全壊,,");
        StandardImport.importAndLink(database, other, directory, FIRST_IMPORT,
                "B-1,2024/1/2,髙橋 一郎,たかはし いちろう,1955/4/12,男,石川県輪島市河井町1-23,,全壊,はい,",
                "B-2,2024/1/2,山﨑 ハナ,やまさき はな,1941/3/3,女,石川県珠洲市宝立町鵜飼1-1,,大規模半壊,はい,");
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    static UUID person(String row) {
        return StandardImport.personOf(database, row.startsWith("B") ? other : noto, row);
    }

    static Set<UUID> persons(String... rows) {
        return Set.of(rows).stream().map(PersonSearchOnPostgresTest::person).collect(Collectors.toSet());
    }

    static PersonPage search(UUID disaster, UnaryOperator<PersonSearchCriteria.Builder> criteria, PersonOrder order,
                             PageRequest page) {
        return jpa.inTenant(em -> new PersonSearch(em).search(criteria.apply(PersonSearchCriteria.in(disaster)).build(), order, page));
    }

    static Set<UUID> found(UnaryOperator<PersonSearchCriteria.Builder> criteria) {
        PersonPage page = search(noto, criteria, PersonOrder.DEFAULT, PageRequest.first(PageRequest.LARGEST_SIZE));
        assertEquals(page.total(), page.persons().size());
        return page.persons().stream().map(PersonSummary::personId).collect(Collectors.toSet());
    }

    static Set<UUID> named(String name) {
        return found(c -> c.name(name));
    }

    @Test
    void linkingWritesTheSummaryOfEveryPersonItLinks() {
        assertEquals(13, database.count("SELECT count(*) FROM tenant_17.ledger_person WHERE disaster_id = ?", noto));
        assertEquals(13, database.count("SELECT count(*) FROM tenant_17.ledger_person_summary WHERE disaster_id = ?", noto));
        PersonSummary ichiro = jpa.inTenant(em -> new PersonSearch(em).summary(noto, person("A-1"))).orElseThrow();
        assertEquals(2, ichiro.recordCount(), "both rosters' rows of 髙橋 一郎");
        assertEquals(Optional.of("高橋　一郎"), ichiro.fullName(), "the latest row's spelling (no register record states it)");
        assertEquals(Optional.of("金沢市内のホテル"), ichiro.whereabouts());
        assertEquals(Optional.of(LocalDate.of(1955, 4, 12)), ichiro.birthDate());
        assertEquals(Optional.of(Sex.MALE), ichiro.sex());
        assertEquals(Optional.of(WAJIMA), ichiro.municipality(), "河井町一丁目23番地 of 輪島市");
        assertEquals(Optional.of(DamageGrade.TOTAL_COLLAPSE), ichiro.damageGrade());
        assertEquals(SECOND_IMPORT.instant(), ichiro.updatedAt(), "when the second row was linked");
    }

    @Test
    void kanjiVariantsOfEitherSideFindThePerson() {
        assertEquals(persons("A-1", "A-6"), named("高橋"), "髙橋 一郎 by 高橋, and たかはし みき through the reading of 高橋");
        assertEquals(persons("A-1", "A-6"), named("髙橋"));
        assertEquals(persons("A-3", "A-7"), named("山崎"), "山﨑 and 山崎");
        assertEquals(persons("A-4"), named("斎藤"), "齋藤");
        assertEquals(persons("A-5"), named("渡辺"), "渡邊");
    }

    @Test
    void hiraganaKatakanaAndHalfWidthKanaAreOne() {
        assertEquals(persons("A-3", "A-7"), named("やまさき"), "やまさき and やまざき sound alike to search");
        assertEquals(persons("A-3", "A-7"), named("ヤマサキ"));
        assertEquals(persons("A-3", "A-7"), named("ﾔﾏｻｷ"));
        assertEquals(persons("A-3", "A-7"), named("やまざき"));
    }

    @Test
    void spacesBetweenFamilyAndGivenNameDoNotMatter() {
        Set<UUID> ichiro = persons("A-1");
        assertEquals(ichiro, named("髙橋一郎"));
        assertEquals(ichiro, named("高橋 一郎"));
        assertEquals(ichiro, named("たかはし　いちろう"));
        assertEquals(ichiro, named("ﾀｶﾊｼｲﾁﾛｳ"));
    }

    @Test
    void aFamilyNameInKanjiAndAGivenNameInKanaFindThePerson() {
        assertEquals(persons("A-3"), named("山崎 はな"));
        assertEquals(persons("A-3"), named("山崎 ハナ"));
        assertEquals(persons("A-7"), named("山崎 た"), "a given name's prefix");
        assertEquals(Set.of(), named("山崎 みわ"));
    }

    @Test
    void aKanjiQueryFindsAPersonRecordedOnlyInKana() {
        assertEquals(persons("A-6"), named("高橋 みき"));
        assertEquals(persons("A-6"), named("たかはし み"));
    }

    @Test
    void aKanaQueryFindsAPersonRecordedOnlyInKanjiThroughTheReadingOfTheKanji() {
        assertEquals(persons("A-5"), named("わたなべ"));
    }

    @Test
    void everySpellingOfEveryLinkedRecordFindsThePerson() {
        assertTrue(named("ﾀｶﾊｼ ｲﾁ").contains(person("A-1")), "the second row's half-width kana");
        assertTrue(named("髙橋　一").contains(person("A-1")), "the first row's 髙");
    }

    @Test
    void birthDatesAreReadInEveryFormImportsAccept() {
        for (String date : List.of("1955-04-12", "1955/4/12", "19550412", "昭和30年4月12日", "S30.4.12", "3300412", "１９５５年４月１２日")) {
            assertEquals(persons("A-1"), found(c -> c.birthDate(date)), date);
        }
        InvalidRequestException wrong = assertThrows(InvalidRequestException.class,
                () -> PersonSearchCriteria.in(noto).birthDate("平成元年1月7日"));
        assertEquals(Optional.of("birthDate"), wrong.field());
        assertFalse(wrong.getMessage().contains("平成元年"), "the message never repeats what was typed");
    }

    @Test
    void addressesMatchByMunicipalityAndWhatFollowsOrByAnyPart() {
        assertEquals(persons("A-4", "A-5"), found(c -> c.address("輪島市鳳至町")), "with and without 石川県");
        assertEquals(persons("A-4", "A-5"), found(c -> c.address("石川県輪島市鳳至町二丁目")));
        assertEquals(persons("A-4", "A-5"), found(c -> c.address("鳳至町2")), "a part without the municipality");
        assertEquals(persons("A-1"), found(c -> c.address("河井町1-23")), "the derived address 河井町一丁目23番地");
        assertEquals(persons("A-1", "A-4", "A-5"), found(c -> c.address("輪島")), "part of a municipality's name");
        assertEquals(persons("A-9", "A-10", "A-11", "A-12", "A-13"), found(c -> c.address("能登町")), "written with 鳳珠郡");
        assertEquals(Set.of(), found(c -> c.address("100%_")), "LIKE wildcards are text");
    }

    @Test
    void municipalityDamageAndCareNeededFilterAndCombine() {
        assertEquals(persons("A-1", "A-4", "A-5"), found(c -> c.municipality(WAJIMA)));
        assertEquals(persons("A-7", "A-8"), found(c -> c.municipality(KANAZAWA)));
        assertEquals(persons("A-1", "A-3", "A-8"),
                found(c -> c.damageGrades(EnumSet.of(DamageGrade.TOTAL_COLLAPSE, DamageGrade.LARGE_SCALE_HALF_COLLAPSE))));
        assertEquals(persons("A-3", "A-8"), found(c -> c.careNeeded(true)));
        assertEquals(11, found(c -> c.careNeeded(false)).size());
        assertEquals(persons("A-4", "A-5"), found(c -> c.municipality(WAJIMA).damageGrades(Set.of(DamageGrade.HALF_COLLAPSE))));
        assertEquals(persons("A-3"), found(c -> c.name("山崎").careNeeded(true)));
        assertEquals(persons("A-1"), found(c -> c.name("たかはし").birthDate("S30.4.12").address("輪島市")));
        assertEquals(Set.of(), found(c -> c.name("たかはし").municipality(KANAZAWA)));
    }

    @Test
    void pagesTogetherHoldEveryMatchOnceInAStableOrder() {
        UnaryOperator<PersonSearchCriteria.Builder> satoYumi = c -> c.name("さとう ゆみ");
        List<PersonSummary> all = search(noto, satoYumi, PersonOrder.DEFAULT, PageRequest.first(200)).persons();
        List<PersonSummary> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            PersonPage result = search(noto, satoYumi, PersonOrder.DEFAULT, new PageRequest(page, 2));
            assertEquals(5, result.total());
            assertEquals(3, result.pages());
            paged.addAll(result.persons());
        }
        assertEquals(all, paged, "equal readings are ordered by id: no one twice, no one skipped");
        assertEquals(5, new HashSet<>(paged).size());
        assertEquals(List.of(), search(noto, satoYumi, PersonOrder.DEFAULT, new PageRequest(3, 2)).persons());
        assertEquals(5, search(noto, satoYumi, PersonOrder.DEFAULT, new PageRequest(3, 2)).total());
    }

    @Test
    void resultsSortByEachKeyEitherWayWithMissingValuesLast() {
        List<String> years = birthYears(search(noto, c -> c.name("さとう"), PersonOrder.ascending(PersonOrder.Key.BIRTH_DATE),
                PageRequest.first(10)));
        assertEquals(List.of("1961", "1962", "1963", "1964", "1965"), years);
        assertEquals(List.of("1965", "1964", "1963", "1962", "1961"), birthYears(search(noto, c -> c.name("さとう"),
                PersonOrder.descending(PersonOrder.Key.BIRTH_DATE), PageRequest.first(10))));
        for (boolean descending : new boolean[]{false, true}) {
            List<PersonSummary> byBirth = search(noto, c -> c, new PersonOrder(PersonOrder.Key.BIRTH_DATE, descending),
                    PageRequest.first(200)).persons();
            assertEquals(person("A-14"), byBirth.get(byBirth.size() - 1).personId(), "鈴木 一 has no birth date");
            List<PersonSummary> byMunicipality = search(noto, c -> c, new PersonOrder(PersonOrder.Key.MUNICIPALITY, descending),
                    PageRequest.first(200)).persons();
            assertEquals(person("A-14"), byMunicipality.get(byMunicipality.size() - 1).personId(), "no address");
        }
        List<UUID> byKana = search(noto, c -> c, PersonOrder.DEFAULT, PageRequest.first(200)).persons().stream()
                .map(PersonSummary::personId).toList();
        assertEquals(List.of(person("A-4"), person("A-14"), person("A-5")),
                List.of(byKana.get(0), byKana.get(6), byKana.get(12)),
                "サイトウ, サトウ ×5, スズキ … ワタナベ (read from 渡邊 健太): 50音 order");
        assertEquals(person("A-1"), search(noto, c -> c, PersonOrder.descending(PersonOrder.Key.LAST_UPDATE), PageRequest.first(1))
                .persons().get(0).personId(), "linked again by the second import");
    }

    @Test
    void pagesAreAtMostTwoHundredAndCountFromZero() {
        assertEquals(Optional.of("size"), assertThrows(InvalidRequestException.class, () -> new PageRequest(0, 201)).field());
        assertEquals(Optional.of("size"), assertThrows(InvalidRequestException.class, () -> new PageRequest(0, 0)).field());
        assertEquals(Optional.of("page"), assertThrows(InvalidRequestException.class, () -> new PageRequest(-1, 10)).field());
        assertEquals(Optional.of("name"), assertThrows(InvalidRequestException.class, () -> named("・")).field());
    }

    @Test
    void anotherDisastersPersonsAreNeverFound() {
        Set<UUID> otherPersons = Set.of(person("B-1"), person("B-2"));
        Set<UUID> everyone = found(c -> c);
        assertEquals(13, everyone.size());
        assertTrue(everyone.stream().noneMatch(otherPersons::contains));
        assertEquals(persons("A-1", "A-6"), named("髙橋 "));
        assertEquals(Set.of(), found(c -> c.careNeeded(true).name("髙橋")), "B-1 is 要配慮者 in the other disaster only");
        PersonPage inOther = search(other, c -> c.name("髙橋"), PersonOrder.DEFAULT, PageRequest.first(10));
        assertEquals(List.of(person("B-1")), inOther.persons().stream().map(PersonSummary::personId).toList());
        assertEquals(Optional.empty(), jpa.inTenant(em -> new PersonSearch(em).summary(noto, person("B-1"))));
        assertEquals(2, search(other, c -> c, PersonOrder.DEFAULT, PageRequest.first(10)).total());
    }

    private static List<String> birthYears(PersonPage page) {
        return page.persons().stream().map(p -> String.valueOf(p.birthDate().orElseThrow().getYear())).toList();
    }
}
