package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

/** The phenomena the linker must handle, one pair each: what must link and the hard negatives that must not. */
class LinkerTest {

    private final Linker linker = new Linker(LinkerSettings.defaults().withHomePrefecture(PrefectureCode.of("17")));

    private static PersonRecord record(String id, String name, String kana, String birth, String sex, String address, String phone) {
        return new PersonRecord(id, name, kana, birth, sex, address, phone);
    }

    private Decision decide(PersonRecord a, PersonRecord b) {
        return linker.compare(a, b).decision();
    }

    @Test
    void sameRecordInOtherNotationsLinks() {
        PersonRecord register = record("1", "髙橋 裕子", "タカハシ ユウコ", "昭和45年3月1日", "2", "石川県輪島市河井町1部18-1", "090-1234-5678");
        PersonRecord portal = record("2", "高橋　裕子", "ﾀｶﾊｼ ﾕｰｺ", "1970/3/1", "女", "輪島市河井町一部十八番地一", "+81 90 1234 5678");
        assertEquals(Decision.LINKED, decide(register, portal));
    }

    @Test
    void kanaOnlyShelterRecordWithTheBirthDateLinks() {
        PersonRecord register = record("1", "渡邊 翔真", "", "H10.5.6", "男", "石川県珠洲市宝立町1-2", "");
        PersonRecord shelter = record("2", "わたなべ しょうま", "", "1998-05-06", "M", "珠洲市立宝立小学校 避難所", "");
        assertEquals(Decision.LINKED, decide(register, shelter));
    }

    @Test
    void dayMonthSwapAndOneCharacterSlipLink() {
        PersonRecord a = record("1", "山田 花子", "ヤマダ ハナコ", "1980-03-05", "女", "石川県七尾市府中町3-4", "090-1111-2222");
        PersonRecord b = record("2", "山田 花子", "ヤマダ ハナユ", "1980-05-03", "女", "七尾市府中町3-4", "");
        assertEquals(Decision.LINKED, decide(a, b));
    }

    @Test
    void twinsStayApart() {
        PersonRecord a = record("1", "佐藤 優太", "サトウ ユウタ", "2015-06-01", "男", "石川県輪島市河井町1部18-1", "0768-22-1234");
        PersonRecord b = record("2", "佐藤 優斗", "サトウ ユウト", "2015-06-01", "男", "石川県輪島市河井町1部18-1", "0768-22-1234");
        assertNotEquals(Decision.LINKED, decide(a, b));
    }

    @Test
    void spousesAreNew() {
        PersonRecord a = record("1", "鈴木 一郎", "スズキ イチロウ", "1950-01-10", "男", "石川県能登町宇出津1-1", "0768-62-0001");
        PersonRecord b = record("2", "鈴木 和子", "スズキ カズコ", "1953-08-20", "女", "石川県能登町宇出津1-1", "0768-62-0001");
        assertEquals(Decision.NEW, decide(a, b));
    }

    @Test
    void commonNameWithTheSameBirthDateInAnotherTownIsNotLinked() {
        PersonRecord a = record("1", "佐藤 花子", "サトウ ハナコ", "1960-04-01", "女", "石川県金沢市広坂1-1-1", "");
        PersonRecord b = record("2", "佐藤 花子", "サトウ ハナコ", "1960-04-01", "女", "石川県小松市小馬出町91", "");
        assertNotEquals(Decision.LINKED, decide(a, b));
    }

    @Test
    void kanaOnlyCallAndKanjiOnlyRegisterLinkWhenTheDictionaryGuessesAnotherReading() {
        // kuromoji reads 角田 as ツノダ; カクタ is another reading of it and must not be ruled out by that guess.
        PersonRecord register = record("1", "角田和輝", "", "1955-06-25", "男", "石川県鹿島郡中能登町曽根4番地15", "");
        PersonRecord call = record("2", "カクタカズキ", "", "1955年6月25日", "1", "", "");
        MatchResult result = linker.compare(register, call);
        assertEquals(Agreement.VARIANT, result.comparison().get(Field.NAME));
        assertEquals(Decision.LINKED, result.decision());
    }

    @Test
    void householdMembersWhoseNamesDisagreeGetNothingForTheirHomeAndLandline() {
        // A son's call-centre record without a birth date: same home and landline as his father, another name.
        PersonRecord father = record("1", "北村 健二", "キタムラ ケンジ", "1961-02-03", "男", "石川県珠洲市宝立町鵜飼1-5", "0768-84-1111");
        PersonRecord son = record("2", "北村 大輝", "", "", "男", "珠洲市宝立町鵜飼1番地5", "0768-84-1111");
        MatchResult result = linker.compare(father, son);
        assertEquals(Agreement.DISAGREE, result.comparison().get(Field.NAME));
        assertEquals(Agreement.EXACT, result.comparison().get(Field.ADDRESS));
        assertEquals(Decision.NEW, result.decision());
    }

