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

    /**
     * A spelling key that keeps every mora: katakana, modern kana, ッ dropped, and the long-vowel mark written out as
     * the vowel it lengthens (ユーコ → ユウコ, オーノ → オウノ, ケーコ → ケイコ). Used to align readings mora by mora.
     */
    static String expanded(String kana) {
        return expandedNormalized(JapaneseText.withoutSpaces(kana));
    }

    /** {@link #expanded} for text already normalised by {@link JapaneseText} (skips the regular expressions). */
    static String expandedNormalized(String kana) {
        String text = Kana.toKatakana(kana).replace("・", "")
                .replace("ヴァ", "バ").replace("ヴィ", "ビ").replace("ヴェ", "ベ").replace("ヴォ", "ボ");
        StringBuilder out = new StringBuilder(text.length());
        char previousVowel = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = modern(text.charAt(i));
            if (c == 'ッ') {
                continue;
            }
            if (c == 'ー') {
                c = switch (previousVowel) {
                    case 'a' -> 'ア';
                    case 'i', 'e' -> 'イ';
                    case 'u', 'o' -> 'ウ';
                    default -> 'ー';
                };
            }
            out.append(c);
            previousVowel = vowelOf(c) == 0 ? previousVowel : vowelOf(c);
        }
        return out.toString();
    }

    /** Whether two kana are the same sound after a mora with the given vowel: オウ/オオ and エイ/エエ are one long vowel. */
    static boolean sameSound(char afterVowel, char a, char b) {
        if (a == b) {
            return true;
        }
        boolean longO = afterVowel == 'o' && (a == 'ウ' || a == 'オ') && (b == 'ウ' || b == 'オ');
        boolean longE = afterVowel == 'e' && (a == 'イ' || a == 'エ') && (b == 'イ' || b == 'エ');
        return longO || longE;
    }

    static char vowelAt(String text, int index) {
        return index < 0 ? 0 : vowelOf(text.charAt(index));
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
        return c == 'ア' || c == 'イ' || c == 'ウ' || c == 'エ' || c == 'オ' ? "aiueo".charAt("アイウエオ".indexOf(c)) : 0;
    }
}
