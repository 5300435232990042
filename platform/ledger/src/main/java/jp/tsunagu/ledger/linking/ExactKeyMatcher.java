package jp.tsunagu.ledger.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A deliberately simple matcher for where linkage is not wanted (see {@link LinkageMatcher} for the real one): a record is LINKED when its
 * written name or its reading, without spaces and in NFKC, and its birth date agree exactly with a known record's;
 * REVIEW when the name agrees and either side has no birth date; NEW otherwise. It never folds kanji variants (髙 and
 * 高 stay different): that is what the real linkage adds.
 */
public final class ExactKeyMatcher implements PersonMatcher {

    @Override
    public MatchSession open(UUID disasterId) {
        return new Session();
    }

    private static final class Session implements MatchSession {

        private final Map<String, UUID> byNameAndBirth = new HashMap<>();
        private final Map<String, UUID> byName = new HashMap<>();

        @Override
        public void know(LinkSubject record, UUID personId) {
            for (String name : names(record)) {
                byName.putIfAbsent(name, personId);
                record.birthDate().ifPresent(birth -> byNameAndBirth.putIfAbsent(name + "|" + birth, personId));
            }
        }

        @Override
        public MatchDecision decide(LinkSubject incoming) {
            for (String name : names(incoming)) {
                if (incoming.birthDate().isPresent()) {
                    UUID person = byNameAndBirth.get(name + "|" + incoming.birthDate().get());
                    if (person != null) {
                        return new MatchDecision(MatchDecision.Outcome.LINKED, Optional.of(person), 1.0,
                                "name:EXACT;birthDate:EXACT");
                    }
                }
            }
            for (String name : names(incoming)) {
                UUID person = byName.get(name);
                if (person != null && incoming.birthDate().isEmpty()) {
                    return new MatchDecision(MatchDecision.Outcome.REVIEW, Optional.of(person), 0.5, "name:EXACT;birthDate:MISSING");
                }
            }
            return MatchDecision.newPerson(0.0, "name:NONE");
        }

        private static List<String> names(LinkSubject record) {
            List<String> names = new ArrayList<>(2);
            record.fullName().map(Session::key).filter(k -> !k.isEmpty()).ifPresent(k -> names.add("w:" + k));
            record.fullNameKana().map(Session::kanaKey).filter(k -> !k.isEmpty()).ifPresent(k -> names.add("r:" + k));
            return names;
        }

        private static String key(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        }

        private static String kanaKey(String text) {
            StringBuilder katakana = new StringBuilder();
            for (char c : key(text).toCharArray()) {
                katakana.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
            }
            return katakana.toString();
        }
    }
}
