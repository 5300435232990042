package jp.tsunagu.linkage.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.tsunagu.linkage.match.LinkageResult;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

/** Guards the measured quality on a small generated set, so a change that costs precision fails the build. */
class QualityRegressionTest {

    @Test
    void precisionStaysAboveTargetAndBeatsTheBaselines() {
        PrefectureCode prefecture = PrefectureCode.of("17");
        SyntheticDataset data = SyntheticDataset.generate(5_000, 42, prefecture);
        LinkageResult result = new Linker(LinkerSettings.defaults().withHomePrefecture(prefecture)).link(data.records());
        PairwiseMetrics linker = PairwiseMetrics.of(data.truePersonIds(), result.personIds());
        PairwiseMetrics baseline = PairwiseMetrics.of(data.truePersonIds(), QualityBenchmark.exactBaseline(data.records(), true));
        assertTrue(linker.precision() >= 0.99, "precision " + linker.precision());
        assertTrue(linker.f1() >= 0.95, "F1 " + linker.f1());
        assertTrue(linker.f1() > baseline.f1() + 0.15, "F1 " + linker.f1() + " against baseline " + baseline.f1());
    }

    @Test
    void metricsCountPairsFromClusterSizes() {
        PairwiseMetrics m = PairwiseMetrics.of(List.of("a", "a", "a", "b"), List.of("x", "x", "y", "y"));
        assertEquals(3, m.truePairs());
        assertEquals(2, m.predictedPairs());
        assertEquals(1, m.correctPairs());
    }

    @Test
    void generatorIsReproducible() {
        PrefectureCode prefecture = PrefectureCode.of("17");
        assertEquals(SyntheticDataset.generate(300, 1, prefecture), SyntheticDataset.generate(300, 1, prefecture));
    }
}
