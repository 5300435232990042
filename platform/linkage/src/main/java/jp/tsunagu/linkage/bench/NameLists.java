package jp.tsunagu.linkage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Family names (in frequency order), given names and town names for the generator, with skewed draws. */
final class NameLists {

    /** A name with its reading in katakana. */
    record Name(String kanji, String kana) {
    }

    private final List<Name> family;
    private final List<Name> male;
    private final List<Name> female;
    private final List<String> towns;
    private final Map<String, List<Name>> spellingsByReading = new HashMap<>();

    NameLists(Random random) {
        family = names("family-names.tsv");
        male = new ArrayList<>(benchmarkHalf(names("given-names-male.tsv")));
        female = new ArrayList<>(benchmarkHalf(names("given-names-female.tsv")));
        // The given-name lists are in kana order; shuffle once so the skewed draw favours arbitrary names.
        Collections.shuffle(male, random);
        Collections.shuffle(female, random);
        towns = lines("towns.tsv");
        for (Name n : male) {
            spellingsByReading.computeIfAbsent(n.kana(), k -> new ArrayList<>()).add(n);
        }
        for (Name n : female) {
            spellingsByReading.computeIfAbsent(n.kana(), k -> new ArrayList<>()).add(n);
        }
    }

    /** Skewed like real surnames: 佐藤, 鈴木, 高橋 ... are drawn far more often than the tail. */
    Name family(Random random) {
        return family.get(zipf(random, family.size(), 12));
    }

    Name given(Random random, boolean maleName) {
        List<Name> list = maleName ? male : female;
        return list.get(zipf(random, list.size(), 60));
    }

    /** Another given name sharing the first kanji (優太/優斗), as twins often get; any name if none. */
    Name similarGiven(Random random, Name of, boolean maleName) {
        List<Name> list = maleName ? male : female;
        String first = of.kanji().substring(0, 1);
        for (int attempt = 0; attempt < 200; attempt++) {
            Name candidate = list.get(random.nextInt(list.size()));
            if (candidate.kanji().startsWith(first) && !candidate.kanji().equals(of.kanji())) {
                return candidate;
            }
        }
        return given(random, maleName);
    }

    /** Another kanji spelling of the same reading (裕子/優子 for ユウコ), as a call centre guesses it; empty if none. */
    List<Name> homophones(Name given) {
        return spellingsByReading.getOrDefault(given.kana(), List.of()).stream()
                .filter(n -> !n.kanji().equals(given.kanji())).toList();
    }

    String town(Random random) {
        return towns.get(random.nextInt(towns.size()));
    }

    /**
     * The half of the given names the linker never learnt from: name readings (名乗り) are learnt from the even
     * positions in kanji order (tools/learn_name_readings.py), so the benchmark draws from the odd ones.
     */
    private static List<Name> benchmarkHalf(List<Name> all) {
        List<Name> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparing(Name::kanji, NameLists::byCodePoint).thenComparing(Name::kana, NameLists::byCodePoint));
        List<Name> half = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i += 2) {
            half.add(sorted.get(i));
        }
        return half;
    }

    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static int zipf(Random random, int size, int offset) {
        // Inverse of the cumulative 1/(rank + offset) distribution, drawn continuously.
        double total = Math.log((size + offset) / (double) offset);
        double x = offset * Math.exp(random.nextDouble() * total) - offset;
        return Math.min(size - 1, (int) x);
    }

    private static List<Name> names(String resource) {
        List<Name> names = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] columns = line.split("\t");
            if (columns.length == 2) {
                names.add(new Name(columns[0], columns[1]));
            }
        }
        return List.copyOf(names);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
