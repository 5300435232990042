package jp.tsunagu.provisioning.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.provisioning.agreements.SharingAgreement.AgreementTransitionException;
import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

class SharingAgreementTest {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final PrefectureCode TOYAMA = PrefectureCode.of(16);
    static final PrefectureCode FUKUI = PrefectureCode.of(18);
    static final Actor HOME_ADMIN = new Actor("home-admin", "admin17");
    static final Actor HOST_ADMIN = new Actor("host-admin", "admin16");
    static final Instant T0 = Instant.parse("2024-01-15T00:00:00Z");
    static final Instant FROM = T0.plus(Duration.ofDays(1));
    static final Instant UNTIL = T0.plus(Duration.ofDays(30));
    static final MunicipalityCode TOYAMA_CITY = MunicipalityCode.of("162019");
    static final MunicipalityCode TAKAOKA = MunicipalityCode.of("162027");

    static SharingAgreement proposal(MunicipalityCode... hostMunicipalities) {
        AgreementTerms terms = new AgreementTerms(UUID.randomUUID(), TOYAMA, new TreeSet<>(Set.of(hostMunicipalities)),
                Set.of(SharedItem.IDENTITY, SharedItem.WHEREABOUTS), Set.of(SharingPermission.ADD_WHEREABOUTS),
                FROM, UNTIL, "広域避難者の支援");
        return new SharingAgreement(ISHIKAWA, "令和6年能登半島地震", terms, HOME_ADMIN, T0);
    }

    @Test
    void aProposalWaitsForTheHostAndRecordsWhoProposedWhen() {
        SharingAgreement agreement = proposal();
        assertEquals(AgreementState.PROPOSED, agreement.stateAt(T0));
        assertEquals("admin17", agreement.proposedBy().username());
        assertEquals(T0, agreement.proposedAt());
        assertEquals(Set.of(SharingPermission.READ, SharingPermission.ADD_WHEREABOUTS), agreement.permissions());
        assertFalse(agreement.isInForceAt(FROM));
    }

    @Test
    void anAcceptedAgreementIsInForceOnlyWithinItsPeriod() {
        SharingAgreement agreement = proposal();
        agreement.accept(TOYAMA, HOST_ADMIN, T0.plusSeconds(60));
        assertEquals(AgreementState.SCHEDULED, agreement.stateAt(T0.plusSeconds(120)));
        assertTrue(agreement.isInForceAt(FROM));
        assertTrue(agreement.isInForceAt(UNTIL.minusMillis(1)));
        assertEquals(AgreementState.EXPIRED, agreement.stateAt(UNTIL));
        assertFalse(agreement.isInForceAt(UNTIL));
        assertEquals("admin16", agreement.decidedBy().orElseThrow().username());
        assertEquals(T0.plusSeconds(60), agreement.decidedAt().orElseThrow());
    }

    @Test
    void onlyTheHostAcceptsOrDeclines() {
        SharingAgreement agreement = proposal();
        assertThrows(AgreementTransitionException.class, () -> agreement.accept(ISHIKAWA, HOME_ADMIN, T0));
        assertThrows(AgreementTransitionException.class,
                () -> agreement.decline(ISHIKAWA, HOME_ADMIN, T0, Optional.empty()));
        agreement.decline(TOYAMA, HOST_ADMIN, T0, Optional.of("受入体制が整わない"));
        assertEquals(AgreementState.DECLINED, agreement.stateAt(FROM));
        assertEquals(Optional.of("受入体制が整わない"), agreement.decisionReason());
    }

