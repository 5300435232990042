package jp.tsunagu.audit.trail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Entries for tests: an actor of 輪島市 reading a person under internal use. */
final class Entries {

    static final AuditActor STAFF = new AuditActor("3f1c-subject", "wajima.staff", Optional.of("17"),
            "AFFECTED_MUNICIPALITY", "municipality-staff", "AFFECTED_MUNICIPALITY:172049");

    private Entries() {
    }

    static AuditEntry draft(int n) {
        return new AuditEntry(0, HashChain.storable(Instant.parse("2026-11-22T00:00:00Z").plusMillis(n)), "17", STAFF,
                "ledger.person.read", UUID.nameUUIDFromBytes(new byte[] {1}).toString(),
                List.of(UUID.nameUUIDFromBytes(new byte[] {(byte) n}).toString()), n % 2 == 0 ? null : "page=" + n,
                null, "internal-use", Outcome.ALLOWED, null, null, HashChain.GENESIS, null);
    }

    /** A chain of {@code length} sealed entries, as the store would write them. */
    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new java.util.ArrayList<>();
        long seq = 0;
        String previous = HashChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry sealed = draft(i).sealedAfter(seq, previous);
            entries.add(sealed);
            seq = sealed.seq();
            previous = sealed.hash();
        }
        return entries;
    }
}
