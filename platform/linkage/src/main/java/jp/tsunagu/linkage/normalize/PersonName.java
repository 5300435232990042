package jp.tsunagu.linkage.normalize;

import java.util.Objects;

/**
 * A person's name with its matching keys. {@code written} is the name as written (NFKC, no spaces), {@code folded}
 * the same with kanji variants folded; {@code reading} is katakana without spaces, from the record's フリガナ, from
 * a kana-only name, or guessed from the kanji ({@code readingDerived}); {@code phonetic} folds long vowels.
 * Any key may be empty when the record had nothing to derive it from.
 */
public record PersonName(String written, String folded, String reading, boolean readingDerived, String phonetic) {

    public static final PersonName NONE = new PersonName("", "", "", false, "");

    public PersonName {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(folded, "folded");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(phonetic, "phonetic");
    }

    public boolean hasWritten() {
        return !written.isEmpty();
    }

    public boolean hasReading() {
        return !reading.isEmpty();
    }

    public boolean isEmpty() {
        return written.isEmpty() && reading.isEmpty();
    }

    /** Names are personal data: say only which keys are present. */
    @Override
    public String toString() {
        return "PersonName[written=" + hasWritten() + ", reading=" + (readingDerived ? "derived" : hasReading()) + "]";
    }
}
