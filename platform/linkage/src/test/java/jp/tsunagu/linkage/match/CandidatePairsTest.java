package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private final RecordNormalizer normalizer = RecordNormalizer.bundled(Optional.empty());

    @Test
    void oneWrongFieldDoesNotLoseThePair() {
        List<NormalizedRecord> records = List.of(
                normalizer.normalize(new PersonRecord("a", "山田太郎", "ヤマダタロウ", "1970-03-01", "", "輪島市河井町1", "")).record(),
                // other birth date: found through reading + municipality
                normalizer.normalize(new PersonRecord("b", "山田太郎", "ヤマダタロウ", "1971-08-09", "", "輪島市河井町1", "")).record(),
                // other name: found through the birth date
                normalizer.normalize(new PersonRecord("c", "ヤマモト", "", "1970-03-01", "", "", "")).record());
        long[] pairs = new CandidatePairs(60, 12).generate(records);
        assertTrue(contains(pairs, 0, 1));
        assertTrue(contains(pairs, 0, 2));
    }

    @Test
    void homeAddressMeetsAKanaOnlyRecordWithoutBirthDate() {
        // The kanji side's reading is only a guess (ツノダ), so neither reading nor written name is shared: the home is.
        List<NormalizedRecord> records = List.of(
                normalizer.normalize(new PersonRecord("a", "角田和輝", "", "", "", "石川県中能登町曽根4番地15", "")).record(),
                normalizer.normalize(new PersonRecord("b", "カクタ カズキ", "", "", "", "中能登町曽根4-15", "")).record(),
                // a shelter is nobody's home: no block of its own
                normalizer.normalize(new PersonRecord("c", "カクタ カズキ", "", "", "", "中能登町中央公民館", "")).record(),
                normalizer.normalize(new PersonRecord("d", "サトウ ハナコ", "", "", "", "中能登町中央公民館", "")).record());
        long[] pairs = new CandidatePairs(60, 12).generate(records);
        assertTrue(contains(pairs, 0, 1));
        assertFalse(contains(pairs, 2, 3));
    }

    @Test
    void oversizedBlocksStayLinear() {
        List<NormalizedRecord> records = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            records.add(normalizer.normalize(new PersonRecord("r" + i, "", "", "1970-03-01", "", "", "")).record());
        }
        long[] pairs = new CandidatePairs(60, 12).generate(records);
        assertTrue(pairs.length <= 2000 * 12, "pairs: " + pairs.length);
    }

    private static boolean contains(long[] pairs, int a, int b) {
        long p = CandidatePairs.pack(a, b);
        for (long x : pairs) {
            if (x == p) {
                return true;
            }
        }
        return false;
    }
}
