package jp.tsunagu.ledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Where PostgreSQL spent the measured phase ({@code --statements N}): the N statements of the benchmark's database
 * with the most execution time, from {@code pg_stat_statements}. Statements are normalised by PostgreSQL (values
 * become {@code $1}), so no record's value is printed. A COPY's time includes waiting for the client's rows.
 */
final class StatementProfile {

    private static final int TEXT_LENGTH = 160;

    private final DataSource dataSource;

    private StatementProfile(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static StatementProfile install(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA no_tenant");
        }
        return new StatementProfile(dataSource);
    }

    void reset() throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute("SELECT no_tenant.pg_stat_statements_reset()");
        }
    }

    void print(BenchmarkPrinter print, int count) throws SQLException {
        String sql = "SELECT calls, total_exec_time, rows, shared_blks_hit + shared_blks_read, wal_bytes,"
                + " regexp_replace(query, '\\s+', ' ', 'g')"
                + " FROM no_tenant.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " ORDER BY total_exec_time DESC LIMIT ?";
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setInt(1, count);
            print.line("PostgreSQL statements of the measured phase, most execution time first (pg_stat_statements):");
            print.line("  %10s %10s %8s %12s %10s  %s", "ms", "calls", "ms/call", "rows", "WAL MB", "statement");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    long calls = result.getLong(1);
                    double millis = result.getDouble(2);
                    String text = result.getString(6);
                    print.line("  %,10.0f %,10d %8.3f %,12d %,10.1f  %s", millis, calls, millis / Math.max(1, calls),
                            result.getLong(3), result.getDouble(5) / 1e6,
                            text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) + "…" : text);
                }
            }
        }
    }
}
