package jp.tsunagu.provisioning.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An account to create in a realm. Without {@code otpSecret} the holder must set up TOTP at first login; with it
 * (demo and tests only) Keycloak stores that secret as the account's TOTP credential. Attribute names must be
 * among {@link RealmBlueprint#USER_ATTRIBUTES}, the ones every realm declares. {@link #toString()} shows no
 * personal data.
 */
public record NewAccount(
        String username,
        String email,
        String firstName,
        String lastName,
        Set<String> realmRoles,
        Map<String, List<String>> attributes,
        InitialPassword password,
        Optional<String> otpSecret) {

    public NewAccount {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        realmRoles = Set.copyOf(realmRoles);
        attributes = Map.copyOf(attributes);
        for (String name : attributes.keySet()) {
            if (!RealmBlueprint.USER_ATTRIBUTES.contains(name)) {
                throw new IllegalArgumentException("user attribute '" + name + "' is not declared in the realms' user"
                        + " profile (declared: " + RealmBlueprint.USER_ATTRIBUTES + ")");
            }
        }
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(otpSecret, "otpSecret");
    }

    /** Holder must change the password and set up TOTP at first login. */
    public static NewAccount firstLogin(String username, String email, String firstName, String lastName,
                                        Set<String> realmRoles, Map<String, List<String>> attributes,
                                        String temporaryPassword) {
        return new NewAccount(username, email, firstName, lastName, realmRoles, attributes,
                InitialPassword.temporary(temporaryPassword), Optional.empty());
    }

    /** The same account with its TOTP secret set in advance (demo and tests). */
    public NewAccount withOtpSecret(String secret) {
        return new NewAccount(username, email, firstName, lastName, realmRoles, attributes, password, Optional.of(secret));
    }

    /** The same account with a password that need not be changed. */
    public NewAccount withPermanentPassword(String value) {
        return new NewAccount(username, email, firstName, lastName, realmRoles, attributes,
                InitialPassword.permanent(value), otpSecret);
    }

    /** What Keycloak must make the holder do at first login. */
    List<String> requiredActions() {
        if (password.temporary() && otpSecret.isEmpty()) {
            return List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP");
        }
        if (password.temporary()) {
            return List.of("UPDATE_PASSWORD");
        }
        return otpSecret.isEmpty() ? List.of("CONFIGURE_TOTP") : List.of();
    }

    @Override
    public String toString() {
        return "NewAccount[roles=" + realmRoles + ", attributes=" + attributes.keySet() + ", " + password
                + ", otpPreset=" + otpSecret.isPresent() + "]";
    }
}
