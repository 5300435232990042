package jp.tsunagu.linkage.normalize;

import java.util.regex.Pattern;

/**
 * Unifies the part of an address after the municipality: 河井町一部十八番地一, 河井町1部18-1 and 河井町１部１８－１
 * all become 河井町1部18-1; 一丁目2番3号 becomes 1-2-3. Kanji numerals are converted only where they count
 * (before 丁目, 番, 号, 部, 地割, 条, の, a hyphen or at the end), so 一宮, 四日市 and 八幡 keep their kanji.
 */
final class AddressDetail {

    private static final Pattern NUMBER_UNIT = Pattern.compile("(?:丁目|番地|番|号|部|地割|条|線|の|-|[0-9]|$)");
    private static final Pattern HYPHENS_BETWEEN_DIGITS = Pattern.compile("(?<=[0-9])[-ー‐−－の](?=[0-9])");
    private static final Pattern CHOME_BANCHI = Pattern.compile("(?<=[0-9])(?:丁目|番地の?|番の?)");
    private static final Pattern GO = Pattern.compile("(?<=[0-9])号");
    private static final Pattern AZA = Pattern.compile("(?:大字|字)(?=\\p{IsHan})");

    private AddressDetail() {
    }

    static String normalize(String afterMunicipality) {
        String text = afterMunicipality.replace(" ", "");
        text = KanjiNumerals.toArabic(text, AddressDetail::countsAsNumber);
        text = AZA.matcher(text).replaceAll("");
        text = CHOME_BANCHI.matcher(text).replaceAll("-");
        text = GO.matcher(text).replaceAll("");
        text = HYPHENS_BETWEEN_DIGITS.matcher(text).replaceAll("-");
        text = text.replaceAll("-{2,}", "-");
        return text.endsWith("-") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean countsAsNumber(String text, int start, int end) {
        boolean afterDigitOrSeparator = start == 0 ? false : "0123456789-ー部丁目番地号の".indexOf(text.charAt(start - 1)) >= 0;
        return afterDigitOrSeparator || NUMBER_UNIT.matcher(text).region(end, text.length()).lookingAt();
    }
}
