package jp.tsunagu.ledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * What PostgreSQL alone takes for the same file: COPY of its bytes, sent by this JVM as the import sends its chunks,
 * into a plain table of text columns (no index, no constraint), committed. The ratio the issue asks for is the
 * ledger's import + link time over this.
 */
final class CopyBaseline {

    private CopyBaseline() {
    }

    /** Rows copied; the table is dropped afterwards so it takes no room in what is measured next. */
    static long copy(DataSource dataSource, Path csv) throws SQLException, IOException {
        try (Connection db = dataSource.getConnection()) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE public.copy_baseline (record_id text, name text, name_kana text, birth_date text,"
                        + " sex text, address text, phone text)");
            }
            long rows;
            try (InputStream in = Files.newInputStream(csv)) {
                rows = db.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY public.copy_baseline FROM STDIN (FORMAT csv, HEADER true, ENCODING 'UTF8')", in, 1 << 16);
            }
            try (Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE public.copy_baseline");
            }
            return rows;
        }
    }
}
