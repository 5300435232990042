package jp.tsunagu.ledger.imports.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.linking.ExactKeyMatcher;
import jp.tsunagu.ledger.linking.LinkingReport;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestKeys;

/**
 * Measures import and linking throughput on a generated file in the standard format (run with
 * {@code -Dtsunagu.benchmark=true}, optionally {@code -Dtsunagu.benchmark.rows=1000000}). Prints rows per second.
 */
@EnabledIfSystemProperty(named = "tsunagu.benchmark", matches = "true")
class ImportThroughputBenchmark {

    static final String[] FAMILY = {"佐藤", "鈴木", "髙橋", "田中", "渡邊", "伊藤", "山本", "中村", "小林", "加藤", "山﨑", "齋藤"};
    static final String[] FAMILY_KANA = {"さとう", "すずき", "たかはし", "たなか", "わたなべ", "いとう", "やまもと", "なかむら",
            "こばやし", "かとう", "やまさき", "さいとう"};
    static final String[] GIVEN = {"一郎", "花子", "健太", "美和", "誠", "陽菜", "大輔", "さくら", "翔", "由美"};
    static final String[] GIVEN_KANA = {"いちろう", "はなこ", "けんた", "みわ", "まこと", "ひな", "だいすけ", "さくら", "しょう", "ゆみ"};
    static final String[] GRADES = {"全壊", "大規模半壊", "中規模半壊", "半壊", "準半壊", "一部損壊", "被害なし"};

    @TempDir
    Path dir;

    @Test
    void importsAndLinksAGeneratedFile() throws Exception {
        int rows = Integer.getInteger("tsunagu.benchmark.rows", 100_000);
        Path file = generate(rows);
        parseOnly(file); // warm-up: the JIT compiles the hot path
        double parseSeconds;
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
            recording.start();
            parseSeconds = parseOnly(file);
            recording.stop();
            recording.dump(Path.of("target/benchmark-parse.jfr"));
        }
        TestDatabase database = TestDatabase.fresh();
        UUID disaster = database.disaster("benchmark", "ACTIVE");
        Actor staff = new Actor("bench", "bench");

        long start = System.nanoTime();
        ImportReport report = new ImportJob(new ImportRequest(TestDatabase.ISHIKAWA, disaster, file, "bench.csv",
                BuiltInProfiles.require(BuiltInProfiles.STANDARD), Optional.of(SourceKind.SHELTER_ROSTER), EncodingChoice.AUTO, staff),
                database.dataSource(), Optional.of(TestKeys.cipher()), ImportLimits.DEFAULT, Clock.systemUTC(),
                ImportJob.DEFAULT_CHUNK_SIZE).call();
        double importSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(rows, report.rowsRead());

        start = System.nanoTime();
        LinkingReport links = new LinkingRun(database.dataSource(), new ExactKeyMatcher(), Clock.systemUTC())
                .link(TestDatabase.ISHIKAWA, disaster, report.batchId(), staff);
        double linkSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(report.rowsAccepted(), links.total());

        System.out.printf("BENCHMARK read and validate only (no database): %.1f s = %.0f rows/s%n", parseSeconds, rows / parseSeconds);
        System.out.printf("BENCHMARK file %d rows, %.1f MB; import %.1f s = %.0f rows/s (%d stored, %d duplicate, %d rejected);"
                        + " linking %.1f s = %.0f rows/s (%d linked, %d new, %d review)%n",
                rows, Files.size(file) / 1e6, importSeconds, rows / importSeconds, report.rowsAccepted(), report.rowsDuplicate(),
                report.rowsRejected(), linkSeconds, links.total() / linkSeconds, links.linked(), links.created(), links.forReview());
    }

    private static double parseOnly(Path file) {
        long start = System.nanoTime();
        var scanned = new jp.tsunagu.ledger.imports.csv.ImportFileScanner(ImportLimits.DEFAULT).scan(file, EncodingChoice.AUTO);
        try (var reader = jp.tsunagu.ledger.imports.csv.CsvReader.open(scanned, ImportLimits.DEFAULT)) {
            var header = reader.next().orElseThrow();
            var profile = jp.tsunagu.ledger.imports.profile.ResolvedProfile.resolve(
                    BuiltInProfiles.require(BuiltInProfiles.STANDARD), header.fields(), 1);
            var interpreter = new jp.tsunagu.ledger.imports.row.RowInterpreter(SourceKind.SHELTER_ROSTER, profile,
                    Optional.empty(), LocalDate.now());
            Optional<jp.tsunagu.ledger.imports.csv.CsvRecord> record;
            while ((record = reader.next()).isPresent()) {
                interpreter.interpret(profile.map(record.get().fields()));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private Path generate(int rows) throws Exception {
        Path file = dir.resolve("bench.csv");
        Random random = new Random(17);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("管理番号,記録日時,氏名,ふりがな,生年月日,性別,郵便番号,住所,居所,電話番号,住家の被害,要配慮者,要配慮の事由,援護の実施状況,世帯番号,続柄,備考\r\n");
            for (int i = 0; i < rows; i++) {
                int f = random.nextInt(FAMILY.length);
                int g = random.nextInt(GIVEN.length);
                LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000));
                boolean care = random.nextInt(10) == 0;
                out.write("R-" + i + ",2024/1/" + (1 + random.nextInt(28)) + " " + random.nextInt(24) + ":" + (10 + random.nextInt(50))
                        + "," + FAMILY[f] + "　" + GIVEN[g] + "," + FAMILY_KANA[f] + " " + GIVEN_KANA[g] + ","
                        + (i % 3 == 0 ? "S" + (birth.getYear() - 1925) + "." + birth.getMonthValue() + "." + birth.getDayOfMonth()
                        : birth.toString().replace('-', '/'))
                        + "," + (1 + random.nextInt(2)) + ",928-00" + String.format("%02d", random.nextInt(100))
                        + ",石川県輪島市河井町" + random.nextInt(30) + "-" + random.nextInt(40) + ",輪島市立輪島中学校,090-"
                        + String.format("%04d-%04d", random.nextInt(10_000), random.nextInt(10_000)) + ","
                        + GRADES[random.nextInt(GRADES.length)] + "," + (care ? "はい,\"要介護2\n車いす\"" : "いいえ,") + ","
                        + "食料支援・毛布" + ",H" + (i / 3) + "," + (i % 3 == 0 ? "世帯主" : "子") + ",\r\n");
            }
        }
        return file;
    }
}
