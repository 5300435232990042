package jp.tsunagu.backup.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.tsunagu.ledger.mynumber.InvalidMyNumberException;
import jp.tsunagu.ledger.mynumber.MyNumber;

/**
 * Generated evacuee files in the ledger's standard format, the same on every run (fixed seed): a shelter roster of
 * distinct evacuees, and outreach visits that meet many of them again written the way other staff write (髙 for 高,
 * katakana readings, 和暦 birth dates) plus evacuees the roster never had. Every person is made up.
 */
public final class EvacueeFiles {

    public static final String HEADER = "管理番号,記録日時,氏名,ふりがな,生年月日,性別,郵便番号,住所,居所,電話番号,住家の被害,"
            + "要配慮者,要配慮の事由,援護の実施状況,世帯番号,続柄,個人番号,備考";

    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤",
            "山崎", "斎藤", "坂口", "北村", "浜田", "能登", "輪島", "河井", "中島", "大谷"};
    private static final String[] FAMILY_KANA = {"さとう", "すずき", "たかはし", "たなか", "わたなべ", "いとう", "やまもと",
            "なかむら", "こばやし", "かとう", "やまさき", "さいとう", "さかぐち", "きたむら", "はまだ", "のと", "わじま", "かわい",
            "なかじま", "おおたに"};
    private static final String[] GIVEN = {"一郎", "花子", "健太", "美和", "誠", "陽菜", "大輔", "さくら", "翔", "由美", "勝", "千代",
            "悠真", "結衣", "正雄", "和子"};
    private static final String[] GIVEN_KANA = {"いちろう", "はなこ", "けんた", "みわ", "まこと", "ひな", "だいすけ", "さくら",
            "しょう", "ゆみ", "まさる", "ちよ", "ゆうま", "ゆい", "まさお", "かずこ"};
    private static final String[] TOWNS = {"河井町", "鳳至町", "マリンタウン", "門前町道下", "町野町粟蔵", "輪島崎町"};
    private static final String[] SHELTERS = {"輪島市立輪島中学校", "輪島市文化会館", "門前東小学校", "町野公民館"};
    private static final String[] GRADES = {"全壊", "大規模半壊", "中規模半壊", "半壊", "準半壊", "一部損壊", "被害なし"};

    private final List<Evacuee> evacuees = new ArrayList<>();
    private final Random random;

    private record Evacuee(int family, int given, LocalDate birth, int sex, String town, String phone, String household) {
    }

    public EvacueeFiles(int count) {
        this(count, 17);
    }

    private EvacueeFiles(int count, long seed) {
        random = new Random(seed);
        for (int i = 0; i < count; i++) {
            evacuees.add(new Evacuee(random.nextInt(FAMILY.length), random.nextInt(GIVEN.length),
                    LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000)), 1 + random.nextInt(2),
                    TOWNS[random.nextInt(TOWNS.length)] + (1 + random.nextInt(20)) + "-" + (1 + random.nextInt(40)),
                    String.format("090-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000)), "H" + (i / 3)));
        }
    }

    /** One row per evacuee, as the shelters reported them; every tenth carries a 個人番号. */
    public Path roster(Path directory) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < evacuees.size(); i++) {
            Evacuee e = evacuees.get(i);
            rows.add(row("R-" + i, e, FAMILY[e.family()] + "　" + GIVEN[e.given()], FAMILY_KANA[e.family()] + " " + GIVEN_KANA[e.given()],
                    e.birth().toString().replace('-', '/'), SHELTERS[i % SHELTERS.length], i % 10 == 0 ? myNumber() : ""));
        }
        return write(directory.resolve("roster.csv"), rows);
    }

    /** Visits to every third evacuee of the roster, in other notation, and to evacuees the roster lacks. */
    public Path visits(Path directory, int newcomers) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < evacuees.size(); i += 3) {
            Evacuee e = evacuees.get(i);
            String family = FAMILY[e.family()].replace('高', '髙').replace('崎', '﨑').replace("辺", "邊");
            rows.add(row("V-" + i, e, family + " " + GIVEN[e.given()], katakana(FAMILY_KANA[e.family()] + "　" + GIVEN_KANA[e.given()]),
                    wareki(e.birth()), "親族宅（金沢市）", ""));
        }
        EvacueeFiles others = new EvacueeFiles(newcomers, 4711);
        for (int i = 0; i < newcomers; i++) {
            Evacuee e = others.evacuees.get(i);
            rows.add(row("VN-" + i, e, FAMILY[e.family()] + " " + GIVEN[e.given()], FAMILY_KANA[e.family()] + " " + GIVEN_KANA[e.given()],
                    e.birth().toString().replace('-', '/'), "在宅", ""));
        }
        return write(directory.resolve("visits.csv"), rows);
    }

    private String row(String id, Evacuee e, String name, String kana, String birth, String whereabouts, String myNumber) {
        boolean care = random.nextInt(8) == 0;
        return id + ",2024/1/" + (2 + random.nextInt(27)) + " " + random.nextInt(24) + ":" + (10 + random.nextInt(50)) + ","
                + name + "," + kana + "," + birth + "," + e.sex() + ",928-00" + String.format("%02d", random.nextInt(100))
                + ",石川県輪島市" + e.town() + "," + whereabouts + "," + e.phone() + "," + GRADES[random.nextInt(GRADES.length)] + ","
                + (care ? "はい,\"要介護2\n車いす\"" : "いいえ,") + ",食料支援・毛布," + e.household() + ","
                + (random.nextInt(3) == 0 ? "世帯主" : "子") + "," + myNumber + ",";
    }

    /** A valid 個人番号: eleven random digits and the check digit MyNumber accepts. */
    private String myNumber() {
        String eleven = String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
        for (int check = 0; check <= 9; check++) {
            try {
                MyNumber.parse(eleven + check);
                return eleven + check;
            } catch (InvalidMyNumberException wrongCheckDigit) {
                // try the next digit
            }
        }
        throw new IllegalStateException("no check digit fits");
    }

    private static String wareki(LocalDate date) {
        String monthDay = "." + date.getMonthValue() + "." + date.getDayOfMonth();
        if (date.isBefore(LocalDate.of(1989, 1, 8))) {
            return "S" + (date.getYear() - 1925) + monthDay;
        }
        if (date.isBefore(LocalDate.of(2019, 5, 1))) {
            return "H" + (date.getYear() - 1988) + monthDay;
        }
        return "R" + (date.getYear() - 2018) + monthDay;
    }

    private static String katakana(String hiragana) {
        StringBuilder text = new StringBuilder(hiragana.length());
        hiragana.codePoints().forEach(c -> text.appendCodePoint(c >= 'ぁ' && c <= 'ゖ' ? c + 0x60 : c));
        return text.toString();
    }

    private static Path write(Path file, List<String> rows) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            for (String row : rows) {
                out.write(row + "\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
