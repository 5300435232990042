package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.tsunagu.linkage.bench.SyntheticDataset;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

/** The bound found without comparing names is never below the real score, and is the score when names agree fully. */
class ScoreBoundTest {

    private final Linker linker = new Linker(LinkerSettings.defaults().withHomePrefecture(PrefectureCode.of("17")));

    @Test
    void boundIsAtLeastTheScoreOfEveryPairAndEqualWhenTheNamesAreExact() {
        List<NormalizedRecord> records = SyntheticDataset.generate(400, 13, PrefectureCode.of("17")).records().stream()
                .map(r -> linker.normalizer().normalize(r).record()).toList();
        int exact = 0;
        for (NormalizedRecord a : records) {
            for (NormalizedRecord b : records) {
                MatchResult pair = linker.compareNormalized(a, b);
                double bound = linker.scoreBound(a, b);
                assertTrue(bound >= pair.score(), a.id() + "/" + b.id());
                if (pair.comparison().get(Field.NAME) == Agreement.EXACT) {
                    assertEquals(pair.score(), bound);
                    exact++;
                }
            }
        }
        assertTrue(exact > records.size(), "some pairs other than a record with itself have exact names");
    }
}
