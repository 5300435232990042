package jp.tsunagu.linkage.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds 異体字 and 旧字体 to one representative per variant class (髙→高, 﨑→崎, 齋/齊→斉, 邊/邉→辺, 澤→沢, 𠮷→吉).
 * The table {@code kanji-variants.tsv} is generated from Unihan, the 人名用漢字 list and
 * {@code @geolonia/normalize-japanese-addresses} (see docs/linkage.md); the representative is only a key, not
 * the "correct" spelling.
 */
public final class KanjiVariants {

    private static final String TABLE = "kanji-variants.tsv";
    private static final KanjiVariants BUNDLED = load();

    private final Map<Integer, Integer> canonical;

    private KanjiVariants(Map<Integer, Integer> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    public static KanjiVariants bundled() {
        return BUNDLED;
    }

    /** The text with every variant replaced by its representative; works on code points, so 𠮷 (a surrogate pair) folds. */
    public String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(canonical.getOrDefault(cp, cp)));
        return out.toString();
    }

    public boolean sameAfterFolding(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /** The other characters of a character's variant class (高 → 髙; 髙 → 高), for generating test data. */
    public java.util.List<String> alternativesOf(int codePoint) {
        int representative = canonical.getOrDefault(codePoint, codePoint);
        java.util.List<String> out = new java.util.ArrayList<>();
        if (representative != codePoint) {
            out.add(Character.toString(representative));
        }
        canonical.forEach((variant, rep) -> {
            if (rep == representative && variant != codePoint) {
                out.add(Character.toString(variant));
            }
        });
        out.sort(null);
        return out;
    }

    /** Number of variant characters in the table (for documentation and tests). */
    public int size() {
        return canonical.size();
    }

    private static KanjiVariants load() {
        try (InputStream in = KanjiVariants.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            Map<Integer, Integer> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                map.put(columns[0].codePointAt(0), columns[1].codePointAt(0));
            }
            return new KanjiVariants(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
