package jp.tsunagu.stack;

import java.util.Objects;

/** The token endpoint's answer: tokens, or the OAuth error it gave instead. */
public sealed interface TokenResult {

    /** Tokens were issued. */
    record Granted(Tokens tokens) implements TokenResult {
        public Granted {
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    /** No tokens: the HTTP status and the OAuth {@code error} / {@code error_description}. */
    record Denied(int status, String error, String description) implements TokenResult {
    }

    default boolean granted() {
        return this instanceof Granted;
    }

    /** The tokens, or an {@link IllegalStateException} saying why there are none. */
    default Tokens tokensOrThrow() {
        return switch (this) {
            case Granted g -> g.tokens();
            case Denied d -> throw new IllegalStateException("no tokens: HTTP " + d.status() + " " + d.error()
                    + " (" + d.description() + ")");
        };
    }
}
