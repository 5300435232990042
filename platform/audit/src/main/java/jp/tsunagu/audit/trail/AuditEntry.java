package jp.tsunagu.audit.trail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a tenant's access log, as stored and chained: its place ({@code seq}, from 1 without gaps), when, in
 * which chain (the tenant code), who, what they did, to which disaster instance and persons (ids only) or with which
 * query (normalised, personal values as digests), which items, on which legal basis, how it ended, and the hashes
 * that chain it to the entry before ({@link HashChain}).
 */
public record AuditEntry(long seq, Instant recordedAt, String chain, AuditActor actor, String action,
                         String disaster, List<String> subjects, String query, String items, String basis,
                         Outcome outcome, String refusal, String reference, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(previousHash, "previousHash");
    }

    /** This entry, placed after {@code previous} (seq and hash of the chain's head) and sealed with its hash. */
    AuditEntry sealedAfter(long previousSeq, String previous) {
        AuditEntry placed = new AuditEntry(previousSeq + 1, recordedAt, chain, actor, action, disaster, subjects, query,
                items, basis, outcome, refusal, reference, previous, null);
        return new AuditEntry(placed.seq, recordedAt, chain, actor, action, disaster, subjects, query, items, basis,
                outcome, refusal, reference, previous, HashChain.hash(previous, placed));
    }

    /** Whether the stored hash is the hash of the stored content after the stored previous hash. */
    public boolean sealIntact() {
        return HashChain.hash(previousHash, this).equals(hash);
    }

    @Override
    public String toString() {
        return "AuditEntry[" + chain + "#" + seq + " " + action + " " + outcome + "]";
    }
}