    @Test
    void twinsWithTheSameHomeLandlineAndBirthDateAreAReviewAtMost() {
        PersonRecord a = record("1", "中谷 翔太", "ナカタニ ショウタ", "2012-07-14", "男", "石川県輪島市鳳至町上町12", "0768-22-1234");
        PersonRecord b = record("2", "中谷 健太", "", "平成24年7月14日", "男", "輪島市鳳至町上町12番地", "0768-22-1234");
        MatchResult result = linker.compare(a, b);
        assertNotEquals(Decision.LINKED, result.decision());
        // Birth date and sex only: the home and the landline are the household's.
        assertEquals(linker.compare(record("3", "中谷 翔太", "", "2012-07-14", "男", "", ""),
                record("4", "中谷 健太", "", "2012-07-14", "男", "", "")).score(), result.score(), 1e-9);
    }

    @Test
    void twinsSharingTheirMothersMobileStayApartInABatch() {
        List<PersonRecord> records = List.of(
                record("a", "中谷 翔太", "ナカタニ ショウタ", "2012-07-14", "男", "石川県輪島市鳳至町上町12", "090-5555-0001"),
                record("b", "中谷 健太", "ナカタニ ケンタ", "2012-07-14", "男", "輪島市鳳至町上町12番地", "09055550001"),
                record("c", "中谷 翔太", "なかたに しょうた", "H24.7.14", "M", "輪島市立鳳至小学校", "090-5555-0001"));
        LinkageResult result = linker.link(records);
        assertEquals(result.personIds().get(0), result.personIds().get(2));
        assertNotEquals(result.personIds().get(0), result.personIds().get(1));
    }

    @Test
    void twinBrotherAndSisterWithNamesOneKanjiApartAreNotLinked() {
        // 友理 / 友恵: one kanji apart and no kana on one side (CLOSE), same birth date and home, other sex.
        PersonRecord sister = record("1", "鈴木　友理", "", "1972/4/23", "2", "石川県珠洲市額田南郷２０－１３", "");
        PersonRecord brother = record("2", "鈴木友恵", "", "昭和四十七年四月二十三日", "男性", "石川県珠洲市額田南郷20番地の13", "");
        MatchResult result = linker.compare(sister, brother);
        assertEquals(Agreement.CLOSE, result.comparison().get(Field.NAME));
        assertEquals(Agreement.DISAGREE, result.comparison().get(Field.SEX));
        assertTrue(result.score() >= linker.thresholds().upper());
        assertEquals(Decision.REVIEW, result.decision());
    }

    @Test
    void aReviewPairDoesNotChainTwoPersons() {
        // The middle record has no birth date: it may be either twin, and must not join them.
        List<PersonRecord> records = List.of(
                record("a", "佐藤 優太", "サトウ ユウタ", "2015-06-01", "男", "石川県輪島市河井町1部18-1", ""),
                record("b", "佐藤 優斗", "サトウ ユウト", "2015-06-01", "男", "石川県輪島市河井町1部18-1", ""),
                record("c", "佐藤 優太", "サトウ ユウタ", "", "男", "石川県輪島市河井町1部18-1", ""));
        LinkageResult result = linker.link(records);
        assertNotEquals(result.personIds().get(0), result.personIds().get(1));
    }

    @Test
    void linkGivesOnePersonIdPerRecordInInputOrder() {
        List<PersonRecord> records = List.of(
                record("r1", "山田 太郎", "ヤマダ タロウ", "1970-01-01", "男", "石川県七尾市府中町1", "090-0000-0001"),
                record("r2", "田中 次郎", "タナカ ジロウ", "1980-02-02", "男", "石川県七尾市府中町2", ""),
                record("r3", "山田　太郎", "やまだ たろう", "S45.1.1", "1", "七尾市府中町一", "09000000001"));
        LinkageResult result = linker.link(records);
        assertEquals(List.of("r1", "r2", "r3"), result.recordIds());
        assertEquals(result.personIds().get(0), result.personIds().get(2));
        assertNotEquals(result.personIds().get(0), result.personIds().get(1));
        assertEquals("P0000001", result.personIds().get(0));
    }
}
