package jp.tsunagu.provisioning.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.provisioning.disaster.DisasterDeclaration;
import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.provisioning.disaster.DisasterType;
import jp.tsunagu.provisioning.disaster.LifecycleAction;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

class AccountGrantTest {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final MunicipalityCode WAJIMA = MunicipalityCode.of("172049");
    static final MunicipalityCode KANAZAWA = MunicipalityCode.of("172014");
    static final MunicipalityCode TOYAMA = MunicipalityCode.of("162019");
    static final Actor ADMIN = new Actor("admin-subject", "admin17");
    static final Instant NOW = Instant.parse("2024-01-10T00:00:00Z");

    final DisasterInstance noto = DisasterInstance.switchOn(ISHIKAWA, new DisasterDeclaration("令和6年能登半島地震",
            DisasterType.EARTHQUAKE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), List.of(WAJIMA)), ADMIN, NOW);

    AccountGrant hostGrant(Instant expiresAt) {
        return new AccountGrant(noto, "user-subject", "kanazawa.staff", GrantScope.host(KANAZAWA),
                GrantRole.MUNICIPALITY_STAFF, expiresAt, ADMIN, NOW);
    }

    @Test
    void isActiveUntilItExpires() {
        AccountGrant grant = hostGrant(NOW.plusSeconds(60));
        assertTrue(grant.isActiveAt(NOW));
        assertTrue(grant.isActiveAt(NOW.plusSeconds(59)));
        assertFalse(grant.isActiveAt(NOW.plusSeconds(60)));
    }

    @Test
    void isInactiveOnceRevokedAndCannotBeRevokedTwice() {
        AccountGrant grant = hostGrant(NOW.plusSeconds(3600));
        grant.revoke(ADMIN, NOW.plusSeconds(1), "異動");
        assertFalse(grant.isActiveAt(NOW.plusSeconds(2)));
        assertEquals("異動", grant.revocationReason().orElseThrow());
        assertThrows(AccountGrant.GrantAlreadyRevokedException.class, () -> grant.revoke(ADMIN, NOW, null));
    }

    @Test
    void forgetsItsHolderWhenAnonymisedButKeepsRoleScopeAndDates() {
        AccountGrant grant = hostGrant(NOW.plusSeconds(3600));
        grant.anonymise();
        assertTrue(grant.isAnonymised());
        assertEquals("(purged)", grant.accountUsername());
        assertEquals("(purged)", grant.accountSubject());
        assertEquals(GrantRole.MUNICIPALITY_STAFF, grant.role());
        assertEquals(KANAZAWA, grant.municipality().orElseThrow());
        assertEquals(NOW, grant.grantedAt());
    }

    @Test
    void followsItsDisasterInstance() {
        AccountGrant grant = hostGrant(NOW.plusSeconds(3600));
        noto.apply(LifecycleAction.CLOSE, ADMIN, NOW, null);
        assertTrue(grant.isActiveAt(NOW), "closing instances stay readable");
        noto.apply(LifecycleAction.ARCHIVE, ADMIN, NOW, null);
        assertFalse(grant.isActiveAt(NOW), "archived instances are closed to municipalities");
    }

    @Test
    void anAffectedScopeMustBeAnAffectedMunicipality() {
        GrantScope.affected(WAJIMA).requireFits(noto, ISHIKAWA, GrantRole.MUNICIPALITY_STAFF);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> GrantScope.affected(KANAZAWA).requireFits(noto, ISHIKAWA, GrantRole.MUNICIPALITY_STAFF));
        assertEquals("municipalityCode", e.field().orElseThrow());
    }

    @Test
    void aHostScopeMustBeInTheSamePrefecture() {
        GrantScope.host(KANAZAWA).requireFits(noto, ISHIKAWA, GrantRole.MUNICIPALITY_LEAD);
        assertThrows(InvalidRequestException.class,
                () -> GrantScope.host(TOYAMA).requireFits(noto, ISHIKAWA, GrantRole.MUNICIPALITY_STAFF));
    }

    @Test
    void rolesAndScopesMustMatch() {
        SupportOrganisation npo = new SupportOrganisation("能登支援ネット", SupportOrganisation.Kind.NPO, null, NOW);
        GrantScope.organisation(npo).requireFits(noto, ISHIKAWA, GrantRole.SUPPORT_WORKER);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> GrantScope.organisation(npo).requireFits(noto, ISHIKAWA, GrantRole.MUNICIPALITY_STAFF));
        assertEquals("role", e.field().orElseThrow());
        assertThrows(InvalidRequestException.class,
                () -> GrantScope.host(KANAZAWA).requireFits(noto, ISHIKAWA, GrantRole.SUPPORT_WORKER));
    }
}
