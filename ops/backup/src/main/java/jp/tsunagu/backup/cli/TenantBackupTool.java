package jp.tsunagu.backup.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.tsunagu.backup.ArchiveInvalidException;
import jp.tsunagu.backup.BackupRefusedException;
import jp.tsunagu.backup.DatabaseFailureException;
import jp.tsunagu.backup.RestoreRefusedException;
import jp.tsunagu.backup.RestoreVerificationException;
import jp.tsunagu.tenants.schema.SchemaMigrationException;

/**
 * The command line: back up one tenant's schema, restore it, verify an archive. Every failure the user can act on is
 * one line and an exit status, never a stack trace; no message carries a row's content.
 */
public final class TenantBackupTool {

    static final int DONE = 0;
    static final int UNEXPECTED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    static final int MISMATCH = 4;
    static final int DATABASE = 5;

    static final String USAGE_TEXT = """
            usage:
              backup  --db-url URL --user NAME --password-env VAR --tenant NN --out FILE
              restore --db-url URL --user NAME --password-env VAR --in FILE [--tenant NN] [--from-tenant NN] [--replace]
              verify  --in FILE
            The password is read from the environment variable named by --password-env.
            Exit status: 0 done, 2 wrong usage or file, 3 refused, 4 archive or restored rows do not match the manifest,
            5 database failure, 1 unexpected failure.""";

    // Held so the setting stays: Liquibase reports every changeset at INFO, which drowns the tool's own lines.
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");
    // Liquibase prints an update summary on stdout, which belongs to the tool's result line; to the log with it.
    private static final String SUMMARY_OUTPUT = "liquibase.command.showSummaryOutput";

    private final Commands commands;
    private final PrintStream out;
    private final PrintStream err;

    TenantBackupTool(UnaryOperator<String> environment, PrintStream out, PrintStream err, Clock clock) {
        this.commands = new Commands(environment, err, clock);
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        LIQUIBASE.setLevel(Level.WARNING);
        System.setProperty(SUMMARY_OUTPUT, "log");
        System.exit(new TenantBackupTool(System::getenv, System.out, System.err, Clock.systemUTC()).run(args));
    }

    int run(String... args) {
        if (args.length == 0) {
            return fail(USAGE, "a command is required", true);
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        try {
            String done = switch (args[0]) {
                case "backup" -> commands.backup(options);
                case "restore" -> commands.restore(options);
                case "verify" -> commands.verify(options);
                default -> throw new UsageException("unknown command; use backup, restore or verify");
            };
            out.println(done);
            return DONE;
        } catch (UsageException e) {
            return fail(USAGE, e.getMessage(), true);
        } catch (UncheckedIOException e) {
            return fail(USAGE, e.getMessage() + ": " + e.getCause().getClass().getSimpleName() + " " + e.getCause().getMessage(), false);
        } catch (BackupRefusedException | RestoreRefusedException e) {
            return fail(REFUSED, "refused: " + e.getMessage(), false);
        } catch (ArchiveInvalidException | RestoreVerificationException e) {
            return fail(MISMATCH, e.getMessage(), false);
        } catch (DatabaseFailureException | SchemaMigrationException e) {
            return fail(DATABASE, e.getMessage(), false);
        } catch (RuntimeException e) {
            err.println("tsunagu-backup: unexpected failure (a bug; the trace leaves out messages, which may quote data):");
            UnexpectedFailure.print(e, err);
            return UNEXPECTED;
        }
    }

    private int fail(int status, String message, boolean usage) {
        err.println("tsunagu-backup: " + message);
        if (usage) {
            err.println(USAGE_TEXT);
        }
        return status;
    }
}
