package jp.tsunagu.ledger.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.tsunagu.linkage.normalize.JapaneseText;
import jp.tsunagu.linkage.normalize.Kana;
import jp.tsunagu.linkage.normalize.NameNormalizer;
import jp.tsunagu.linkage.normalize.PersonName;
import jp.tsunagu.linkage.normalize.PhoneticKey;

/**
 * The search keys of person names, built with the linkage module's {@link NameNormalizer} so that search folds exactly
 * what linkage folds: width, hiragana/katakana, spaces, kanji variants (髙/高, 﨑/崎, 齋/斎, 邊/辺).
 *
 * <p>A key is a tag and a normalised text; the index holds every prefix of every key, so that "starts with" is an
 * equality on an array (a GIN index) and needs no extension (see docs/decisions/person-search-keys.md). Tags:
 * <ul>
 * <li>{@code W:} the whole name as written, variants folded (a kana-only name in katakana);</li>
 * <li>{@code R:} the whole reading in katakana, as it sounds ({@link #soundsLike}): the record's ふりがな, a kana-only name, or the reading guessed from
 *     the kanji when the record has no ふりがな;</li>
 * <li>{@code K:} the reading of a name that has no kanji spelling (written in kana only, or only ふりがな), so that a
 *     query in kanji can reach it through the query's own reading;</li>
 * <li>{@code w:}, {@code r:}, {@code k:} the same for the given-name words (every word after the first), for queries
 *     that name family and given name in different scripts (山崎 はな).</li>
 * </ul>
 * Whole-name keys start with the family name, so a prefix of them is a family-name prefix.
 */
public final class NameKeys {

    /** Longer prefixes are not indexed; a longer query word is cut to this length and still matches by prefix. */
    static final int LONGEST_PREFIX = 20;

    static final String WRITTEN = "W:";
    static final String READING = "R:";
    static final String READING_OF_KANA_NAME = "K:";
    static final String GIVEN_WRITTEN = "w:";
    static final String GIVEN_READING = "r:";
    static final String GIVEN_READING_OF_KANA_NAME = "k:";

    private final NameNormalizer names;

    public NameKeys(NameNormalizer names) {
        this.names = names;
    }

    public static NameKeys bundled() {
        return new NameKeys(NameNormalizer.bundled());
    }

    /**
     * Adds the keys of one spelling (a record's 氏名 and ふりがな, either may be empty) to {@code keys}, every prefix
     * of each.
     */
    public void addKeys(String name, String kana, Set<String> keys) {
        for (String key : spellingKeys(name, kana)) {
            addPrefixes(key, keys);
        }
    }

