package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
