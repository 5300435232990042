package jp.tsunagu.backup.cli;

import java.util.Set;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the database is and how to log in. The password comes from an environment variable named on the command
 * line, never from the command line itself, which other users of the machine can read.
 */
final class DatabaseOptions {

    static final Set<String> NAMES = Set.of("--db-url", "--user", "--password-env");

    private DatabaseOptions() {
    }

    static DataSource dataSource(Arguments arguments, UnaryOperator<String> environment) {
        String url = arguments.required("--db-url");
        String variable = arguments.required("--password-env");
        String password = environment.apply(variable);
        if (password == null || password.isEmpty()) {
            throw new UsageException("the environment variable " + variable + " named by --password-env is not set");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--db-url is not a PostgreSQL JDBC URL such as jdbc:postgresql://host:5432/tsunagu");
        }
        dataSource.setUser(arguments.required("--user"));
        dataSource.setPassword(password);
        dataSource.setApplicationName("tsunagu-backup");
        // The server's detail lines quote the values of rows; the tool's messages must not carry them.
        dataSource.setLogServerErrorDetail(false);
        return dataSource;
    }
}
