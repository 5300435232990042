package jp.tsunagu.linkage.normalize;

import java.text.Normalizer;

/** The first step for every field: NFKC plus what NFKC leaves alone (minus signs, dashes, odd spaces). */
public final class JapaneseText {

    // NFKC does not map U+2212 MINUS SIGN or the dash family to '-'; Japanese forms use them all for 番地 hyphens.
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u2796";
    private static final String SPACES = " \t\n\u000B\f\r\u00A0\u3000\u200B\uFEFF";

    private JapaneseText() {
    }

    /** NFKC (full-width ASCII and digits to half-width, half-width kana to full-width), unified dashes and spaces. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // One pass instead of regular expressions: this runs for every field of every record.
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (SPACES.indexOf(c) >= 0) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(DASHES.indexOf(c) >= 0 ? '-' : c);
        }
        return out.toString();
    }

    /** {@link #normalize} without any space: a key that ignores where (or whether) family and given name were split. */
    public static String withoutSpaces(String text) {
        return normalize(text).replace(" ", "");
    }

    public static boolean isBlank(String text) {
        return normalize(text).isEmpty();
    }
}
