package jp.tsunagu.linkage.bench;

import jp.tsunagu.linkage.normalize.Kana;

/** Full-width to half-width (半角) for kana and digits, as older systems and some portals write them. */
final class HalfWidth {

    private static final String FULL = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    private static final String HALF = "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ";
    private static final String VOICED_BASE = "カキクケコサシスセソタチツテトハヒフヘホウ";
    private static final String SEMI = "パピプペポ";
    private static final String SEMI_BASE = "ハヒフヘホ";

    private HalfWidth() {
    }

    static String kana(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Kana.toKatakana(text).toCharArray()) {
            int v = VOICED.indexOf(c);
            int s = SEMI.indexOf(c);
            if (v >= 0) {
                out.append(HALF.charAt(FULL.indexOf(VOICED_BASE.charAt(v)))).append('ﾞ');
            } else if (s >= 0) {
                out.append(HALF.charAt(FULL.indexOf(SEMI_BASE.charAt(s)))).append('ﾟ');
            } else if (c == '　') {
                out.append(' ');
            } else {
                int i = FULL.indexOf(c);
                out.append(i >= 0 ? HALF.charAt(i) : c);
            }
        }
        return out.toString();
    }

    static String fullWidthDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '-' ? '－' : c);
        }
        return out.toString();
    }
}
