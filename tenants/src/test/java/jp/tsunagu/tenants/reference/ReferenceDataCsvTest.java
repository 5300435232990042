package jp.tsunagu.tenants.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CSV files that Liquibase loads into {@code registry}: every code valid, the 2024 state of Japan. */
class ReferenceDataCsvTest {

    private static final List<Map<String, String>> PREFECTURES = read("db/registry/data/prefectures.csv");
    private static final List<Map<String, String>> MUNICIPALITIES = read("db/registry/data/municipalities.csv");
    private static final Map<String, Map<String, String>> BY_CODE =
            MUNICIPALITIES.stream().collect(Collectors.toMap(row -> row.get("code"), Function.identity()));

    @Test
    void holdsAllFortySevenPrefecturesInJisOrder() {
        assertEquals(47, PREFECTURES.size());
        for (int i = 0; i < 47; i++) {
            PrefectureCode code = PrefectureCode.of(PREFECTURES.get(i).get("code"));
            assertEquals(PrefectureCode.of(i + 1), code);
            assertEquals(code, new MunicipalityCode(PREFECTURES.get(i).get("local_gov_code")).prefecture());
        }
        assertEquals("北海道", PREFECTURES.get(0).get("name"));
        assertEquals("石川県", PREFECTURES.get(16).get("name"));
        assertEquals("沖縄県", PREFECTURES.get(46).get("name"));
    }

    @Test
    void everyMunicipalityCodeHasAValidCheckDigitAndMatchesItsPrefecture() {
        for (Map<String, String> row : MUNICIPALITIES) {
            MunicipalityCode code = new MunicipalityCode(row.get("code"));
            assertEquals(PrefectureCode.of(row.get("prefecture_code")), code.prefecture(), row.toString());
        }
    }

    @Test
    void countsTheMunicipalitiesOf2024AndTheirWards() {
        Map<MunicipalityKind, Long> byKind = MUNICIPALITIES.stream()
                .collect(Collectors.groupingBy(row -> MunicipalityKind.valueOf(row.get("kind")), Collectors.counting()));
        assertEquals(772, byKind.get(MunicipalityKind.CITY));
        assertEquals(20, byKind.get(MunicipalityKind.DESIGNATED_CITY));
        assertEquals(23, byKind.get(MunicipalityKind.SPECIAL_WARD));
        assertEquals(743, byKind.get(MunicipalityKind.TOWN));
        assertEquals(183, byKind.get(MunicipalityKind.VILLAGE));
        assertEquals(171, byKind.get(MunicipalityKind.WARD));
        long municipalities = MUNICIPALITIES.stream().filter(row -> !row.get("kind").equals("WARD")).count();
        assertEquals(1741, municipalities);
    }

    @Test
    void knowsWajimaAndKanazawa() {
        assertEquals("輪島市", BY_CODE.get("172049").get("name"));
        assertEquals("金沢市", BY_CODE.get("172014").get("name"));
        assertEquals("わじまし", BY_CODE.get("172049").get("name_kana"));
    }

    @Test
    void wardsPointToADesignatedCityOfTheirPrefecture() {
        for (Map<String, String> row : MUNICIPALITIES) {
            boolean ward = row.get("kind").equals("WARD");
            assertEquals(ward, !row.get("parent_code").isEmpty(), row.toString());
            if (ward) {
                Map<String, String> city = BY_CODE.get(row.get("parent_code"));
                assertEquals("DESIGNATED_CITY", city.get("kind"), row.toString());
                assertEquals(city.get("prefecture_code"), row.get("prefecture_code"));
            }
        }
    }

    @Test
    void hamamatsuHasItsThreeWardsOf2024AndNoneOfTheSevenOldOnes() {
        List<String> wards = MUNICIPALITIES.stream()
                .filter(row -> "221309".equals(row.get("parent_code")))
                .map(row -> row.get("code") + row.get("name"))
                .toList();
        assertEquals(List.of("221384中央区", "221392浜名区", "221406天竜区"), wards);
        for (String old : List.of("221317", "221325", "221333", "221341", "221350", "221368", "221376")) {
            assertFalse(BY_CODE.containsKey(old), old);
        }
    }

    @Test
    void leavesOutTheNorthernTerritoriesVillages() {
        assertFalse(BY_CODE.containsKey("016951")); // 色丹村
        assertTrue(BY_CODE.containsKey("016942")); // 羅臼町
    }

    @Test
    void namesTheCountyOfTownsAndVillagesOnly() {
        assertEquals("石狩郡", BY_CODE.get("013030").get("county")); // 当別町
        assertEquals("", BY_CODE.get("232149").get("county")); // 蒲郡市 is no county
        assertEquals("", BY_CODE.get("133612").get("county")); // 大島町 (東京都) has none
    }

    private static List<Map<String, String>> read(String resource) {
        var stream = Objects.requireNonNull(ReferenceDataCsvTest.class.getClassLoader().getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            String[] header = lines.get(0).split(",", -1);
            return lines.stream().skip(1).map(line -> {
                String[] values = line.split(",", -1);
                assertEquals(header.length, values.length, line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], values[i].equals("NULL") ? "" : values[i]); // NULL: Liquibase's null
                }
                return row;
            }).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
