package jp.tsunagu.provisioning.audit;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who did something: the account's stable subject id and its login name, kept for the record of each step. */
@Embeddable
public class Actor {

    @Column(name = "actor_subject", nullable = false, length = 100)
    private String subject;

    @Column(name = "actor_username", nullable = false, length = 200)
    private String username;

    protected Actor() {
    }

    public Actor(String subject, String username) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.username = Objects.requireNonNull(username, "username");
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }
}