    @Test
    void aDeclinedOrRevokedAgreementCannotBeAcceptedOrRevived() {
        SharingAgreement declined = proposal();
        declined.decline(TOYAMA, HOST_ADMIN, T0, Optional.empty());
        assertThrows(AgreementTransitionException.class, () -> declined.accept(TOYAMA, HOST_ADMIN, T0));
        assertThrows(AgreementTransitionException.class,
                () -> declined.revoke(ISHIKAWA, HOME_ADMIN, T0, Optional.empty()));

        SharingAgreement revoked = proposal();
        revoked.accept(TOYAMA, HOST_ADMIN, T0);
        revoked.revoke(TOYAMA, HOST_ADMIN, FROM, Optional.of("終了"));
        assertEquals(AgreementState.REVOKED, revoked.stateAt(FROM));
        assertThrows(AgreementTransitionException.class,
                () -> revoked.revoke(ISHIKAWA, HOME_ADMIN, FROM, Optional.empty()));
        assertThrows(AgreementTransitionException.class, () -> revoked.accept(TOYAMA, HOST_ADMIN, FROM));
    }

    @Test
    void eitherSideRevokesAnAcceptedAgreementAndTheRevokerIsRecorded() {
        SharingAgreement byHome = proposal();
        byHome.accept(TOYAMA, HOST_ADMIN, T0);
        byHome.revoke(ISHIKAWA, HOME_ADMIN, FROM.plusSeconds(5), Optional.empty());
        assertEquals(Optional.of(ISHIKAWA), byHome.revokedByPrefecture());
        assertEquals("admin17", byHome.revokedBy().orElseThrow().username());
        assertEquals(FROM.plusSeconds(5), byHome.revokedAt().orElseThrow());
        assertFalse(byHome.isInForceAt(FROM.plusSeconds(6)));

        SharingAgreement byHost = proposal();
        byHost.accept(TOYAMA, HOST_ADMIN, T0);
        byHost.revoke(TOYAMA, HOST_ADMIN, FROM, Optional.empty());
        assertEquals(Optional.of(TOYAMA), byHost.revokedByPrefecture());
    }

    @Test
    void theHomeWithdrawsAProposalButTheHostDeclinesIt() {
        SharingAgreement agreement = proposal();
        assertThrows(AgreementTransitionException.class,
                () -> agreement.revoke(TOYAMA, HOST_ADMIN, T0, Optional.empty()));
        agreement.revoke(ISHIKAWA, HOME_ADMIN, T0, Optional.of("取り下げ"));
        assertEquals(AgreementState.REVOKED, agreement.stateAt(T0));
    }

    @Test
    void aProposalLeftUnansweredExpiresAndCanNoLongerBeAccepted() {
        SharingAgreement agreement = proposal();
        assertEquals(AgreementState.EXPIRED, agreement.stateAt(UNTIL));
        assertThrows(AgreementTransitionException.class, () -> agreement.accept(TOYAMA, HOST_ADMIN, UNTIL));
        assertThrows(AgreementTransitionException.class,
                () -> agreement.revoke(ISHIKAWA, HOME_ADMIN, UNTIL, Optional.empty()));
    }

    @Test
    void aThirdPrefectureIsNoParty() {
        SharingAgreement agreement = proposal();
        assertFalse(agreement.isParty(FUKUI));
        assertThrows(AgreementTransitionException.class, () -> agreement.accept(FUKUI, HOST_ADMIN, T0));
        assertThrows(IllegalArgumentException.class,
                () -> agreement.revoke(FUKUI, HOST_ADMIN, T0, Optional.empty()));
    }

    @Test
    void itCoversTheWholeHostPrefectureOrOnlyTheNamedMunicipalities() {
        SharingAgreement whole = proposal();
        assertTrue(whole.covers(TOYAMA_CITY));
        assertTrue(whole.covers(TAKAOKA));
        assertFalse(whole.covers(MunicipalityCode.of("172049")));
        SharingAgreement narrowed = proposal(TOYAMA_CITY);
        assertTrue(narrowed.covers(TOYAMA_CITY));
        assertFalse(narrowed.covers(TAKAOKA));
    }

    @Test
    void aPrefectureCannotAgreeWithItself() {
        AgreementTerms terms = new AgreementTerms(UUID.randomUUID(), ISHIKAWA, new TreeSet<>(),
                Set.of(SharedItem.IDENTITY), Set.of(), FROM, UNTIL, "支援");
        assertThrows(SharingAgreement.SelfAgreementException.class,
                () -> new SharingAgreement(ISHIKAWA, "x", terms, HOME_ADMIN, T0));
    }
}
