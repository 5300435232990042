package jp.tsunagu.audit.trail;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of walking a chain: how many entries, the head it ended at, and the first broken link if any — which
 * seq and what is wrong there:
 * <ul>
 *   <li>{@code gap}: the seq is not the one after the previous entry (an entry was deleted, or the order changed);</li>
 *   <li>{@code previous-hash}: the entry does not name the previous entry's hash (deleted, reordered or inserted);</li>
 *   <li>{@code hash}: the entry's content does not give its hash (changed after it was written);</li>
 *   <li>{@code head}: the entries end before or after the recorded head (entries removed at the end, or added
 *   without moving the head).</li>
 * </ul>
 */
public record ChainVerification(long entries, long headSeq, String headHash, OptionalLong brokenAt,
                                Optional<String> problem) {

    public boolean intact() {
        return brokenAt.isEmpty();
    }

    /** The walk over entries in seq order; keeps only the last entry, so chains of any length fit. */
    static final class Walk {

        private long entries;
        private long lastSeq;
        private String lastHash = HashChain.GENESIS;
        private long brokenAt = -1;
        private String problem;

        void next(AuditEntry entry) {
            entries++;
            if (brokenAt < 0) {
                if (entry.seq() != lastSeq + 1) {
                    broken(lastSeq + 1, "gap");
                } else if (!entry.previousHash().equals(lastHash)) {
                    broken(entry.seq(), "previous-hash");
                } else if (!entry.sealIntact()) {
                    broken(entry.seq(), "hash");
                }
            }
            lastSeq = entry.seq();
            lastHash = entry.hash();
        }

        ChainVerification end(ChainStore.Head head) {
            if (brokenAt < 0 && (head.seq() != lastSeq || !head.hash().equals(lastHash))) {
                broken(Math.min(head.seq(), lastSeq) + 1, "head");
            }
            return new ChainVerification(entries, lastSeq, lastHash,
                    brokenAt < 0 ? OptionalLong.empty() : OptionalLong.of(brokenAt), Optional.ofNullable(problem));
        }

        private void broken(long seq, String what) {
            brokenAt = seq;
            problem = what;
        }
    }
}
