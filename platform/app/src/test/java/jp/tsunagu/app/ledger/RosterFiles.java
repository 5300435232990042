package jp.tsunagu.app.ledger;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Files as municipalities send them. Every name, address and number here is made up.
 *
 * <p>The shelter roster is Shift_JIS as Excel on Windows saves it (Windows-31J, which has 髙 and 﨑), with four rows
 * that cannot be stored: a date that does not exist, a reading with latin letters, a quote in the middle of a field,
 * a damage grade nobody uses.
 */
final class RosterFiles {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final String ROSTER_HEADER =
            "No.,入所日,避難所名,世帯No.,続柄,氏名,ふりがな,性別,生年月日,現住所,連絡先,要配慮,配慮事項,自宅の状況,備考";
    static final String SHELTER = "輪島市立輪島中学校";

    /** The four rows that are rejected, by row number, and why. */
    static final List<String> ROSTER_ERRORS = List.of("3:birthDate:INVALID_DATE", "4:fullNameKana:INVALID_KANA",
            "5:row:BROKEN_QUOTING", "6:damageGrade:UNKNOWN_CODE");

    private RosterFiles() {
    }

    static String brokenRoster() {
        return String.join("\r\n", ROSTER_HEADER,
                "1,2024/1/2," + SHELTER + ",A-001,世帯主,髙橋 一郎,たかはし いちろう,男,昭和30年4月12日,石川県輪島市河井町1-23,090-1234-5678,,,全壊,",
                "2,2024/1/2," + SHELTER + ",A-001,妻,髙橋 﨑子,たかはし さきこ,女,S33.8.1,石川県輪島市河井町1-23,090-1234-5678,○,\"要介護2\r\n車いす使用\",全壊,",
                "3,2024/1/3," + SHELTER + ",A-002,世帯主,山﨑 健太,やまさき けんた,男,平成2年13月30日,石川県輪島市鳳至町2-5,0768-22-1111,,,半壊,",
                "4,2024/1/3," + SHELTER + ",A-002,子,山﨑 ひなた,やまさき hinata,女,令和2年5月5日,石川県輪島市鳳至町2-5,0768-22-1111,○,乳幼児,半壊,",
                "5,2024/1/3," + SHELTER + ",A-003,世帯主,\"林 \"次郎\",はやし じろう,男,1970/1/1,石川県輪島市杉平町3-1,0768-22-3333,,,半壊,",
                "6,2024/1/4," + SHELTER + ",A-004,世帯主,中島 美咲,なかじま みさき,女,1985/7/7,石川県輪島市門前町4-2,0768-42-4444,,,ほぼ全壊,",
                "7,2024/1/4," + SHELTER + ",A-005,世帯主,佐藤 花子,さとう はなこ,女,昭和16年3月3日,石川県輪島市町野町5-9,0768-32-5555,○,独居高齢,大規模半壊,",
                "8,2024/1/5," + SHELTER + ",A-006,世帯主,宮﨑 太郎,みやざき たろう,男,H1.2.3,石川県輪島市河井町6-7,0768-22-6666,,,半壊,ペット同伴")
                + "\r\n";
    }

    static byte[] brokenShiftJisRoster() {
        return brokenRoster().getBytes(WINDOWS_31J);
    }

    /**
     * What a user does with the downloaded rejected rows (UTF-8 with BOM, one line each, a column 取込エラー): fixes the
     * date, the quoting and the damage grade; leaves the reading wrong.
     */
    static byte[] corrected(String rejectedRowsDownload) {
        String[] lines = rejectedRowsDownload.replace("\uFEFF", "").split("\r\n|\n");
        List<String> header = List.of(lines[0].split(","));
        StringBuilder fixed = new StringBuilder("\uFEFF").append(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.contains("はやし じろう")) {
                // Typed in again, over the broken row; the row's id in the last column stays where it was.
                String rejectedRowId = line.substring(line.lastIndexOf(',') + 1);
                line = row(header, "5", "2024/1/3", "A-003", "世帯主", "林 次郎", "はやし じろう", "男", "1970/1/1",
                        "石川県輪島市杉平町3-1", "0768-22-3333", "半壊", rejectedRowId);
            }
            fixed.append(line.replace("平成2年13月30日", "平成2年11月30日").replace("ほぼ全壊", "全壊")).append("\r\n");
        }
        return fixed.toString().getBytes(StandardCharsets.UTF_8);
    }

    // A row in the order of the downloaded header, as a user would type it in.
    private static String row(List<String> header, String no, String date, String household, String relation, String name,
                              String kana, String sex, String birth, String address, String phone, String damage,
                              String rejectedRowId) {
        Map<String, String> values = Map.ofEntries(Map.entry("No.", no), Map.entry("入所日", date),
                Map.entry("避難所名", SHELTER), Map.entry("世帯No.", household), Map.entry("続柄", relation),
                Map.entry("氏名", name), Map.entry("ふりがな", kana), Map.entry("性別", sex), Map.entry("生年月日", birth),
                Map.entry("現住所", address), Map.entry("連絡先", phone), Map.entry("自宅の状況", damage),
                Map.entry("取込エラー行ID", rejectedRowId));
        return String.join(",", header.stream().map(column -> values.getOrDefault(column, "")).toList());
    }

    /** A UTF-16 file (with its BOM, as Windows' "Unicode text" saves it). */
    static byte[] utf16Roster() {
        return ("\uFEFF" + brokenRoster()).getBytes(StandardCharsets.UTF_16LE);
    }

    /**
     * A large file in the standard format (UTF-8), of made-up evacuees who are all different people: names, readings,
     * birth dates and phone numbers vary, so that linkage compares each record with few others, as in real rosters.
     */
    static byte[] generated(int rows, long seed) {
        String[] kanji = "山田中川村本井上木下松竹梅林森原野口谷石岡島崎藤佐伊加高橋渡辺小大池沢浜長谷宮坂内西東北南"
                .split("");
        String[] kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ".split("");
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(rows * 120).append("管理番号,氏名,ふりがな,生年月日,性別,住所,電話番号\n");
        for (int i = 0; i < rows; i++) {
            String name = pick(kanji, random, 2) + " " + pick(kanji, random, 2);
            String reading = pick(kana, random, 3) + " " + pick(kana, random, 3);
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 90));
            csv.append("G-").append(i).append(',').append(name).append(',').append(reading).append(',').append(birth)
                    .append(',').append(random.nextBoolean() ? "男" : "女").append(",石川県輪島市河井町").append(i % 50 + 1)
                    .append("-").append(i % 97 + 1).append(",090").append(String.format("%08d", i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(String[] characters, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(characters[random.nextInt(characters.length)]);
        }
        return text.toString();
    }
}
