package jp.tsunagu.ledger.audit;

import java.util.Objects;

/**
 * Who did something: the account's stable subject id and its login name. The REST layer builds it from the verified
 * token's {@code Caller}; imports carry the account that started them.
 */
public record Actor(String subject, String username) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        if (subject.isBlank() || username.isBlank()) {
            throw new IllegalArgumentException("an actor has a subject and a username");
        }
    }
}
