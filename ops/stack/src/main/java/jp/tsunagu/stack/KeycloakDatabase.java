package jp.tsunagu.stack;

import java.util.Objects;

/** A PostgreSQL database that Keycloak keeps its data in (for the demo stack, which survives restarts). */
public record KeycloakDatabase(String jdbcUrl, String user, String password) {

    public KeycloakDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Keycloak's database must be a jdbc:postgresql: URL");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "postgres " + jdbcUrl;
    }
}
