package jp.tsunagu.provisioning.keycloak;

import java.util.Objects;

/** The password a new account starts with; a temporary one must be changed at first login. */
public record InitialPassword(String value, boolean temporary) {

    public InitialPassword {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an initial password must not be blank");
        }
    }

    public static InitialPassword temporary(String value) {
        return new InitialPassword(value, true);
    }

    public static InitialPassword permanent(String value) {
        return new InitialPassword(value, false);
    }

    @Override
    public String toString() {
        return "InitialPassword[***, temporary=" + temporary + "]";
    }
}
