package jp.tsunagu.linkage.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a kana reading can be a reading of a name written in kanji: ショウマ for 翔真 (ショウ + マ), アキノ for 暁乃
 * (アカツキ shortened + ノ). Names take liberties dictionaries do not list, so each kanji may be read by any on or kun
 * reading from Unihan, by the first two or more kana of a kun reading (名乗り often shorten them), voiced at the start
 * (rendaku: 田 → ダ in 山田), by 名乗り learnt from a list of given names (聡 → アキ; name-readings.tsv) or with the final ツ/ク/チ/キ swallowed (促音); words the kuromoji dictionary knows (吉田
 * ヨシダ) count as a whole. Long vowels compare as sounds (ユーコ = ユウコ, オオノ = オウノ). A
 * plausible reading is evidence that a kana-only record and a kanji-only record name the same person; it is no proof.
 */
public final class KanjiReadings {

    private static final String TABLE = "kanji-readings.tsv";
    private static final String NAME_TABLE = "name-readings.tsv";
    private static final KanjiReadings BUNDLED = load(KanjiVariants.bundled());
    private static final int MAX_NAME_LENGTH = 12;
    private static final String UNVOICED = "カキクケコサシスセソタチツテトハヒフヘホ";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";

    private final Map<Integer, List<String>> readings;
    private final Map<Integer, List<String>> nameReadings;
    private final KanjiVariants variants;
    private final NameReadings dictionary;
    private final Map<Integer, List<String>> optionsCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Edge>> wordCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, int[]> foldedCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, List<String>> fullReadingsCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_NAMES = 200_000;

    private KanjiReadings(Map<Integer, List<String>> readings, Map<Integer, List<String>> nameReadings, KanjiVariants variants) {
        this.readings = readings;
        this.nameReadings = nameReadings;
        this.variants = variants;
        this.dictionary = new NameReadings(variants);
    }

    public static KanjiReadings bundled() {
        return BUNDLED;
    }

