package jp.tsunagu.ledger.imports.profile;

import java.text.Normalizer;

/** An optional transformation of a column's text before it is interpreted (after trimming and value mapping). */
public enum Transform {
    /** Hiragana to katakana (ふりがな columns written in either). */
    KATAKANA,
    /** Drops everything but digits (phone numbers with odd separators, codes with hyphens). */
    DIGITS_ONLY,
    /** Removes spaces, including the ideographic space. */
    REMOVE_SPACES,
    /** Unicode NFKC: full-width letters and digits to ASCII, half-width kana to full width. */
    NFKC;

    public String apply(String text) {
        return switch (this) {
            case KATAKANA -> katakana(text);
            case DIGITS_ONLY -> text.codePoints().filter(Character::isDigit)
                    .map(c -> Character.digit(c, 10) + '0')
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            case REMOVE_SPACES -> text.replace(" ", "").replace("\u3000", "");
            case NFKC -> Normalizer.normalize(text, Normalizer.Form.NFKC);
        };
    }

    static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }
}
