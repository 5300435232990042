package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.NameNormalizer;
import jp.tsunagu.linkage.normalize.PhoneNumber;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private final NameNormalizer names = NameNormalizer.bundled();
    private final AddressNormalizer addresses = AddressNormalizer.bundled(Optional.empty());

    private Agreement name(String a, String ak, String b, String bk) {
        return NameComparison.compare(names.normalize(a, ak), names.normalize(b, bk));
    }

    @Test
    void nameLevels() {
        assertEquals(Agreement.EXACT, name("山田 太郎", "", "山田太郎", "やまだたろう"));
        assertEquals(Agreement.VARIANT, name("髙橋 一郎", "", "高橋 一郎", ""));
        assertEquals(Agreement.VARIANT, name("ヤマダ ユウコ", "", "やまだ ゆうこ", ""));
        assertEquals(Agreement.VARIANT, name("山田 翔真", "", "ヤマダ ショウマ", ""));
        assertEquals(Agreement.VARIANT, name("山田 裕子", "ヤマダ ユウコ", "山田 優子", "ヤマダ ユウコ"));
        assertEquals(Agreement.CLOSE, name("山田 祐介", "ヤマダ ユウスケ", "山田 雄輔", "ヤマダ ユウスケ"));
        assertEquals(Agreement.VARIANT, name("", "オオノ ケイコ", "", "オーノ ケーコ"));
        assertEquals(Agreement.CLOSE, name("", "ヤマダ タロウ", "", "ヤマダ タドウ"));
        assertEquals(Agreement.DISAGREE, name("山田 太郎", "ヤマダ タロウ", "山田 次郎", "ヤマダ ジロウ"));
        assertEquals(Agreement.DISAGREE, name("山田 太郎", "", "山田 花子", ""));
        assertEquals(Agreement.CLOSE, name("渡辺 佑太", "", "渡辺 結太", ""));
        assertEquals(Agreement.DISAGREE, name("佐藤 優太", "", "佐藤 優斗", ""));
        assertEquals(Agreement.MISSING, name("", "", "山田 花子", ""));
    }

    @Test
    void birthDateLevels() {
        Optional<LocalDate> d = Optional.of(LocalDate.of(1970, 3, 5));
        assertEquals(Agreement.EXACT, BirthDateComparison.compare(d, d));
        assertEquals(Agreement.SWAPPED, BirthDateComparison.compare(d, Optional.of(LocalDate.of(1970, 5, 3))));
        assertEquals(Agreement.CLOSE, BirthDateComparison.compare(d, Optional.of(LocalDate.of(1970, 3, 6))));
        assertEquals(Agreement.CLOSE, BirthDateComparison.compare(d, Optional.of(LocalDate.of(1971, 3, 5))));
        assertEquals(Agreement.DISAGREE, BirthDateComparison.compare(d, Optional.of(LocalDate.of(1975, 8, 20))));
        assertEquals(Agreement.MISSING, BirthDateComparison.compare(d, Optional.empty()));
    }

    @Test
    void addressLevels() {
        assertEquals(Agreement.EXACT, AddressComparison.compare(addresses.normalize("石川県輪島市河井町1部18-1"), addresses.normalize("輪島市河井町一部十八番地一")));
        assertEquals(Agreement.VARIANT, AddressComparison.compare(addresses.normalize("輪島市河井町1部18-1"), addresses.normalize("輪島市河井町2部3")));
        assertEquals(Agreement.DISAGREE, AddressComparison.compare(addresses.normalize("輪島市河井町1部18-1"), addresses.normalize("輪島市鳳至町1")));
        assertEquals(Agreement.VARIANT, AddressComparison.compare(addresses.normalize("輪島市河井町1部18-1"), addresses.normalize("輪島市河井1部18")));
        assertEquals(Agreement.CLOSE, AddressComparison.compare(addresses.normalize("輪島市河井町1部18-1"), addresses.normalize("石川県輪島市")));
        assertEquals(Agreement.CLOSE, AddressComparison.compare(addresses.normalize("輪島市河井町1部18-1"), addresses.normalize("輪島市立河井小学校避難所")));
        assertEquals(Agreement.MISSING, AddressComparison.compare(addresses.normalize("輪島市河井町1部18-1"), addresses.normalize("金沢市総合体育館")));
        assertEquals(Agreement.DISAGREE, AddressComparison.compare(addresses.normalize("輪島市河井町1部18-1"), addresses.normalize("金沢市広坂1-1")));
    }

    @Test
    void phoneLevels() {
        Optional<PhoneNumber> mobile = PhoneNumber.parse("090-1234-5678");
        Optional<PhoneNumber> landline = PhoneNumber.parse("0768-22-1234");
        assertEquals(Agreement.EXACT, PhoneComparison.compare(mobile, PhoneNumber.parse("+819012345678")));
        assertEquals(Agreement.VARIANT, PhoneComparison.compare(landline, landline));
        assertEquals(Agreement.CLOSE, PhoneComparison.compare(mobile, PhoneNumber.parse("090-1234-5679")));
        assertEquals(Agreement.DISAGREE, PhoneComparison.compare(mobile, landline));
    }
}
