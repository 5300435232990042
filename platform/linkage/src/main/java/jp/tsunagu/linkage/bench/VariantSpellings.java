package jp.tsunagu.linkage.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.tsunagu.linkage.normalize.KanjiVariants;

/** Old or variant spellings of a name (高橋 → 髙橋, 吉田 → 𠮷田, 渡辺 → 渡邊/渡邉) as some registers hold them. */
final class VariantSpellings {

    private final KanjiVariants variants;
    private final Random random;
    private final Map<Integer, List<String>> cache = new HashMap<>();

    VariantSpellings(KanjiVariants variants, Random random) {
        this.variants = variants;
        this.random = random;
    }

    boolean hasOldForm(String name) {
        return name.codePoints().anyMatch(cp -> !alternatives(cp).isEmpty());
    }

    String oldForm(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            List<String> options = alternatives(cp);
            out.append(options.isEmpty() ? Character.toString(cp) : options.get(random.nextInt(options.size())));
        });
        return out.toString();
    }

    private List<String> alternatives(int cp) {
        return cache.computeIfAbsent(cp, variants::alternativesOf);
    }
}
