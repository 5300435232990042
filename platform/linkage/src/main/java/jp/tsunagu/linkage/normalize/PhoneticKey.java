package jp.tsunagu.linkage.normalize;

/**
 * A weaker key for kana: what a clerk hears rather than how it is spelled. Long vowels are folded (ユウコ, ユーコ
 * and ユコ give ユコ; オオノ, オーノ and オノ give オノ), the sokuon ッ is dropped, and old or rare kana are mapped to
 * their modern equivalent (ヴィ→ビ, ヴ→ブ, ヂ→ジ, ヅ→ズ, ヲ→オ). Two names with the same key "sound alike"; that is weaker
 * evidence than equal kana, since ユコ and ユウコ may also be two people.
 */
public final class PhoneticKey {

    private static final String A = "アカサタナハマヤラワガザダバパャァ";
    private static final String I = "イキシチニヒミリギジヂビピィ";
    private static final String U = "ウクスツヌフムユルグズヅブプュゥヴ";
    private static final String E = "エケセテネヘメレゲゼデベペェ";
    private static final String O = "オコソトノホモヨロヲゴゾドボポョォ";

    private PhoneticKey() {
    }

    /** The phonetic key of a kana string (hiragana or katakana, any width); non-kana characters are kept. */
    public static String of(String kana) {
        String text = Kana.toKatakana(JapaneseText.withoutSpaces(kana)).replace("・", "")
                .replace("ヴァ", "バ").replace("ヴィ", "ビ").replace("ヴェ", "ベ").replace("ヴォ", "ボ");
        StringBuilder out = new StringBuilder(text.length());
        char previousVowel = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = modern(text.charAt(i));
            if (c == 'ー' || c == 'ッ') {
                continue;
            }
            if (extendsVowel(previousVowel, c)) {
                continue;
            }
            out.append(c);
            previousVowel = vowelOf(c);
        }
        return out.toString();
    }

    private static char modern(char c) {
        return switch (c) {
            case 'ヴ' -> 'ブ';
            case 'ヂ' -> 'ジ';
            case 'ヅ' -> 'ズ';
            case 'ヲ' -> 'オ';
            case 'ヰ' -> 'イ';
            case 'ヱ' -> 'エ';
            case 'ヮ' -> 'ワ';
            default -> c;
        };
    }

    /** ou/oo, uu, ei/ee, ii, aa: the second vowel only lengthens the first. */
    private static boolean extendsVowel(char previousVowel, char c) {
        return switch (previousVowel) {
            case 'o' -> c == 'ウ' || c == 'オ';
            case 'u' -> c == 'ウ';
            case 'e' -> c == 'イ' || c == 'エ';
            case 'i' -> c == 'イ';
            case 'a' -> c == 'ア';
            default -> false;
        };
    }

    private static char vowelOf(char c) {
        if (A.indexOf(c) >= 0) {
            return 'a';
        }
        if (I.indexOf(c) >= 0) {
            return 'i';
        }
        if (U.indexOf(c) >= 0) {
            return 'u';
        }
        if (E.indexOf(c) >= 0) {
            return 'e';
        }
        if (O.indexOf(c) >= 0) {
            return 'o';
        }
        return 0;
    }
}
