package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.SharingScene.HOME;
import static jp.tsunagu.app.ledger.SharingScene.HOST;
import static jp.tsunagu.app.ledger.SharingScene.THIRD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * The life of a sharing agreement between 石川県 (home) and 富山県 (host), through the API with real OTP logins in both
 * realms: proposal, acceptance, declining, revocation by either side, expiry, and the host's grants under it. A third
 * prefecture finds none of it.
 */
class AgreementLifecycleIT extends PlatformIT {

    final SharingScene scene = new SharingScene();
    final String disasterId = LedgerFixture.switchOn("協定試験 " + shortId());

    @Test
    void theHostSeesTheProposalAcceptsItAndBothSidesSeeWhoDecidedWhen() {
        Api.Reply proposed = scene.propose(SharingScene.terms(disasterId).build());
        assertEquals(201, proposed.status(), proposed::toString);
        String id = proposed.json().getString("id");
        assertEquals("PROPOSED", proposed.json().getString("state"));
        assertEquals("home", proposed.json().getString("side"));
        assertEquals("admin17.it", proposed.json().getString("proposedBy"));

        assertTrue(scene.listed(HOST).contains(id), "the proposal is addressed to the host");
        JsonObject asHost = scene.get(scene.admin(HOST), id).json();
        assertEquals("host", asHost.getString("side"));
        assertEquals("(17)", asHost.getString("proposedBy"), "the other side sees the prefecture, not the login");
        assertEquals(java.util.List.of("addSupportRecords", "addWhereabouts", "read"),
                asHost.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).sorted().toList());

