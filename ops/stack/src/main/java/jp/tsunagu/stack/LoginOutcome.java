package jp.tsunagu.stack;

import java.util.Objects;
import java.util.Optional;

/** The end of a scripted browser login: tokens, or the step at which Keycloak would not go on. */
public sealed interface LoginOutcome {

    /**
     * Logged in. If the login set up TOTP, {@code configuredTotp} generates the codes for the secret Keycloak stored
     * and {@code configuredTotpSecret} is that secret as the setup page gave it (Keycloak's {@code totpSecret}).
     */
    record LoggedIn(Tokens tokens, Optional<String> configuredTotpSecret) implements LoginOutcome {
        public LoggedIn {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(configuredTotpSecret, "configuredTotpSecret");
        }

        public Optional<Totp> configuredTotp() {
            return configuredTotpSecret.map(Totp::fromKeycloakSecret);
        }

        @Override
        public String toString() {
            return "LoggedIn[" + tokens + ", totpConfigured=" + configuredTotpSecret.isPresent() + "]";
        }
    }

    /** Refused at {@code step}; {@code message} is what Keycloak showed (in the realm's language) or why we stopped. */
    record Refused(LoginStep step, String message) implements LoginOutcome {
        public Refused {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The login, or an {@link IllegalStateException} saying where it was refused. */
    default LoggedIn loggedInOrThrow() {
        return switch (this) {
            case LoggedIn in -> in;
            case Refused r -> throw new IllegalStateException("login refused at " + r.step() + ": " + r.message());
        };
    }
}