    /** True when {@code kana} can be read off {@code written} (kanji and kana mixed, spaces ignored). */
    public boolean canRead(String written, String kana) {
        String name = JapaneseText.withoutSpaces(written);
        int[] chars = name.codePoints().toArray();
        String target = PhoneticKey.expandedNormalized(JapaneseText.withoutSpaces(kana));
        if (chars.length == 0 || chars.length > MAX_NAME_LENGTH || target.length() < chars.length) {
            return false;
        }
        // A graph over character positions: each character by any of its readings, plus dictionary words as a whole
        // (吉田 → ヨシダ: 名乗り such as ヨシ for 吉 are not in Unihan, but common names are in the dictionary).
        List<List<String>> options = new ArrayList<>(chars.length);
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i] == '々' && i > 0 ? chars[i - 1] : chars[i];
            options.add(optionsCache.computeIfAbsent(c, this::optionsFor));
        }
        boolean[][] dead = new boolean[chars.length + 1][target.length() + 1];
        return matches(options, words(name), 0, target, 0, dead);
    }

    /**
     * True when {@code kana} can begin with a reading of the first character of {@code written} (or of a dictionary
     * word at its start): a cheap test that rules out most pairs before {@link #canRead} aligns the whole name.
     */
    public boolean canBeginReading(String written, String kana) {
        String name = JapaneseText.withoutSpaces(written);
        String target = PhoneticKey.expandedNormalized(JapaneseText.withoutSpaces(kana));
        if (name.isEmpty() || target.isEmpty()) {
            return false;
        }
        for (String option : optionsCache.computeIfAbsent(name.codePointAt(0), this::optionsFor)) {
            if (startsWith(target, 0, option)) {
                return true;
            }
        }
        for (Edge word : words(name)) {
            if (word.from() == 0 && startsWith(target, 0, word.reading())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when two spellings of equal length can be read alike: at every position where the kanji differ (at most
     * two), the two kanji share a full reading or 名乗り (佑太/結太: 佑 and 結 are both ユウ; 優太/優斗: 太 and 斗 share
     * none). For names where no kana was given on one side, which a dictionary guess cannot settle.
     */
    public boolean canSoundAlike(String first, String second) {
        int[] a = foldedCodePoints(first);
        int[] b = foldedCodePoints(second);
        if (a.length != b.length || a.length == 0) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                continue;
            }
            if (++differing > 2 || !shareReading(a[i], b[i])) {
                return false;
            }
        }
        return differing > 0;
    }

    /** Linking compares every name with many others: the folded code points of a spelling are cached (bounded). */
    private int[] foldedCodePoints(String spelling) {
        int[] cached = foldedCache.get(spelling);
        if (cached != null) {
            return cached;
        }
        int[] folded = variants.fold(JapaneseText.withoutSpaces(spelling)).codePoints().toArray();
        if (foldedCache.size() > MAX_CACHED_NAMES) {
            foldedCache.clear();
        }
        foldedCache.put(spelling, folded);
        return folded;
    }

    private boolean shareReading(int a, int b) {
        List<String> first = fullReadingsCache.computeIfAbsent(a, this::fullReadings);
        for (String reading : fullReadingsCache.computeIfAbsent(b, this::fullReadings)) {
            if (first.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    private List<String> fullReadings(int c) {
        List<String> out = new ArrayList<>(readings.getOrDefault(c, List.of()));
        out.addAll(nameReadings.getOrDefault(c, List.of()));
        return List.copyOf(out);
    }

    private static boolean matches(List<List<String>> options, List<Edge> words, int index, String target, int position,
                                   boolean[][] dead) {
        if (index == options.size()) {
            return position == target.length();
        }
        if (dead[index][position]) {
            return false;
        }
        for (String option : options.get(index)) {
            if (startsWith(target, position, option)
                    && matches(options, words, index + 1, target, position + option.length(), dead)) {
                return true;
            }
        }
        for (Edge word : words) {
            if (word.from() == index && word.to() <= options.size() && startsWith(target, position, word.reading())
                    && matches(options, words, word.to(), target, position + word.reading().length(), dead)) {
                return true;
            }
        }
        dead[index][position] = true;
        return false;
    }

    private record Edge(int from, int to, String reading) {
    }

    /** Dictionary words of a name as edges; names repeat a lot, so results are cached (bounded). */
    private List<Edge> words(String name) {
        List<Edge> cached = wordCache.get(name);
        if (cached != null) {
            return cached;
        }
        List<Edge> edges = new ArrayList<>();
        for (NameReadings.Token token : dictionary.tokens(name)) {
            edges.add(new Edge(token.start(), token.end(), PhoneticKey.expandedNormalized(token.reading())));
        }
        if (wordCache.size() > MAX_CACHED_NAMES) {
            wordCache.clear();
        }
        wordCache.put(name, List.copyOf(edges));
        return edges;
    }

    private static boolean matches(List<List<Edge>> edges, int index, String target, int position, boolean[][] dead) {
        if (index == edges.size()) {
            return position == target.length();
        }
        if (dead[index][position]) {
            return false;
        }
        for (Edge edge : edges.get(index)) {
            if (edge.to() <= edges.size() && startsWith(target, position, edge.reading())
                    && matches(edges, edge.to(), target, position + edge.reading().length(), dead)) {
                return true;
            }
        }
        dead[index][position] = true;
        return false;
    }

    private static boolean startsWith(String target, int position, String reading) {
        if (reading.isEmpty() || position + reading.length() > target.length()) {
            return false;
        }
        for (int k = 0; k < reading.length(); k++) {
            char vowel = PhoneticKey.vowelAt(target, position + k - 1);
            if (!PhoneticKey.sameSound(vowel, reading.charAt(k), target.charAt(position + k))) {
                return false;
            }
        }
        return true;
    }

    private List<String> optionsFor(int c) {
        String asText = Character.toString(c);
        if (Kana.isKanaOnly(asText)) {
            return List.of(PhoneticKey.expandedNormalized(asText));
        }
        int common = variants.fold(asText).codePointAt(0);
        List<String> base = readings.getOrDefault(c, readings.getOrDefault(common, List.of()));
        Set<String> out = new LinkedHashSet<>();
        for (String reading : base) {
            addForms(out, reading);
            for (int length = 2; length < reading.length(); length++) {
                addForms(out, reading.substring(0, length));
            }
        }
        for (String reading : nameReadings.getOrDefault(c, nameReadings.getOrDefault(common, List.of()))) {
            addForms(out, reading);
        }
        out.remove("");
        return List.copyOf(out);
    }

    private static void addForms(Set<String> out, String reading) {
        out.add(PhoneticKey.expandedNormalized(reading));
        int v = UNVOICED.indexOf(reading.charAt(0));
        if (v >= 0) {
            out.add(PhoneticKey.expandedNormalized(VOICED.charAt(v) + reading.substring(1)));
        }
        char last = reading.charAt(reading.length() - 1);
        if (reading.length() >= 2 && "ツクチキ".indexOf(last) >= 0) {
            out.add(PhoneticKey.expandedNormalized(reading.substring(0, reading.length() - 1)));
        }
    }

    private static KanjiReadings load(KanjiVariants variants) {
        return new KanjiReadings(table(TABLE), table(NAME_TABLE), variants);
    }

    private static Map<Integer, List<String>> table(String name) {
        try (InputStream in = KanjiReadings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Map<Integer, List<String>> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                map.put(columns[0].codePointAt(0), List.of(columns[1].split(" ")));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
