package jp.tsunagu.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @TempDir
    Path work;

    @Test
    void servesTheTsunaguDatabaseOnLoopbackWithPostgres18() throws Exception {
        try (PostgresServer server = PostgresServer.start(LoopbackPort.free(), work.resolve("pg"))) {
            try (Connection connection = connect(server, Database.TSUNAGU)) {
                assertTrue(Integer.parseInt(single(connection, "SHOW server_version_num")) >= 180000);
                assertEquals("127.0.0.1", single(connection, "SHOW listen_addresses"));
                assertEquals("UTF8", single(connection, "SHOW server_encoding"));
                assertEquals("tsunagu", single(connection, "SELECT current_user"));
                assertEquals("b", single(connection,
                        "SELECT datlocprovider FROM pg_database WHERE datname = current_database()"), "builtin locale");
            }
        }
    }

    @Test
    void theProductsServerWaitsForTheDiskAtCommitAndATestStackMayNot() throws Exception {
        try (PostgresServer durable = PostgresServer.start(LoopbackPort.free(), work.resolve("durable"));
             Connection connection = connect(durable, Database.TSUNAGU)) {
            assertEquals("on", single(connection, "SHOW synchronous_commit"), "as production: benchmarks measure this");
        }
        try (PostgresServer fast = PostgresServer.start(LoopbackPort.free(), work.resolve("fast"),
                PostgresServer.Commits.FAST); Connection connection = connect(fast, Database.TSUNAGU)) {
            assertEquals("off", single(connection, "SHOW synchronous_commit"));
        }
    }

    @Test
    void aSecondStartReusesTheDataDirectory() throws Exception {
        Path data = work.resolve("pg");
        int port = LoopbackPort.free();
        try (PostgresServer first = PostgresServer.start(port, data);
             Connection connection = connect(first, Database.TSUNAGU);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (word text)");
            statement.execute("INSERT INTO kept VALUES ('つなぐ')");
        }
        try (PostgresServer second = PostgresServer.start(port, data);
             Connection connection = connect(second, Database.TSUNAGU)) {
            assertEquals("つなぐ", single(connection, "SELECT word FROM kept"));
        }
    }

    @Test
    void ensureCreatesAnotherDatabaseOnceAndCloseStopsTheServer() throws Exception {
        PostgresServer server = PostgresServer.start(LoopbackPort.free(), work.resolve("pg"));
        try {
            server.ensure(Database.KEYCLOAK).ensure(Database.KEYCLOAK);
            try (Connection connection = connect(server, Database.KEYCLOAK)) {
                assertEquals("keycloak", single(connection, "SELECT current_database()"));
            }
        } finally {
            server.close();
        }
        assertThrows(SQLException.class, () -> connect(server, Database.TSUNAGU).close());
    }

    @Test
    void refusesAPortSomethingElseListensOn() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IOException refused = assertThrows(IOException.class,
                    () -> PostgresServer.start(other.getLocalPort(), work.resolve("pg")));
            assertTrue(refused.getMessage().contains("already in use"), refused.getMessage());
        }
    }

    private static Connection connect(PostgresServer server, Database database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), database.owner(), database.password());
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            assertTrue(rows.next(), query);
            return rows.getString(1);
        }
    }
}
