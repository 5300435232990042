package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * Staff search the ledger through the API by name in kanji or kana (variants folded), birth date in any common form,
 * damage grade and 要配慮者, page by page; a person of another disaster instance with the same name is never found.
 */
class PersonSearchIT extends PlatformIT {

    static LedgerFixture fixture;
    static LedgerFixture other;
    static SeededLedger ledger;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("台帳の検索");
        other = LedgerFixture.create("台帳の検索（別の災害）");
        ledger = fixture.ledger;
    }

    @Test
    void aNameInKanjiOrKanaFindsThePersonWhateverVariantTheRecordsUse() {
        assertEquals(Set.of(ledger.ichiro()), found("name=" + q("高橋")), "髙橋 in the register, 高橋 in the roster");
        assertEquals(Set.of(ledger.ichiro()), found("name=" + q("髙橋 一郎")));
        assertEquals(Set.of(ledger.ichiro()), found("name=" + q("たかはし")));
        assertEquals(Set.of(ledger.ichiro()), found("name=" + q("ﾀｶﾊｼ ｲﾁﾛｰ")), "half-width, long vowel mark");
        assertEquals(Set.of(ledger.yoshida()), found("name=" + q("吉田")), "𠮷田 found by 吉田");
        assertEquals(Set.of(ledger.hanako(), ledger.hanakoVisited()), found("name=" + q("山口 花子")),
                "both 花子 while the review is open");
    }

    @Test
    void filtersByBirthDateInAnyFormDamageGradeAndCareNeeded() {
        assertEquals(Set.of(ledger.ichiro()), found("birthDate=" + q("昭和30年4月12日")));
        assertEquals(Set.of(ledger.ichiro()), found("birthDate=S30.4.12"));
        assertEquals(Set.of(ledger.shota(), ledger.kenta()), found("birthDate=2012-07-14"), "the twins");
        assertEquals(Set.of(ledger.ichiro(), ledger.kenta()), found("damageGrade=" + q("全壊")));
        assertEquals(Set.of(ledger.ichiro(), ledger.kenta(), ledger.mori()),
                found("damageGrade=" + q("全壊") + "&damageGrade=HALF_COLLAPSE"));
        assertEquals(Set.of(ledger.hanakoVisited()), found("careNeeded=true"));
        assertEquals(Set.of(ledger.kenta()), found("damageGrade=" + q("全壊") + "&birthDate=2012-07-14"));
    }

    @Test
    void listsCurrentValuesWithJapaneseLabelsAndNoMyNumber() {
        JsonObject ichiro = search(fixture.adminToken(), "name=" + q("高橋")).json().getJsonArray("persons").getJsonObject(0);
        assertEquals("髙橋 一郎", ichiro.getString("fullName"), "the register's spelling, as written");
        assertEquals("TOTAL_COLLAPSE", ichiro.getString("damageGrade"));
        assertEquals("全壊", ichiro.getString("damageGradeLabel"));
        assertEquals("172049", ichiro.getString("municipality"));
        assertEquals("輪島市", ichiro.getString("municipalityName"));
        assertEquals(2, ichiro.getInt("recordCount"));
        assertFalse(ichiro.toString().contains(LedgerSeed.MY_NUMBER));
    }

    @Test
    void pagesAreStableAndCountTheTotal() {
        JsonObject first = search(fixture.adminToken(), "size=2&sort=birthDate").json();
        JsonObject second = search(fixture.adminToken(), "size=2&page=1&sort=birthDate").json();
        assertEquals(7, first.getInt("total"), "seven persons: three from the register, three new from the roster, one visit");
        assertEquals(4, first.getInt("pages"));
        assertEquals(List.of("1950-01-10", "1950-01-10"), birthDates(first), "oldest first");
        assertEquals(List.of("1955-04-12", "1970-03-01"), birthDates(second));
        JsonObject descending = search(fixture.adminToken(), "size=1&sort=-birthDate").json();
        assertEquals(List.of("2012-07-14"), birthDates(descending));
    }

    @Test
    void municipalStaffSearchAndMistakesAreProblemsNamingTheParameter() {
        String staff = fixture.token(LedgerAccounts.get().staff());
        assertEquals(200, search(staff, "name=" + q("中谷")).status());
        Api.Reply badGrade = search(staff, "damageGrade=" + q("倒壊"));
        assertEquals(400, badGrade.status());
        assertEquals("damageGrade", badGrade.json().getString("field"));
        assertEquals("size", search(staff, "size=1000").json().getString("field"));
        assertEquals("page", search(staff, "page=x").json().getString("field"));
        assertEquals("birthDate", search(staff, "birthDate=70/3/1").json().getString("field"));
        assertEquals(403, search(fixture.token(LedgerAccounts.get().worker()), "name=" + q("中谷")).status());
    }

    @Test
    void anotherInstancesPersonOfTheSameNameIsNeverFound() {
        Set<String> here = found("name=" + q("高橋"));
        Set<String> there = other.get(fixture.adminToken(), "persons?name=" + q("高橋")).json().getJsonArray("persons")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("personId")).collect(Collectors.toSet());
        assertEquals(1, there.size());
        assertFalse(here.stream().anyMatch(there::contains));
        assertTrue(there.contains(other.ledger.ichiro()));
    }

    private static Api.Reply search(String token, String query) {
        return fixture.get(token, "persons?" + query);
    }

    private static Set<String> found(String query) {
        Api.Reply reply = search(fixture.adminToken(), query + "&size=200");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("persons").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("personId")).collect(Collectors.toSet());
    }

    private static List<String> birthDates(JsonObject page) {
        return page.getJsonArray("persons").getValuesAs(JsonObject.class).stream().map(p -> p.getString("birthDate")).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
