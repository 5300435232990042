package jp.tsunagu.stack;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A database on a {@link PostgresServer} and the role that owns it. The name and owner are put into DDL, so
 * they must be plain lower-case identifiers; an invalid one cannot be constructed.
 */
public record Database(String name, String owner, String password) {

    // Declared before the constants below, which use it while the class initialises.
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** The application's database, as the test stack and the demo configure it ({@code TSUNAGU_DB_*}). */
    public static final Database TSUNAGU = new Database("tsunagu", "tsunagu", "tsunagu");

    /** Keycloak's own database, so that realms and users survive a restart of the demo. */
    public static final Database KEYCLOAK = new Database("keycloak", "keycloak", "keycloak");

    public Database {
        requireIdentifier(name, "database name");
        requireIdentifier(owner, "owner");
        Objects.requireNonNull(password, "password");
        if (password.isEmpty()) {
            throw new IllegalArgumentException("a database password must not be empty");
        }
    }

    private static void requireIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + IDENTIFIER.pattern());
        }
    }

    /** The password as an SQL string literal (standard-conforming strings: only quotes need doubling). */
    String passwordLiteral() {
        return "'" + password.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return "Database[" + name + " owned by " + owner + "]";
    }
}
