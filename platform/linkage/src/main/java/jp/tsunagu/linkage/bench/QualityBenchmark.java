package jp.tsunagu.linkage.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.linkage.match.LinkageResult;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.linkage.match.Thresholds;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Prints pairwise precision, recall and F1 of the linker on generated records, beside the baseline "exact match on
 * name + birth date" (as written, and after normalisation).
 * Usage: {@code QualityBenchmark [records=20000] [seed=7] [--estimate] [--weights] [--upper bits] [--explain samples]}.
 */
public final class QualityBenchmark {

    private QualityBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        boolean estimate = List.of(args).contains("--estimate");
        PrefectureCode prefecture = PrefectureCode.of("17");
        SyntheticDataset data = SyntheticDataset.generate(count, seed, prefecture);
        LinkerSettings settings = LinkerSettings.defaults().withHomePrefecture(prefecture).withEstimatedWeights(estimate);
        int upper = List.of(args).indexOf("--upper");
        if (upper >= 0) {
            settings = settings.withThresholds(new Thresholds(Double.parseDouble(args[upper + 1]), settings.thresholds().orElse(Thresholds.DEFAULT).lower()));
        }
        Linker linker = new Linker(settings);
        if (List.of(args).contains("--weights")) {
            System.out.println("default weights:\n" + settings.weights().describe());
            System.out.println("estimated on this data by EM (unlabelled):\n" + linker.estimateWeights(data.records()).describe());
            MeasuredWeights.print(data, linker.normalizer());
        }
        long start = System.nanoTime();
        LinkageResult result = linker.link(data.records());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "records %d, true persons %d, found persons %d, candidate pairs %d, review pairs %d, %.1f s%n",
                data.records().size(), data.truePersonIds().stream().distinct().count(), result.personCount(),
                result.candidatePairs(), result.reviewPairs().size(), seconds);
        print("linker (Fellegi-Sunter)", PairwiseMetrics.of(data.truePersonIds(), result.personIds()));
        int explain = List.of(args).indexOf("--explain");
        if (explain >= 0) {
            ErrorSamples.print(data, result, linker, Integer.parseInt(args[explain + 1]));
        }
        print("baseline: exact name + birth date as written", PairwiseMetrics.of(data.truePersonIds(), exactBaseline(data.records(), false)));
        print("baseline: exact name + birth date normalised", PairwiseMetrics.of(data.truePersonIds(), exactBaseline(data.records(), true)));
    }

    private static void print(String label, PairwiseMetrics m) {
        System.out.printf(Locale.ROOT, "%-46s precision %.4f  recall %.4f  F1 %.4f  (true pairs %d, predicted %d, correct %d)%n",
                label, m.precision(), m.recall(), m.f1(), m.truePairs(), m.predictedPairs(), m.correctPairs());
    }

    /** Groups records whose name and birth date are equal (as written, or after NFKC/space/date normalisation). */
    static List<String> exactBaseline(List<PersonRecord> records, boolean normalised) {
        Map<String, String> persons = new HashMap<>();
        jp.tsunagu.linkage.normalize.BirthDateParser dates = jp.tsunagu.linkage.normalize.BirthDateParser.asOfToday();
        return records.stream().map(r -> {
            String key = normalised
                    ? jp.tsunagu.linkage.normalize.JapaneseText.withoutSpaces(r.name()) + "|" + dates.parse(r.birthDate()).map(Object::toString).orElse("")
                    : r.name().strip() + "|" + r.birthDate().strip();
            boolean incomplete = r.name().isBlank() || r.birthDate().isBlank();
            return incomplete ? "single:" + r.id() : persons.computeIfAbsent(key, k -> "B" + persons.size());
        }).toList();
    }
}
