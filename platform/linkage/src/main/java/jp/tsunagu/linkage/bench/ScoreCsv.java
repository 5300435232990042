package jp.tsunagu.linkage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores the CLI's output against a truth file: {@code ScoreCsv truth.csv linked.csv} (both keyed by record_id). */
public final class ScoreCsv {

    private ScoreCsv() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> truth = read(Path.of(args[0]));
        Map<String, String> linked = read(Path.of(args[1]));
        List<String> t = new ArrayList<>();
        List<String> p = new ArrayList<>();
        truth.forEach((id, person) -> {
            t.add(person);
            p.add(linked.getOrDefault(id, "missing:" + id));
        });
        PairwiseMetrics m = PairwiseMetrics.of(t, p);
        System.out.printf(Locale.ROOT, "precision %.4f recall %.4f F1 %.4f%n", m.precision(), m.recall(), m.f1());
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.lastIndexOf(',');
            map.put(line.substring(0, comma), line.substring(comma + 1));
        }
        return map;
    }
}
