package jp.tsunagu.backup.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** A table's rows through the driver's COPY API, streamed both ways: never a whole table in memory. */
public final class CopyStreams {

    private CopyStreams() {
    }

    /** @return the rows written */
    public static long copyOut(Connection connection, CanonicalCopy copy, OutputStream out) throws SQLException, IOException {
        return copyApi(connection).copyOut(copy.copyOut(), out);
    }

    /** @return the rows loaded */
    public static long copyIn(Connection connection, CanonicalCopy copy, InputStream in) throws SQLException, IOException {
        return copyApi(connection).copyIn(copy.copyIn(), in, 1 << 16);
    }

    /** The table's count and checksum as it is now, in the connection's transaction. */
    public static TableDigest digest(Connection connection, CanonicalCopy copy) throws SQLException, IOException {
        CopyTextDigest.Tee digest = CopyTextDigest.tee(null);
        copyOut(connection, copy, digest);
        return digest.result();
    }

    private static CopyManager copyApi(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }
}
