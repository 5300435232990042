package jp.tsunagu.support.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;

/** Which of the cases kept about persons merged together carries the history now. */
class SupportCasesPrimaryTest {

    static final UUID DISASTER = UUID.randomUUID();
    static final UUID SURVIVOR = UUID.randomUUID();
    static final UUID ABSORBED = UUID.randomUUID();
    static final ActingFor WAJIMA = new ActingFor("AFFECTED_MUNICIPALITY", "172049");
    static final Actor STAFF = new Actor("sub", "wajima.staff");
    static final Instant NOW = Instant.parse("2024-01-20T00:00:00Z");

    @Test
    void theHeldCaseCarriesTheHistoryEvenWhenItIsTheAbsorbedPersons() {
        SupportCase own = new SupportCase(DISASTER, SURVIVOR, NOW);
        SupportCase absorbed = new SupportCase(DISASTER, ABSORBED, NOW);
        absorbed.claim(WAJIMA, STAFF, NOW);

        assertEquals(Optional.of(absorbed), SupportCases.primary(List.of(own, absorbed), SURVIVOR));
    }

    @Test
    void amongCasesAllHeldOrAllFreeThePersonsOwnComesFirst() {
        SupportCase absorbed = new SupportCase(DISASTER, ABSORBED, NOW);
        SupportCase own = new SupportCase(DISASTER, SURVIVOR, NOW);
        assertEquals(Optional.of(own), SupportCases.primary(List.of(absorbed, own), SURVIVOR));

        absorbed.claim(WAJIMA, STAFF, NOW);
        own.claim(WAJIMA, STAFF, NOW);
        assertEquals(Optional.of(own), SupportCases.primary(List.of(absorbed, own), SURVIVOR));
    }

    @Test
    void noCaseIsNone() {
        assertEquals(Optional.empty(), SupportCases.primary(List.of(), SURVIVOR));
    }
}
