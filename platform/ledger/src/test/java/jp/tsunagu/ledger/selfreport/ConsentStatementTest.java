package jp.tsunagu.ledger.selfreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConsentStatementTest {

    private static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");

    @Test
    void consentCoversOnlyThePartiesNamed() {
        ConsentStatement consent = new ConsentStatement(true, Set.of(ConsentParty.HOME_MUNICIPALITY), "2026-01", NOW);
        assertTrue(consent.covers(ConsentParty.HOME_MUNICIPALITY));
        assertFalse(consent.covers(ConsentParty.PREFECTURE));
        assertFalse(consent.covers(ConsentParty.SUPPORT_ORGANISATIONS));
    }

    @Test
    void aWithdrawalCoversNobodyWhateverItNames() {
        ConsentStatement withdrawn = new ConsentStatement(false, Set.of(ConsentParty.PREFECTURE), "2026-01", NOW);
        assertFalse(withdrawn.covers(ConsentParty.PREFECTURE));
        assertEquals(List.of(ConsentStatement.WITHDRAWN), withdrawn.consentedParties());
    }

    @Test
    void consentGivenNamesAPartyAndTheLedgerItemListsThemInAStableOrder() {
        assertThrows(IllegalArgumentException.class, () -> new ConsentStatement(true, Set.of(), "v", NOW));
        ConsentStatement consent = new ConsentStatement(true, Set.of(ConsentParty.PREFECTURE, ConsentParty.HOME_MUNICIPALITY),
                "v", NOW);
        assertEquals(List.of("home-municipality", "prefecture"), consent.consentedParties());
    }
}
