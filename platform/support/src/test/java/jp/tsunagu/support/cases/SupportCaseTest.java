package jp.tsunagu.support.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.tenants.problem.InvalidRequestException;

class SupportCaseTest {

    static final ActingFor WAJIMA = new ActingFor("AFFECTED_MUNICIPALITY", "172049");
    static final ActingFor KANAZAWA = new ActingFor("HOST_MUNICIPALITY", "172014");
    static final ActingFor NPO = new ActingFor("SUPPORT_ORGANISATION", UUID.randomUUID().toString());
    static final Actor STAFF = new Actor("sub", "wajima.staff");
    static final Instant NOW = Instant.parse("2024-01-20T00:00:00Z");

    final SupportCase supportCase = new SupportCase(UUID.randomUUID(), UUID.randomUUID(), NOW);

    @Test
    void aCaseNobodyHoldsIsClaimedAndThenHeld() {
        CaseHandover claim = supportCase.claim(WAJIMA, STAFF, NOW);

        assertEquals(Optional.empty(), claim.from());
        assertEquals(WAJIMA, claim.to());
        assertTrue(supportCase.isHeldBy(WAJIMA));
    }

    @Test
    void aHeldCaseIsNotClaimedNotEvenAgainByItsHolder() {
        supportCase.claim(WAJIMA, STAFF, NOW);

        assertThrows(SupportCase.CaseHeldException.class, () -> supportCase.claim(KANAZAWA, STAFF, NOW));
        assertThrows(SupportCase.CaseHeldException.class, () -> supportCase.claim(WAJIMA, STAFF, NOW));
        assertTrue(supportCase.isHeldBy(WAJIMA));
    }

    @Test
    void aTransferNeedsAHolderAnotherTargetAndAReason() {
        assertThrows(SupportCase.CaseHeldException.class, () -> supportCase.transfer(NPO, "引継ぎ", STAFF, NOW));
        supportCase.claim(WAJIMA, STAFF, NOW);
        assertEquals("reason", assertThrows(InvalidRequestException.class,
                () -> supportCase.transfer(NPO, " ", STAFF, NOW)).field().orElseThrow());
        assertEquals("to", assertThrows(InvalidRequestException.class,
                () -> supportCase.transfer(WAJIMA, "x", STAFF, NOW)).field().orElseThrow());

        CaseHandover transfer = supportCase.transfer(NPO, "金沢市内での見守りを依頼", STAFF, NOW.plusSeconds(60));

        assertEquals(Optional.of(WAJIMA), transfer.from());
        assertEquals(Optional.of("金沢市内での見守りを依頼"), transfer.reason());
        assertTrue(supportCase.isHeldBy(NPO));
        assertEquals(Optional.of(NOW.plusSeconds(60)), supportCase.heldSince());
    }

    @Test
    void anEntryCarriesExactlyTheDetailsOfItsKind() {
        NewCaseEntry need = new NewCaseEntry(EntryKind.NEED, NOW, Optional.empty(), Optional.of(NeedCategory.HOUSING),
                Optional.of(Urgency.HIGH), Set.of(), "仮設住宅の申込を希望", Optional.empty());
        assertEquals(Optional.of(Urgency.HIGH), need.urgency());

        assertEquals("urgency", field(() -> new NewCaseEntry(EntryKind.NEED, NOW, Optional.empty(),
                Optional.of(NeedCategory.HOUSING), Optional.empty(), Set.of(), "x", Optional.empty())));
        assertEquals("channel", field(() -> new NewCaseEntry(EntryKind.CONTACT, NOW, Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), "x", Optional.empty())));
        assertEquals("urgency", field(() -> new NewCaseEntry(EntryKind.VISIT, NOW, Optional.empty(), Optional.empty(),
                Optional.of(Urgency.LOW), Set.of(), "x", Optional.empty())));
        assertEquals("careCategories", field(() -> new NewCaseEntry(EntryKind.CARE, NOW, Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), "x", Optional.empty())));
        assertEquals("note", field(() -> new NewCaseEntry(EntryKind.VISIT, NOW, Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), " ", Optional.empty())));
    }

    private static String field(Runnable creation) {
        return assertThrows(InvalidRequestException.class, creation::run).field().orElseThrow();
    }
}
