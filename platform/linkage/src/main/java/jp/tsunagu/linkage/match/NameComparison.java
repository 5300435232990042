package jp.tsunagu.linkage.match;

import jp.tsunagu.linkage.normalize.Kana;
import jp.tsunagu.linkage.normalize.KanjiReadings;
import jp.tsunagu.linkage.normalize.PersonName;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two names using both the written form and the reading, because each alone misleads: twins 太郎/次郎 differ
 * by one kanji and one kana (a slip in one form only is a typo; in both, another person); a call centre hears
 * ユウコ and writes 裕子 or 優子 (same reading, other kanji); a shelter list has only kana. The written form decides
 * when both sides have one and the reading does not contradict it; otherwise the reading does.
 */
final class NameComparison {

    private static final double NEAR_READING = 0.93;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final KanjiReadings READINGS = KanjiReadings.bundled();

    private enum Level { SAME, FOLDED, NEAR, DIFFERENT, NONE }

    private NameComparison() {
    }

    static Agreement compare(PersonName a, PersonName b) {
        Level written = written(a, b);
        Level reading = reading(a, b);
        if (reading != Level.SAME && reading != Level.FOLDED && written != Level.SAME && written != Level.FOLDED
                && readsAsTheOther(a, b)) {
            // The kana given on one side is a plausible reading of the kanji on the other (翔真 / ショウマ), which a
            // dictionary guess may have missed (it reads 翔真 one way only).
            reading = Level.FOLDED;
        }
        if ((written == Level.NEAR || written == Level.DIFFERENT) && reading != Level.SAME && reading != Level.FOLDED
                && soundAlikeByGuess(a, b)) {
            // Other kanji, no kana on one side to check, but the differing kanji share a reading (佑太/結太, both
            // ユウタ): what a call centre writes for a name it only heard. Weaker than a given reading.
            return Agreement.CLOSE;
        }
        boolean readingsGiven = a.hasReading() && b.hasReading() && !a.readingDerived() && !b.readingDerived();
        return switch (written) {
            case SAME -> reading == Level.DIFFERENT && readingsGiven ? Agreement.CLOSE : Agreement.EXACT;
            case FOLDED -> reading == Level.DIFFERENT && readingsGiven ? Agreement.CLOSE : Agreement.VARIANT;
            case NEAR -> switch (reading) {
                case SAME, FOLDED -> Agreement.VARIANT;
                case NONE -> Agreement.CLOSE;
                case NEAR, DIFFERENT -> Agreement.DISAGREE;
            };
            case DIFFERENT -> reading == Level.SAME || reading == Level.FOLDED ? Agreement.CLOSE : Agreement.DISAGREE;
            case NONE -> switch (reading) {
                case SAME, FOLDED -> Agreement.VARIANT;
                case NEAR -> Agreement.CLOSE;
                case DIFFERENT -> Agreement.DISAGREE;
                case NONE -> Agreement.MISSING;
            };
        };
    }

    private static boolean readsAsTheOther(PersonName a, PersonName b) {
        if (givenReading(a) && givenReading(b)) {
            // Two given readings that differ (ユウキ/ユウヒ) are two names, however the kanji could be read.
            return false;
        }
        // Cheap filter first: a family name written alike or sounding alike at the start; pairs of other families
        // (most pairs in a birth-date block) need no alignment.
        boolean sameStart = !a.folded().isEmpty() && !b.folded().isEmpty() && a.folded().codePointAt(0) == b.folded().codePointAt(0);
        if (!sameStart && a.hasReading() && b.hasReading() && !a.phonetic().regionMatches(0, b.phonetic(), 0, 2)) {
            // A derived reading is one guess of several (角田: カクタ, ツノダ, スミダ), so it cannot rule the pair out;
            // the given kana must at least begin the way the other side's kanji can be read.
            PersonName kanji = a.readingDerived() ? a : b;
            PersonName kana = a.readingDerived() ? b : a;
            if (!kanji.readingDerived() || !READINGS.canBeginReading(kanji.written(), kana.reading())) {
                return false;
            }
        }
        return (Kana.hasKanji(a.written()) && b.hasReading() && !b.readingDerived() && READINGS.canRead(a.written(), b.reading()))
                || (Kana.hasKanji(b.written()) && a.hasReading() && !a.readingDerived() && READINGS.canRead(b.written(), a.reading()));
    }

    private static boolean soundAlikeByGuess(PersonName a, PersonName b) {
        return !(givenReading(a) && givenReading(b)) && READINGS.canSoundAlike(a.written(), b.written());
    }

    private static boolean givenReading(PersonName name) {
        return name.hasReading() && !name.readingDerived();
    }

    private static boolean hasWrittenForm(PersonName name) {
        return name.hasWritten() && !Kana.isKanaOnly(name.written());
    }

    private static Level written(PersonName a, PersonName b) {
        if (!hasWrittenForm(a) || !hasWrittenForm(b)) {
            return Level.NONE;
        }
        if (a.written().equals(b.written())) {
            return Level.SAME;
        }
        if (a.folded().equals(b.folded())) {
            return Level.FOLDED;
        }
        return Slips.isOneSlip(a.folded(), b.folded()) ? Level.NEAR : Level.DIFFERENT;
    }

    private static Level reading(PersonName a, PersonName b) {
        if (!a.hasReading() || !b.hasReading()) {
            return Level.NONE;
        }
        if (a.reading().equals(b.reading())) {
            return Level.SAME;
        }
        if (a.phonetic().equals(b.phonetic())) {
            return Level.FOLDED;
        }
        boolean near = Slips.isOneSlip(a.phonetic(), b.phonetic())
                || JARO_WINKLER.apply(a.reading(), b.reading()) >= NEAR_READING;
        return near ? Level.NEAR : Level.DIFFERENT;
    }
}
