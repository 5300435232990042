package jp.tsunagu.backup;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL failed. The message keeps the SQL state and the names the server gives (constraint, table, column) and
 * drops the server's text, whose details and context quote the values of rows: personal data. For the same reason
 * the driver's exception is not kept as the cause, where a log would print it.
 */
public class DatabaseFailureException extends RuntimeException {

    private final String sqlState;

    public DatabaseFailureException(String doing, SQLException e) {
        super(doing + " failed: " + describe(e));
        this.sqlState = e.getSQLState();
    }

    public String sqlState() {
        return sqlState;
    }

    static String describe(SQLException e) {
        StringBuilder text = new StringBuilder("SQL state ").append(e.getSQLState());
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            append(text, "constraint", server.getConstraint());
            append(text, "table", server.getTable());
            append(text, "column", server.getColumn());
        }
        return text.append(hint(e.getSQLState())).toString();
    }

    private static void append(StringBuilder text, String what, String name) {
        if (name != null) {
            text.append(", ").append(what).append(' ').append(name);
        }
    }

    private static String hint(String state) {
        if (state == null) {
            return "";
        }
        if (state.startsWith("08")) {
            return " (cannot reach the database: check --db-url and that the server runs)";
        }
        return switch (state) {
            case "28P01", "28000" -> " (the database refused the user or the password)";
            case "3D000" -> " (no such database)";
            case "42501" -> " (the user lacks a privilege this needs)";
            case "23503" -> " (a row refers to a row that is not there)";
            case "23505" -> " (two rows have the same key)";
            default -> "";
        };
    }
}