        assertProblem(scene.decide(scene.admin(HOME), id, "acceptance"), 409, "illegal-transition", null);
        Api.Reply accepted = scene.decide(scene.admin(HOST), id, "acceptance");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("IN_FORCE", accepted.json().getString("state"));
        assertEquals("admin16.it", accepted.json().getString("decidedBy"));
        JsonObject atHome = scene.get(scene.admin(HOME), id).json();
        assertEquals("ACCEPTED", atHome.getString("status"));
        assertEquals("(16)", atHome.getString("decidedBy"));
        assertNotNull(Instant.parse(atHome.getString("decidedAt")));
        assertProblem(scene.decide(scene.admin(HOST), id, "acceptance"), 409, "illegal-transition", null);
    }

    @Test
    void theHostDeclinesAndNothingCanBeGrantedUnderADeclinedAgreement() {
        String id = scene.propose(SharingScene.terms(disasterId).build()).json().getString("id");
        Api.Reply declined = scene.platform.api.post("api/v1/agreements/" + id + "/declination", scene.admin(HOST),
                "{\"reason\":\"受入体制が整わないため\"}");
        assertEquals(200, declined.status(), declined::toString);
        assertEquals("DECLINED", declined.json().getString("state"));
        assertEquals("受入体制が整わないため", scene.get(scene.admin(HOME), id).json().getString("decisionReason"));
        assertProblem(scene.grant(scene.admin(HOST), id, "declined." + shortId(), SharingScene.TOYAMA_CITY), 409,
                "conflict", "agreementId");
        assertProblem(scene.decide(scene.admin(HOST), id, "acceptance"), 409, "illegal-transition", null);
    }

    @Test
    void eitherSideRevokesAndTheRevokingPrefectureIsRecorded() {
        String byHost = scene.accepted(SharingScene.terms(disasterId).build());
        Api.Reply revoked = scene.platform.api.post("api/v1/agreements/" + byHost + "/revocation", scene.admin(HOST),
                "{\"reason\":\"受入終了\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().getString("state"));
        assertEquals("16", scene.get(scene.admin(HOME), byHost).json().getString("revokedByPrefecture"));
        assertProblem(scene.decide(scene.admin(HOME), byHost, "revocation"), 409, "illegal-transition", null);

        String byHome = scene.accepted(SharingScene.terms(disasterId).build());
        assertEquals(200, scene.decide(scene.admin(HOME), byHome, "revocation").status());
        JsonObject atHost = scene.get(scene.admin(HOST), byHome).json();
        assertEquals("17", atHost.getString("revokedByPrefecture"));
        assertEquals("(17)", atHost.getString("revokedBy"));

        String withdrawn = scene.propose(SharingScene.terms(disasterId).build()).json().getString("id");
        assertProblem(scene.decide(scene.admin(HOST), withdrawn, "revocation"), 409, "illegal-transition", null);
        assertEquals("REVOKED", scene.decide(scene.admin(HOME), withdrawn, "revocation").json().getString("state"));
    }

    @Test
    void anAgreementExpiresByItselfAndIsThenFinal() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(6);
        String id = scene.accepted(SharingScene.terms(disasterId).add("validUntil", until.toString()).build());
        assertEquals("IN_FORCE", scene.get(scene.admin(HOST), id).json().getString("state"));
        Thread.sleep(Math.max(0, until.toEpochMilli() - System.currentTimeMillis()) + 500);
        assertEquals("EXPIRED", scene.get(scene.admin(HOST), id).json().getString("state"));
        assertEquals("ACCEPTED", scene.get(scene.admin(HOME), id).json().getString("status"));
        assertProblem(scene.decide(scene.admin(HOME), id, "revocation"), 409, "illegal-transition", null);
        assertProblem(scene.grant(scene.admin(HOST), id, "late." + shortId(), SharingScene.TOYAMA_CITY), 409,
                "conflict", "agreementId");
    }

    @Test
    void aThirdPrefectureFindsNothingAndCanDoNothing() {
        String id = scene.accepted(SharingScene.terms(disasterId).build());
        String third = scene.admin(THIRD);
        assertFalse(scene.listed(THIRD).contains(id));
        assertProblem(scene.get(third, id), 404, "not-found", null);
        assertProblem(scene.decide(third, id, "revocation"), 404, "not-found", null);
        assertProblem(scene.decide(third, id, "acceptance"), 404, "not-found", null);
        assertProblem(scene.grant(third, id, "third." + shortId(), "152013"), 404, "not-found", null);
        assertProblem(scene.platform.api.get("api/v1/agreements/" + id + "/grants", third), 404, "not-found", null);
        assertEquals("IN_FORCE", scene.get(scene.admin(HOME), id).json().getString("state"));
    }

    @Test
    void proposalsRefuseMyNumberThemselvesAsHostAndPrefecturesNotOnTsunagu() {
        assertProblem(scene.propose(SharingScene.terms(disasterId)
                .add("items", SharingScene.array("identity", "myNumber")).build()), 400, "invalid-request", "items");
        assertProblem(scene.propose(SharingScene.terms(disasterId).add("hostPrefecture", "17").build()), 400,
                "invalid-request", "hostPrefecture");
        assertProblem(scene.propose(SharingScene.terms(disasterId).add("hostPrefecture", "47").build()), 400,
                "invalid-request", "hostPrefecture");
        assertProblem(scene.propose(SharingScene.terms(java.util.UUID.randomUUID().toString()).build()), 400,
                "invalid-request", "disasterId");
        assertProblem(scene.propose(SharingScene.terms(disasterId)
                .add("hostMunicipalities", SharingScene.array("172049")).build()), 400, "invalid-request",
                "hostMunicipalities");
        // Only prefecture admins propose: the host's admin cannot propose for the home's instance either.
        assertProblem(scene.platform.api.post("api/v1/agreements", scene.admin(HOST),
                SharingScene.terms(disasterId).add("hostPrefecture", "17").build()), 400, "invalid-request",
                "disasterId");
    }

    @Test
    void theHostGrantsItsOwnCoveredMunicipalitiesStaffWithOtpAndTheHomeCannotGrantUnderIt() {
        String id = scene.accepted(SharingScene.terms(disasterId)
                .add("hostMunicipalities", SharingScene.array(SharingScene.TOYAMA_CITY)).build());
        assertProblem(scene.grant(scene.admin(HOME), id, "home." + shortId(), SharingScene.TOYAMA_CITY), 404,
                "not-found", null);
        assertProblem(scene.grant(scene.admin(HOST), id, "takaoka." + shortId(), SharingScene.TAKAOKA), 400,
                "invalid-request", "municipalityCode");
        var staff = scene.hostStaff(id, SharingScene.TOYAMA_CITY);
        assertEquals("pref-16", staff.realm());
        var grants = scene.platform.api.get("api/v1/agreements/" + id + "/grants", scene.admin(HOST)).array();
        JsonObject grant = grants.getJsonObject(0);
        assertEquals(id, grant.getString("agreementId"));
        assertEquals("AGREEMENT_HOST_MUNICIPALITY", grant.getString("scope"));
        assertTrue(grant.getBoolean("active"));
        JsonObject me = scene.platform.api.get("api/v1/me", scene.platform.token(staff)).json();
        assertEquals("16", me.getString("tenant"));
        assertEquals(id, me.getJsonArray("grants").getJsonObject(0).getString("agreementId"));
        assertEquals("17", me.getJsonArray("grants").getJsonObject(0).getString("homePrefecture"));
    }

    @Test
    void closingTheHomesInstanceStopsAdditionsArchivingStopsReadsAndPurgingRevokesTheAgreement() {
        String id = scene.accepted(SharingScene.terms(disasterId).build());
        var staff = scene.hostStaff(id, SharingScene.TOYAMA_CITY);
        String persons = "api/v1/agreements/" + id + "/persons";
        assertEquals(200, scene.platform.api.get(persons, scene.platform.token(staff)).status());
        assertEquals(200, lifecycle("close").status());
        assertEquals(200, scene.platform.api.get(persons, scene.platform.token(staff)).status(), "closing: still read");
        assertEquals(200, lifecycle("archive").status());
        assertProblem(scene.platform.api.get(persons, scene.platform.token(staff)), 404, "not-found", null);
        Api.Reply purged = lifecycle("purge");
        assertEquals(200, purged.status(), purged::toString);
        assertEquals(1, purged.json().getJsonObject("statistics").getJsonNumber("agreements.total").longValue());
        JsonObject atHost = scene.get(scene.admin(HOST), id).json();
        assertEquals("REVOKED", atHost.getString("state"));
        assertEquals("17", atHost.getString("revokedByPrefecture"));
        Api.Reply after = scene.platform.api.get(persons, scene.platform.token(staff));
        assertTrue(after.status() == 403 || after.status() == 404, after::toString);
    }

    private Api.Reply lifecycle(String action) {
        return scene.platform.api.post("api/v1/disasters/" + disasterId + "/lifecycle", scene.admin(HOME),
                "{\"action\":\"" + action + "\",\"reason\":\"試験\"}");
    }
}
