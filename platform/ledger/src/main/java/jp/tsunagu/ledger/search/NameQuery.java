package jp.tsunagu.ledger.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A name as a staff member typed it, as the keys it may match. Words are matched by prefix: the first against whole
 * names (so 「髙橋」 finds every 高橋 by family name, 「たかはしい」 finds たかはし いちろう), every later word against
 * the given-name words (「山崎 ハナ」: family name in kanji, given name in kana). The words written together are tried
 * as one whole-name prefix too, so 「高橋 一郎」 also finds a record written 高橋一郎 without a space.
 *
 * @param words  per word, the keys any of which it may match; at least one word
 * @param joined the keys of all words written together (the same as the first word's when there is one word)
 */
record NameQuery(List<Set<String>> words, Set<String> joined) {

    NameQuery {
        words = List.copyOf(words);
        joined = Set.copyOf(joined);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a name query has at least one word");
        }
    }

    /** Empty when nothing in the text can be searched for (only punctuation, an honorific). */
    static Optional<NameQuery> parse(NameKeys keys, String text) {
        List<Set<String>> words = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (String word : NameKeys.words(text)) {
            Set<String> alternatives = keys.alternatives(word, !words.isEmpty());
            if (!alternatives.isEmpty()) {
                words.add(alternatives);
                joined.append(word);
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NameQuery(words, words.size() == 1 ? words.get(0) : keys.alternatives(joined.toString(), false)));
    }

    boolean hasSeveralWords() {
        return words.size() > 1;
    }
}