    /**
     * The keys of one spelling whole, each a tag and its text, before their prefixes are taken ({@link #addPrefixes}):
     * the part of {@link #addKeys} that normalises, so it can be worked out once per record and kept.
     */
    public List<String> spellingKeys(String name, String kana) {
        PersonName whole = names.normalize(name, kana);
        if (whole.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        boolean noKanji = !Kana.hasKanji(whole.written());
        add(keys, WRITTEN, whole.folded());
        add(keys, READING, soundsLike(whole.reading()));
        if (noKanji) {
            add(keys, READING_OF_KANA_NAME, soundsLike(whole.reading()));
        }
        List<String> nameWords = words(name);
        List<String> kanaWords = words(kana);
        boolean aligned = nameWords.size() == kanaWords.size();
        boolean hasKana = !kanaWords.isEmpty();
        for (int i = 1; i < nameWords.size(); i++) {
            // Passing the record's kana keeps the normaliser from guessing a reading that would not be used.
            PersonName given = names.normalize(nameWords.get(i), aligned ? kanaWords.get(i) : kana);
            add(keys, GIVEN_WRITTEN, given.folded());
            if (aligned || !hasKana) {
                addGivenReading(keys, given.reading(), noKanji);
            }
        }
        if (!aligned) {
            for (int i = 1; i < kanaWords.size(); i++) {
                addGivenReading(keys, names.normalize("", kanaWords.get(i)).reading(), noKanji);
            }
        }
        return List.copyOf(keys);
    }

    /** Adds every prefix of a whole key ({@link #spellingKeys}) to {@code keys}, up to {@link #LONGEST_PREFIX}. */
    static void addPrefixes(String key, Set<String> keys) {
        String tag = key.substring(0, WRITTEN.length());
        String text = key.substring(WRITTEN.length());
        int[] codePoints = text.codePoints().toArray();
        StringBuilder prefix = new StringBuilder(tag);
        for (int i = 0; i < codePoints.length && i < LONGEST_PREFIX; i++) {
            prefix.appendCodePoint(codePoints[i]);
            keys.add(prefix.toString());
        }
    }

    /**
     * The keys of the whole name only (written, reading), as the summaries index them: a summary holding one of them
     * has a record whose name is, or starts with, this one. Self-reports find their linkage candidates with these.
     */
    public java.util.List<String> wholeNameKeys(String name, String kana) {
        PersonName whole = names.normalize(name, kana);
        if (whole.isEmpty()) {
            return java.util.List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(cut(WRITTEN + whole.folded()));
        if (whole.hasReading()) {
            keys.add(cut(READING + soundsLike(whole.reading())));
        }
        return java.util.List.copyOf(keys);
    }

    /**
     * What a query word may match, by the script it is written in: a kana word matches readings; a word with kanji
     * matches written names (variants folded) and, through the reading the dictionary gives it, names that have no
     * kanji spelling; anything else (romaji) matches written names. Empty when the word has nothing to search for.
     *
     * @param given whether the word stands after the first, i.e. is matched against given-name words
     */
    Set<String> alternatives(String word, boolean given) {
        PersonName query = names.normalize(word, "");
        Set<String> keys = new LinkedHashSet<>();
        if (query.isEmpty()) {
            return keys;
        }
        if (Kana.isKanaOnly(query.written())) {
            keys.add(cut((given ? GIVEN_READING : READING) + soundsLike(query.reading())));
        } else {
            keys.add(cut((given ? GIVEN_WRITTEN : WRITTEN) + query.folded()));
            if (Kana.hasKanji(query.written()) && query.hasReading()) {
                keys.add(cut((given ? GIVEN_READING_OF_KANA_NAME : READING_OF_KANA_NAME) + soundsLike(query.reading())));
            }
        }
        return keys;
    }

    /** The words of a name or a query: split at spaces (any width) and middle dots. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : JapaneseText.normalize(text).split("[ ・]")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private void addGivenReading(Set<String> keys, String reading, boolean noKanji) {
        add(keys, GIVEN_READING, soundsLike(reading));
        if (noKanji) {
            add(keys, GIVEN_READING_OF_KANA_NAME, soundsLike(reading));
        }
    }

    /**
     * Readings are matched by how they sound to someone taking a name over the phone or off a handwritten roster:
     * long vowels folded (サトウ, サトー, サトオ), ッ dropped (linkage's {@link PhoneticKey}) and voicing marks dropped
     * (ヤマサキ / ヤマザキ, ナカシマ / ナカジマ, which families themselves spell both ways). Search shows candidates
     * to a person, so it may be looser than linkage, which decides alone.
     */
    static String soundsLike(String reading) {
        String folded = PhoneticKey.of(reading);
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        return Normalizer.normalize(decomposed.replace("\u3099", "").replace("\u309A", ""), Normalizer.Form.NFC);
    }

    private static void add(Set<String> keys, String tag, String text) {
        if (!text.isEmpty()) {
            keys.add(tag + text);
        }
    }

    private static String cut(String key) {
        int tag = WRITTEN.length();
        int length = key.codePointCount(tag, key.length());
        return length <= LONGEST_PREFIX ? key : key.substring(0, key.offsetByCodePoints(tag, LONGEST_PREFIX));
    }
}
