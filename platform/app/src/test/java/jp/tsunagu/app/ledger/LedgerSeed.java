package jp.tsunagu.app.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.linking.LinkageMatcher;
import jp.tsunagu.ledger.linking.LinkingReport;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.mynumber.MyNumberCipher;
import jp.tsunagu.ledger.mynumber.MyNumberKeyRing;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Fills a disaster instance's ledger from the test JVM the way the application does: the ledger's own ImportJob reads
 * files of the standard format into the run's PostgreSQL, and a LinkingRun with the LinkageMatcher (home prefecture
 * 17, default thresholds, as the application's PersonMatchers) links them. 個人番号 is encrypted with the key the
 * application is started with (failsafe gives both JVMs the same environment).
 *
 * <p>What linkage decides, and the seed checks: the register brings 髙橋 一郎, 山口 花子 and 中谷 翔太 (new persons);
 * the roster's 高橋　一郎 is LINKED to the register's, its 中谷 健太 (翔太's twin: same birth date and home) goes to
 * REVIEW, 森 健一 and 𠮷田 大輔 are new; a later outreach visit's 山口 花子, who gave the address she evacuated to, goes
 * to REVIEW with the register's 花子 as candidate.
 */
final class LedgerSeed {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final Actor IMPORTER = new Actor("it-ledger-seed", "ledger.seed");
    static final String MY_NUMBER = "123456789018";

    static final String REGISTER = """
            管理番号,記録日時,氏名,ふりがな,生年月日,性別,郵便番号,住所,電話番号,世帯番号,続柄,世帯人数,個人番号
            000100001,2024/01/05,髙橋 一郎,タカハシ イチロウ,1955/4/12,男,928-0001,石川県輪島市河井町1-23,090-1234-5678,H0001,世帯主,2,%s
            000100002,2024/01/05,山口 花子,ヤマグチ ハナコ,1950/1/10,女,928-0001,石川県輪島市河井町4部7,090-5555-1212,H0003,世帯主,1,
            000100003,2024/01/05,中谷 翔太,ナカタニ ショウタ,2012/7/14,男,928-0021,石川県輪島市鳳至町上町12,0768-22-1234,H0002,子,4,
            """.formatted(MY_NUMBER);

    static final String ROSTER = """
            管理番号,記録日時,氏名,ふりがな,生年月日,性別,住所,居所,電話番号,住家の被害,要配慮者,援護の実施状況,提供に同意した提供先,備考
            R-1,2024/01/10 09:00,高橋　一郎,たかはし いちろう,昭和30年4月12日,男,輪島市河井町1-23,輪島市立輪島中学校,,全壊,いいえ,食料支援・毛布,社会福祉協議会,
            R-2,2024/01/10 09:05,中谷 健太,なかたに けんた,2012/7/14,男,輪島市鳳至町上町12番地,輪島市立輪島中学校,0768-22-1234,全壊,,,,
            R-3,2024/01/11 08:00,森 健一,もり けんいち,1970/3/1,男,石川県珠洲市宝立町鵜飼1,珠洲市内で車中泊,090-1111-2222,半壊,,,,"犬を連れている, 「ポチ」"
            R-4,2024/01/11 08:30,𠮷田 大輔,よしだ だいすけ,1985/4/2,男,輪島市門前町走出6-69,輪島市立門前中学校,090-8765-4321,一部損壊,,,,
            """;

    static final String VISIT = """
            管理番号,記録日時,氏名,ふりがな,生年月日,性別,住所,居所,要配慮者,要配慮の事由,援護の実施状況
            V-1,2024/01/12 14:00,山口 花子,やまぐち はなこ,1950/1/10,女,石川県七尾市府中町1,七尾市の長女宅,はい,"要介護1
            歩行器使用",見守り訪問
            """;

    private LedgerSeed() {
    }

    static SeededLedger seed(UUID disasterId) {
        DataSource database = dataSource();
        expect(new LinkingReport(0, 3, 0), importAndLink(database, disasterId, "juki-extract.csv", REGISTER,
                SourceKind.RESIDENT_REGISTER));
        expect(new LinkingReport(1, 2, 1), importAndLink(database, disasterId, "hinanjo-meibo.csv", ROSTER,
                SourceKind.SHELTER_ROSTER));
        expect(new LinkingReport(0, 0, 1), importAndLink(database, disasterId, "homon-kiroku.csv", VISIT,
                SourceKind.OUTREACH_VISIT));
        return new SeededLedger(disasterId.toString(), records(database, disasterId));
    }

    private static LinkingReport importAndLink(DataSource database, UUID disasterId, String name, String csv,
                                               SourceKind kind) {
        Path file = write(disasterId, name, csv);
        ImportReport report = new ImportJob(new ImportRequest(ISHIKAWA, disasterId, file, name,
                BuiltInProfiles.require(BuiltInProfiles.STANDARD), Optional.of(kind), EncodingChoice.AUTO, IMPORTER),
                database, Optional.of(cipher()), ImportLimits.DEFAULT, Clock.systemUTC(), ImportJob.DEFAULT_CHUNK_SIZE)
                .call();
        if (report.rowsRejected() != 0) {
            throw new IllegalStateException("the seed file " + name + " has rejected rows: " + report.errors());
        }
        LinkageMatcher matcher = new LinkageMatcher(LinkerSettings.defaults().withHomePrefecture(ISHIKAWA));
        return new LinkingRun(database, matcher, Clock.systemUTC()).link(ISHIKAWA, disasterId, report.batchId(), IMPORTER);
    }

    private static void expect(LinkingReport expected, LinkingReport actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("linkage decided differently than the seed expects: " + actual);
        }
    }

    /** Every seeded record by "file/row", with its record id, the person it is linked to and its link. */
    private static Map<String, SeededLedger.Seeded> records(DataSource database, UUID disasterId) {
        Map<String, SeededLedger.Seeded> records = new HashMap<>();
        try (Connection db = database.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT r.file_name, r.row_number, r.id, l.person_id, l.id, l.decision FROM tenant_17.ledger_source_record r"
                        + " JOIN tenant_17.ledger_record_link l ON l.record_id = r.id AND l.state = 'ACTIVE'"
                        + " WHERE r.disaster_id = ?")) {
            query.setObject(1, disasterId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.put(rows.getString(1) + "/" + rows.getLong(2), new SeededLedger.Seeded(rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return records;
    }

    static DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:" + System.getProperty("tsunagu.it.postgres.port") + "/tsunagu");
        dataSource.setUser("tsunagu");
        dataSource.setPassword("tsunagu");
        return dataSource;
    }

    /** The key the application runs with in the system tests (platform/app/pom.xml). */
    static MyNumberCipher cipher() {
        return new MyNumberCipher(MyNumberKeyRing.parse(System.getenv("TSUNAGU_LEDGER_MY_NUMBER_KEYS"),
                System.getenv("TSUNAGU_LEDGER_MY_NUMBER_CURRENT_KEY")));
    }

    private static Path write(UUID disasterId, String name, String csv) {
        try {
            Path directory = Files.createDirectories(Path.of(System.getProperty("tsunagu.it.work"), "ledger-seed",
                    disasterId.toString()));
            return Files.writeString(directory.resolve(name), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
