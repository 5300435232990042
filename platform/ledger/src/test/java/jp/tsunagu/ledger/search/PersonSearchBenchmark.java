package jp.tsunagu.ledger.search;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.imports.csv.CsvWriter;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.linking.ExactKeyMatcher;
import jp.tsunagu.ledger.linking.LinkingReport;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.testing.StandardImport;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;
import jp.tsunagu.linkage.bench.SyntheticDataset;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Measures the summaries and search on the linkage module's synthetic records (every notation: kana-only names,
 * kanji without ふりがな, variants, half-width kana, 和暦): linking with summaries, a full rebuild (summaries alone),
 * and typical searches. Run with {@code -Dtsunagu.benchmark=true}, optionally {@code -Dtsunagu.benchmark.rows=1000000}.
 */
@EnabledIfSystemProperty(named = "tsunagu.benchmark", matches = "true")
class PersonSearchBenchmark {

    private static final String[] GRADES = {"全壊", "大規模半壊", "中規模半壊", "半壊", "準半壊", "一部損壊", "被害なし"};

    @TempDir
    Path directory;

    @Test
    void linksRebuildsAndSearchesSyntheticRecords() throws Exception {
        int rows = Integer.getInteger("tsunagu.benchmark.rows", 100_000);
        Path file = write(SyntheticDataset.generate(rows, 7, TestDatabase.ISHIKAWA).records());
        TestDatabase database = TestDatabase.fresh();
        UUID disaster = database.disaster("benchmark", "ACTIVE");
        ImportReport report = new ImportJob(new ImportRequest(TestDatabase.ISHIKAWA, disaster, file, "synthetic.csv",
                BuiltInProfiles.require(BuiltInProfiles.STANDARD), Optional.of(SourceKind.SHELTER_ROSTER), EncodingChoice.AUTO,
                StandardImport.STAFF), database.dataSource(), Optional.empty(), ImportLimits.DEFAULT, Clock.systemUTC(),
                ImportJob.DEFAULT_CHUNK_SIZE).call();

        long start = System.nanoTime();
        LinkingReport links = new LinkingRun(database.dataSource(), new ExactKeyMatcher(), Clock.systemUTC())
                .link(TestDatabase.ISHIKAWA, disaster, report.batchId(), StandardImport.STAFF);
        double linkSeconds = seconds(start);
        start = System.nanoTime();
        long persons = new PersonSummaryRebuild(database.dataSource(), new PersonSummaries()).rebuild(TestDatabase.ISHIKAWA, disaster);
        double rebuildSeconds = seconds(start);
        System.out.printf("BENCHMARK %d rows, %d stored; linking with summaries %.1f s = %.0f records/s; rebuild of %d persons"
                        + " %.1f s = %.0f persons/s%n", rows, report.rowsAccepted(), linkSeconds, links.total() / linkSeconds,
                persons, rebuildSeconds, persons / rebuildSeconds);
        database.execute("ANALYZE tenant_17.ledger_person_summary");
        System.out.printf("BENCHMARK summary table %s, name key index %s, %s keys per person on average%n",
                database.text("SELECT pg_size_pretty(pg_total_relation_size('tenant_17.ledger_person_summary'))"),
                database.text("SELECT pg_size_pretty(pg_relation_size('tenant_17.ledger_summary_name_keys_ix'))"),
                database.text("SELECT round(avg(cardinality(name_keys)))::text FROM tenant_17.ledger_person_summary"));

        try (TestJpa jpa = new TestJpa(database)) {
            MunicipalityCode wajima = MunicipalityCode.of("172049");
            time(jpa, disaster, "family name in kanji 「佐藤」", c -> c.name("佐藤"), PersonOrder.DEFAULT, 0);
            time(jpa, disaster, "kana prefix 「たか」", c -> c.name("たか"), PersonOrder.DEFAULT, 0);
            time(jpa, disaster, "family and given name 「高橋 ゆ」", c -> c.name("高橋 ゆ"), PersonOrder.DEFAULT, 0);
            time(jpa, disaster, "birth date 昭和45年3月1日", c -> c.birthDate("昭和45年3月1日"), PersonOrder.DEFAULT, 0);
            time(jpa, disaster, "輪島市 and 全壊", c -> c.municipality(wajima).damageGrades(List.of(DamageGrade.TOTAL_COLLAPSE)),
                    PersonOrder.DEFAULT, 0);
            time(jpa, disaster, "address contains 「町1-」", c -> c.address("町1-"), PersonOrder.DEFAULT, 0);
            time(jpa, disaster, "everyone by reading, first page", c -> c, PersonOrder.DEFAULT, 0);
            time(jpa, disaster, "everyone by reading, page 400", c -> c, PersonOrder.DEFAULT, 400);
            time(jpa, disaster, "everyone by last update, descending", c -> c, PersonOrder.descending(PersonOrder.Key.LAST_UPDATE), 0);
        }
    }

    private static void time(TestJpa jpa, UUID disaster, String label, UnaryOperator<PersonSearchCriteria.Builder> criteria,
                             PersonOrder order, int page) {
        PersonSearchCriteria built = criteria.apply(PersonSearchCriteria.in(disaster)).build();
        long[] millis = new long[7];
        long total = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            total = jpa.inTenant(em -> new PersonSearch(em).search(built, order, new PageRequest(page, 50))).total();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK search %s: %d matches, median %d ms (min %d, max %d)%n", label, total, millis[3], millis[0],
                millis[6]);
    }

    private Path write(List<PersonRecord> records) throws Exception {
        Path file = directory.resolve("synthetic.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out);
            csv.row(List.of("管理番号", "氏名", "ふりがな", "生年月日", "性別", "住所", "電話番号", "住家の被害", "要配慮者"));
            int i = 0;
            for (PersonRecord record : records) {
                csv.row(List.of(record.id(), record.name(), record.nameKana(), record.birthDate(), record.sex(), record.address(),
                        record.phone(), GRADES[i % GRADES.length], i % 9 == 0 ? "はい" : ""));
                i++;
            }
        }
        return file;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
