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

    /** Only the variants seen in names (the curated list: 髙, 﨑, 齋, 邊, 澤, 𠮷 ...), not radicals such as 氵 for 水. */
    private List<String> alternatives(int cp) {
        return cache.computeIfAbsent(cp, c -> variants.alternativesOf(c).stream().filter(NAME_VARIANTS::contains).toList());
    }

    private static final java.util.Set<String> NAME_VARIANTS = java.util.Set.of(
            "髙", "𠮷", "邉", "邊", "﨑", "嵜", "齋", "齊", "濵", "濱", "澤", "嶋", "嶌", "槇", "桒", "冨", "舘", "條", "德",
            "惠", "眞", "實", "彌", "禮", "榮", "靜", "廣", "國", "櫻", "龍", "瀧", "藏", "圓", "關", "邨", "峯", "嶽", "淺", "會",
            "壽", "寳", "學", "讀", "萬", "與", "兒", "假", "覺", "斎", "辺", "崎", "高", "吉", "島", "浜", "沢", "桑", "富", "館", "広", "国");
}
