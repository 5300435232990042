package jp.tsunagu.backup.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.backup.testing.TestDatabase;
import jp.tsunagu.backup.testing.ZipRewrite;

/** The command line as an operator meets it: exit statuses, one-line errors, no stack trace, no personal data. */
class TenantBackupToolTest {

    private static final String PERSONAL = "山田 太郎";

    @TempDir
    static Path directory;

    static TestDatabase database;

    record Outcome(int status, String out, String err) {
        boolean mentions(String text) {
            return out.contains(text) || err.contains(text);
        }

        void assertNoTraceOrPersonalData() {
            assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
            assertFalse(mentions(PERSONAL), "no personal data");
        }
    }

    @BeforeAll
    static void tenant17() {
        database = TestDatabase.withTenant17();
        database.execute("INSERT INTO tenant_17.support_organisation (id, name, kind, registered_at)"
                + " VALUES (gen_random_uuid(), '" + PERSONAL + "の会', 'VOLUNTEER_GROUP', now())");
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new TenantBackupTool(Map.of("TSUNAGU_DB_PASSWORD", "unused-by-trust-auth")::get,
                new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), Clock.systemUTC()).run(args);
        return new Outcome(status, out.toString(UTF_8), err.toString(UTF_8));
    }

    private static String[] atUrl(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args[0], "--db-url", url, "--user", TestDatabase.ROLE, "--password-env", "TSUNAGU_DB_PASSWORD"));
        all.addAll(List.of(args).subList(1, args.length));
        return all.toArray(String[]::new);
    }

    private static String[] withDatabase(String... args) {
        return atUrl(database.url(), args);
    }

    @Test
    void backupVerifyAndRestoreRunFromTheCommandLine() {
        Path archive = directory.resolve("tenant-17.zip");
        Outcome backup = run(withDatabase("backup", "--tenant", "17", "--out", archive.toString()));
        assertEquals(0, backup.status(), backup.err());
        assertTrue(backup.out().startsWith("backed up tenant 17: 36 tables, "), backup.out());
        assertTrue(backup.err().contains("support_organisation") && backup.err().contains("1 rows written"), backup.err());

        Outcome verify = run("verify", "--in", archive.toString());
        assertEquals(0, verify.status(), verify.err());
        assertTrue(verify.out().contains("the archive of tenant 17 (schema tenant_17") && verify.out().contains("is intact"), verify.out());

        Outcome refused = run(withDatabase("restore", "--in", archive.toString()));
        assertEquals(3, refused.status());
        assertTrue(refused.err().contains("tsunagu-backup: refused: schema tenant_17 exists and is not empty"), refused.err());

        Outcome restore = run(withDatabase("restore", "--in", archive.toString(), "--replace"));
        assertEquals(0, restore.status(), restore.err());
        assertTrue(restore.out().startsWith("restored tenant 17 from the archive of tenant 17 taken at ")
                && restore.out().contains("(the schema there before was dropped)"), restore.out());
        List.of(backup, verify, refused, restore).forEach(Outcome::assertNoTraceOrPersonalData);
        assertEquals(1, database.count("SELECT count(*) FROM tenant_17.support_organisation"));
    }

    @Test
    void aDamagedArchiveExits4() {
        Path archive = directory.resolve("to-damage.zip");
        assertEquals(0, run(withDatabase("backup", "--tenant", "17", "--out", archive.toString())).status());
        Path damaged = ZipRewrite.rewrite(archive, directory.resolve("damaged.zip"),
                Map.of("tables/support_organisation.copy", rows -> rows.replace("太郎", "花子")));
        Outcome verify = run("verify", "--in", damaged.toString());
        assertEquals(4, verify.status());
        assertTrue(verify.err().contains("support_organisation: the checksum differs"), verify.err());
        Outcome restore = run(withDatabase("restore", "--in", damaged.toString(), "--replace"));
        assertEquals(4, restore.status());
        List.of(verify, restore).forEach(Outcome::assertNoTraceOrPersonalData);
    }

    @Test
    void withoutACommandItShowsHowToUseIt() {
        Outcome outcome = run();
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("usage:") && outcome.err().contains("--password-env VAR"), outcome.err());
    }

    @Test
    void mistakesInTheOptionsExit2AndSayWhatToChange() {
        assertEquals("tsunagu-backup: unknown option --pasword-env", firstLine(run("backup", "--pasword-env", "X")));
        assertEquals("tsunagu-backup: --in needs a value", firstLine(run("verify", "--in")));
        assertEquals("tsunagu-backup: --tenant: a prefecture code is between 01 and 47",
                firstLine(run(withDatabase("backup", "--tenant", "48", "--out", "x.zip"))));
        assertEquals("tsunagu-backup: the environment variable PGPASSWORD named by --password-env is not set", firstLine(run("backup",
                "--db-url", database.url(), "--user", TestDatabase.ROLE, "--password-env", "PGPASSWORD", "--tenant", "17", "--out", "x.zip")));
        assertEquals("tsunagu-backup: unknown command; use backup, restore or verify", firstLine(run("dump")));
    }

    @Test
    void fileProblemsExit2AndNameTheFile() {
        Outcome outcome = run(withDatabase("backup", "--tenant", "17", "--out", directory.resolve("no/such/folder/x.zip").toString()));
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("cannot create the output file: NoSuchFileException"), outcome.err());
        assertTrue(firstLine(run("verify", "--in", directory.resolve("missing.zip").toString()))
                .startsWith("tsunagu-backup: there is no archive file at the given path: "));
    }

    @Test
    void aDatabaseThatCannotBeReachedExits5WithItsSqlState() {
        Outcome outcome = run(atUrl("jdbc:postgresql://127.0.0.1:9/tsunagu?connectTimeout=2", "backup", "--tenant", "17",
                "--out", directory.resolve("unreachable.zip").toString()));
        assertEquals(5, outcome.status());
        assertTrue(outcome.err().startsWith("tsunagu-backup: backing up tenant 17 failed: SQL state 08001 (cannot reach the database"),
                outcome.err());
        outcome.assertNoTraceOrPersonalData();
    }

    private static String firstLine(Outcome outcome) {
        assertEquals(2, outcome.status(), outcome.err());
        return outcome.err().lines().findFirst().orElseThrow();
    }
}
