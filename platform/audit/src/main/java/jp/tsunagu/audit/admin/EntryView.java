package jp.tsunagu.audit.admin;

import java.time.Instant;
import java.util.List;

import jp.tsunagu.audit.trail.AuditEntry;

/** An entry as the prefecture admin reads it: everything stored, hashes included, so a copy can be re-checked. */
public record EntryView(long seq, Instant recordedAt, String actorSubject, String actorUsername, String actorTenant,
                        String actorCapacity, String actorRoles, String actorScope, String action, String disaster,
                        List<String> subjects, String query, String items, String legalBasis, String outcome,
                        String refusal, String reference, String previousHash, String hash) {

    static EntryView of(AuditEntry e) {
        return new EntryView(e.seq(), e.recordedAt(), e.actor().subject(), e.actor().username(),
                e.actor().tenant().orElse(null), e.actor().capacity(), e.actor().roles(), e.actor().scope(), e.action(),
                e.disaster(), e.subjects(), e.query(), e.items(), e.basis(), e.outcome().name(), e.refusal(),
                e.reference(), e.previousHash(), e.hash());
    }

    /** A page of entries, newest first, with the number of all that match. */
    public record Page(List<EntryView> entries, int page, int size, long total) {
    }
}
