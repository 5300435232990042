package jp.tsunagu.audit.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class HashChainTest {

    private static ChainVerification walk(List<AuditEntry> entries, ChainStore.Head head) {
        ChainVerification.Walk walk = new ChainVerification.Walk();
        entries.forEach(walk::next);
        return walk.end(head);
    }

    private static ChainStore.Head headOf(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return new ChainStore.Head(last.seq(), last.hash());
    }

    /** The entry with one field changed, its stored hashes kept: what an edit in the table looks like. */
    private static AuditEntry edited(AuditEntry e, UnaryOperator<AuditEntry> change) {
        AuditEntry changed = change.apply(e);
        return new AuditEntry(changed.seq(), changed.recordedAt(), changed.chain(), changed.actor(), changed.action(),
                changed.disaster(), changed.subjects(), changed.query(), changed.items(), changed.basis(),
                changed.outcome(), changed.refusal(), changed.reference(), e.previousHash(), e.hash());
    }

    private static AuditEntry with(AuditEntry e, String action, List<String> subjects, Outcome outcome, String actorName) {
        return new AuditEntry(e.seq(), e.recordedAt(), e.chain(), new AuditActor(e.actor().subject(), actorName,
                e.actor().tenant(), e.actor().capacity(), e.actor().roles(), e.actor().scope()), action, e.disaster(),
                subjects, e.query(), e.items(), e.basis(), outcome, e.refusal(), e.reference(), e.previousHash(), e.hash());
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEntry> chain = Entries.chain(20);
        ChainVerification result = walk(chain, headOf(chain));
        assertTrue(result.intact());
        assertEquals(20, result.entries());
        assertEquals(HashChain.GENESIS, chain.get(0).previousHash());
        assertEquals(chain.get(0).hash(), chain.get(1).previousHash());
    }

    @Test
    void theEmptyChainVerifiesAgainstTheGenesisHead() {
        assertTrue(walk(List.of(), new ChainStore.Head(0, HashChain.GENESIS)).intact());
    }

    @Test
    void changingAnyFieldOfAnEntryBreaksItsHash() {
        List<AuditEntry> chain = Entries.chain(10);
        List<UnaryOperator<AuditEntry>> edits = List.of(
                e -> with(e, "ledger.person.search", e.subjects(), e.outcome(), e.actor().username()),
                e -> with(e, e.action(), List.of("someone-else"), e.outcome(), e.actor().username()),
                e -> with(e, e.action(), e.subjects(), Outcome.REFUSED, e.actor().username()),
                e -> with(e, e.action(), e.subjects(), e.outcome(), "another.account"),
                e -> new AuditEntry(e.seq(), e.recordedAt().plusSeconds(1), e.chain(), e.actor(), e.action(), e.disaster(),
                        e.subjects(), e.query(), e.items(), e.basis(), e.outcome(), e.refusal(), e.reference(),
                        e.previousHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.recordedAt(), e.chain(), e.actor(), e.action(), e.disaster(),
                        e.subjects(), e.query(), "myNumber", e.basis(), e.outcome(), e.refusal(), e.reference(),
                        e.previousHash(), e.hash()));
        for (UnaryOperator<AuditEntry> edit : edits) {
            List<AuditEntry> tampered = new ArrayList<>(chain);
            tampered.set(4, edited(chain.get(4), edit));
            ChainVerification result = walk(tampered, headOf(chain));
            assertFalse(result.intact());
            assertEquals(5, result.brokenAt().getAsLong());
            assertEquals(Optional.of("hash"), result.problem());
        }
    }

    @Test
    void rewritingAnEntryWithANewHashBreaksTheNextLink() {
        List<AuditEntry> chain = Entries.chain(10);
        AuditEntry forged = with(chain.get(4), "ledger.person.search", chain.get(4).subjects(), Outcome.ALLOWED, "x")
                .sealedAfter(4, chain.get(3).hash());
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.set(4, forged);
        ChainVerification result = walk(tampered, headOf(chain));
        assertEquals(6, result.brokenAt().getAsLong());
        assertEquals(Optional.of("previous-hash"), result.problem());
    }

    @Test
    void deletingAnEntryLeavesAGap() {
        List<AuditEntry> chain = new ArrayList<>(Entries.chain(10));
        chain.remove(6);
        ChainVerification result = walk(chain, headOf(Entries.chain(10)));
        assertEquals(7, result.brokenAt().getAsLong());
        assertEquals(Optional.of("gap"), result.problem());
    }

    @Test
    void deletingTheLastEntriesDisagreesWithTheHead() {
        List<AuditEntry> full = Entries.chain(10);
        ChainVerification result = walk(full.subList(0, 8), headOf(full));
        assertEquals(9, result.brokenAt().getAsLong());
        assertEquals(Optional.of("head"), result.problem());
    }

    @Test
    void reorderingEntriesBreaksTheChainEvenWhenTheirSeqsAreSwappedToo() {
        List<AuditEntry> chain = new ArrayList<>(Entries.chain(10));
        Collections.swap(chain, 3, 4);
        assertEquals(Optional.of("gap"), walk(chain, headOf(Entries.chain(10))).problem());
        // The same with the seq numbers exchanged, so the order looks right.
        AuditEntry third = chain.get(3);
        AuditEntry fourth = chain.get(4);
        chain.set(3, renumbered(third, 4));
        chain.set(4, renumbered(fourth, 5));
        ChainVerification result = walk(chain, headOf(Entries.chain(10)));
        assertFalse(result.intact());
        assertEquals(4, result.brokenAt().getAsLong());
        assertEquals(Optional.of("previous-hash"), result.problem());
    }

    @Test
    void theEncodingCannotBeFooledByMovingTextBetweenFields() {
        AuditEntry a = Entries.chain(1).get(0);
        AuditEntry b = new AuditEntry(a.seq(), a.recordedAt(), a.chain(), a.actor(), a.action(), a.disaster(),
                a.subjects(), "x", "y", a.basis(), a.outcome(), a.refusal(), a.reference(), a.previousHash(), null);
        AuditEntry c = new AuditEntry(a.seq(), a.recordedAt(), a.chain(), a.actor(), a.action(), a.disaster(),
                a.subjects(), "xy", null, a.basis(), a.outcome(), a.refusal(), a.reference(), a.previousHash(), null);
        assertNotEquals(HashChain.hash(HashChain.GENESIS, b), HashChain.hash(HashChain.GENESIS, c));
    }

    private static AuditEntry renumbered(AuditEntry e, long seq) {
        return new AuditEntry(seq, e.recordedAt(), e.chain(), e.actor(), e.action(), e.disaster(), e.subjects(),
                e.query(), e.items(), e.basis(), e.outcome(), e.refusal(), e.reference(), e.previousHash(), e.hash());
    }
}
