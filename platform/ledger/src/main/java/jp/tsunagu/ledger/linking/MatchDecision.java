package jp.tsunagu.ledger.linking;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Linkage's answer for one record: LINKED to a known person, NEW (nobody known), or REVIEW (maybe the candidate:
 * a person decides). {@code evidence} says which items agreed how (e.g. {@code fullName:VARIANT;birthDate:EXACT}),
 * never their values.
 */
public record MatchDecision(Outcome outcome, Optional<UUID> person, double score, String evidence) {

    public enum Outcome { LINKED, REVIEW, NEW }

    public MatchDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(evidence, "evidence");
        if ((outcome == Outcome.NEW) != person.isEmpty()) {
            throw new IllegalArgumentException("LINKED and REVIEW name a person, NEW does not");
        }
    }

    public static MatchDecision newPerson(double score, String evidence) {
        return new MatchDecision(Outcome.NEW, Optional.empty(), score, evidence);
    }
}
