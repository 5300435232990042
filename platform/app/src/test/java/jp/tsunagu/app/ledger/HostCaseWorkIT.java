package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.SharingScene.HOME;
import static jp.tsunagu.app.ledger.SharingScene.HOST;
import static jp.tsunagu.app.ledger.SharingScene.TAKAOKA;
import static jp.tsunagu.app.ledger.SharingScene.TOYAMA_CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Host municipality staff of 富山県 keep a 石川県 evacuee's support case through an agreement, with real OTP logins in
 * both realms: they add needs, visits and follow-ups, claim the case and hand it on with a reason; the home sees all
 * of it in the one history, attributed to the host municipality and its staff member, and both access logs hold it as
 * provision to another local government. Each kind of work needs the agreement's matching permission; persons outside
 * the caller's area and a revoked agreement get nothing, and every refusal is logged on both sides.
 */
class HostCaseWorkIT extends PlatformIT {

    static final SharingScene scene = new SharingScene();
    static LedgerFixture fixture;
    static String agreement;
    static Account toyamaStaff;
    static Account takaokaStaff;

    @BeforeAll
    static void anEvacueeInEachHostMunicipalityAndAnAgreementThatLetsTheHostKeepCases() {
        fixture = LedgerFixture.create("ケース協定");
        fixture.moveTo(fixture.ledger.ichiro(), TOYAMA_CITY);
        fixture.moveTo(fixture.ledger.shota(), TOYAMA_CITY);
        fixture.moveTo(fixture.ledger.hanako(), TAKAOKA);
        agreement = scene.accepted(SharingScene.terms(fixture.ledger.disasterId())
                .add("items", SharingScene.array("identity", "whereabouts", "needs", "supportRecords"))
                .add("permissions", SharingScene.array("addNeeds", "addSupportRecords")).build());
        toyamaStaff = scene.hostStaff(agreement, TOYAMA_CITY);
        takaokaStaff = scene.hostStaff(agreement, TAKAOKA);
    }

    static Api.Reply hostPost(Account account, String agreementId, String personId, String suffix, String json) {
        return scene.platform.api.post("api/v1/agreements/" + agreementId + "/persons/" + personId + "/case/" + suffix,
                scene.platform.token(account), json);
    }

    static JsonObject homeCase(String personId) {
        Api.Reply reply = fixture.get(fixture.adminToken(), "persons/" + personId + "/case");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static JsonObject loggedBy(PrefectureCode log, String query, Account actor) {
        return scene.auditEntries(log, query).stream()
                .filter(entry -> entry.getString("actorUsername").equals(actor.username())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry of " + actor.username() + " for " + query + " in the log of "
                        + log.value()));
    }

    @Test
    void theHostsNeedsVisitsAndFollowUpsAreInTheHomesHistoryAttributedToTheHost() {
        String ichiro = fixture.ledger.ichiro();
        Api.Reply need = hostPost(toyamaStaff, agreement, ichiro, "entries", "{\"kind\":\"need\",\"category\":\"housing\","
                + "\"urgency\":\"high\",\"note\":\"ホテルの期限が来月で切れる\",\"followUpOn\":\"2099-02-01\"}");
        assertEquals(201, need.status(), need::toString);
        assertEquals("AGREEMENT_HOST_MUNICIPALITY", need.json().getJsonObject("actingFor").getString("kind"));
        assertEquals(TOYAMA_CITY, need.json().getJsonObject("actingFor").getString("code"));
        assertEquals("富山市", need.json().getJsonObject("actingFor").getString("name"));
        assertEquals(toyamaStaff.username(), need.json().getString("recordedBy"));
        Api.Reply visit = hostPost(toyamaStaff, agreement, ichiro, "entries",
                "{\"kind\":\"visit\",\"note\":\"ホテルを訪問。体調は安定\"}");
        assertEquals(201, visit.status(), visit::toString);

        JsonObject atHome = homeCase(ichiro);
        List<JsonObject> entries = atHome.getJsonArray("entries").getValuesAs(JsonObject.class);
        JsonObject housing = entries.stream().filter(e -> e.getString("id").equals(need.json().getString("id")))
                .findFirst().orElseThrow(() -> new AssertionError("the host's need is not in the home's case: " + atHome));
        assertEquals(List.of("NEED", "HOUSING", "HIGH", "2099-02-01", toyamaStaff.username(), TOYAMA_CITY),
                List.of(housing.getString("kind"), housing.getString("category"), housing.getString("urgency"),
                        housing.getString("followUpOn"), housing.getString("recordedBy"),
                        housing.getJsonObject("actingFor").getString("code")));
        assertTrue(entries.stream().anyMatch(e -> e.getString("note").equals("ホテルを訪問。体調は安定")), atHome::toString);
        assertEquals("2099-02-01", atHome.getString("nextFollowUp"));
        Api.Reply seenByHost = scene.platform.api.get("api/v1/agreements/" + agreement + "/persons/" + ichiro + "/case",
                scene.platform.token(toyamaStaff));
        assertEquals(atHome.getJsonArray("entries"), seenByHost.json().getJsonArray("entries"), "one history");

        List<JsonObject> provisions = scene.auditEntries(HOME, "action=agreement.case.entry.add&outcome=allowed&personId="
                + ichiro).stream().filter(e -> e.getString("actorUsername").equals(toyamaStaff.username())).toList();
        assertEquals(2, provisions.size(), provisions::toString);
        for (JsonObject provision : provisions) {
            assertEquals(List.of("16", "AGREEMENT_HOST", "other-local-government", "agreement:" + agreement),
                    List.of(provision.getString("actorTenant"), provision.getString("actorCapacity"),
                            provision.getString("legalBasis"), provision.getString("reference")));
        }
        assertEquals(List.of("needs", "supportRecords"), provisions.stream().map(e -> e.getString("items")).sorted()
                .toList());
        JsonObject atHost = loggedBy(HOST, "action=agreement.case.entry.add&outcome=allowed", toyamaStaff);
        assertTrue(atHost.getJsonArray("subjects").toString().contains(ichiro), atHost::toString);
        assertEquals("other-local-government", atHost.getString("legalBasis"));
    }

    @Test
    void theHostClaimsTheCaseHandsItOnWithAReasonAndTheHomeSeesWhoHoldsIt() {
        String hanako = fixture.ledger.hanako();
        Api.Reply claimed = hostPost(takaokaStaff, agreement, hanako, "claim", "");
        assertEquals(200, claimed.status(), claimed::toString);
        JsonObject holder = claimed.json().getJsonObject("holder");
        assertEquals(List.of("AGREEMENT_HOST_MUNICIPALITY", TAKAOKA, "高岡市"),
                List.of(holder.getString("kind"), holder.getString("code"), holder.getString("name")));
        assertProblem(hostPost(takaokaStaff, agreement, hanako, "claim", ""), 409, "conflict", null);
        assertProblem(fixture.post(fixture.adminToken(), "persons/" + hanako + "/case/claim", ""), 409, "conflict", null);
        assertEquals(holder, homeCase(hanako).getJsonObject("holder"), "the home sees the host holds the case");

        assertProblem(hostPost(takaokaStaff, agreement, hanako, "transfer",
                "{\"toKind\":\"affected-municipality\",\"municipalityCode\":\"172049\"}"), 400, "invalid-request", "reason");
        assertProblem(hostPost(takaokaStaff, agreement, hanako, "transfer", "{\"toKind\":\"agreement-host-municipality\","
                + "\"municipalityCode\":\"151009\",\"reason\":\"新潟へ\"}"), 400, "invalid-request", "municipalityCode");
        Api.Reply back = hostPost(takaokaStaff, agreement, hanako, "transfer", "{\"toKind\":\"affected-municipality\","
                + "\"municipalityCode\":\"172049\",\"reason\":\"輪島市の仮設住宅に入居予定\"}");
        assertEquals(200, back.status(), back::toString);
        assertProblem(hostPost(takaokaStaff, agreement, hanako, "transfer", "{\"toKind\":\"affected-municipality\","
                + "\"municipalityCode\":\"172049\",\"reason\":\"再度\"}"), 403, "forbidden", null);

        // The home hands the case to the host municipality that now supports her, through the agreement in force.
        Api.Reply toHost = fixture.post(fixture.adminToken(), "persons/" + hanako + "/case/transfer",
                "{\"toKind\":\"agreement-host-municipality\",\"municipalityCode\":\"" + TAKAOKA
                        + "\",\"reason\":\"入居まで高岡市が伴走\"}");
        assertEquals(200, toHost.status(), toHost::toString);
        List<JsonObject> handovers = homeCase(hanako).getJsonArray("handovers").getValuesAs(JsonObject.class);
        assertEquals(List.of(takaokaStaff.username(), takaokaStaff.username()),
                handovers.subList(0, 2).stream().map(h -> h.getString("by")).toList());
        assertEquals("輪島市の仮設住宅に入居予定", handovers.get(1).getString("reason"));
        assertEquals(TAKAOKA, handovers.get(1).getJsonObject("from").getString("code"));
        assertEquals(TAKAOKA, handovers.get(2).getJsonObject("to").getString("code"));
        assertEquals("other-local-government", loggedBy(HOME, "action=agreement.case.transfer&outcome=allowed&personId="
                + hanako, takaokaStaff).getString("legalBasis"));
    }

    @Test
    void aHostClaimAndAHomeClaimAtOnceAreOneClaimAndOneConflict() {
        String shota = fixture.ledger.shota();
        String hostToken = scene.platform.token(toyamaStaff);
        String homeToken = fixture.adminToken();
        List<Api.Reply> claims = AtOnce.send(List.of(
                () -> scene.platform.api.post("api/v1/agreements/" + agreement + "/persons/" + shota + "/case/claim",
                        hostToken, ""),
                () -> fixture.post(homeToken, "persons/" + shota + "/case/claim", "")));
        assertEquals(List.of(200, 409), claims.stream().map(Api.Reply::status).sorted().toList(), claims::toString);
        assertEquals(1, homeCase(shota).getJsonArray("handovers").size());
    }

    @Test
    void eachKindOfWorkNeedsTheMatchingPermissionAndRefusalsAreLoggedOnBothSides() {
        String ichiro = fixture.ledger.ichiro();
        String supportOnly = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        Account supporter = scene.hostStaff(supportOnly, TOYAMA_CITY);
        assertProblem(hostPost(supporter, supportOnly, ichiro, "entries", "{\"kind\":\"need\",\"category\":\"health\","
                + "\"urgency\":\"low\",\"note\":\"許可なし\"}"), 403, "forbidden", null);
        assertProblem(hostPost(supporter, supportOnly, ichiro, "entries", "{\"kind\":\"care\","
                + "\"careCategories\":[\"elderly\"],\"note\":\"許可なし\"}"), 403, "forbidden", null);
        assertEquals(201, hostPost(supporter, supportOnly, ichiro, "entries", "{\"kind\":\"contact\",\"channel\":\"phone\","
                + "\"note\":\"電話で近況を確認\"}").status());

        String readOnly = scene.accepted(SharingScene.terms(fixture.ledger.disasterId())
                .add("permissions", SharingScene.array()).build());
        Account reader = scene.hostStaff(readOnly, TOYAMA_CITY);
        assertProblem(hostPost(reader, readOnly, ichiro, "entries", "{\"kind\":\"visit\",\"note\":\"許可なし\"}"), 403,
                "forbidden", null);
        assertProblem(hostPost(reader, readOnly, ichiro, "claim", ""), 403, "forbidden", null);
        assertProblem(hostPost(reader, readOnly, ichiro, "transfer", "{\"toKind\":\"affected-municipality\","
                + "\"municipalityCode\":\"172049\",\"reason\":\"許可なし\"}"), 403, "forbidden", null);

        assertFalse(homeCase(ichiro).toString().contains("許可なし"), "nothing refused was written");
        for (String action : List.of("agreement.case.entry.add", "agreement.case.claim", "agreement.case.transfer")) {
            assertEquals("REFUSED", loggedBy(HOME, "action=" + action + "&outcome=refused", reader).getString("outcome"));
            assertEquals("REFUSED", loggedBy(HOST, "action=" + action + "&outcome=refused", reader).getString("outcome"));
        }
    }

    @Test
    void personsOutsideTheCallersAreaAndARevokedAgreementGetNothingOnTheNextRequest() {
        for (String elsewhere : List.of(fixture.ledger.hanako(), fixture.ledger.mori())) {
            assertProblem(hostPost(toyamaStaff, agreement, elsewhere, "entries", "{\"kind\":\"visit\",\"note\":\"域外\"}"),
                    404, "not-found", null);
            assertProblem(hostPost(toyamaStaff, agreement, elsewhere, "claim", ""), 404, "not-found", null);
        }
        String revocable = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        Account staff = scene.hostStaff(revocable, TOYAMA_CITY);
        String ichiro = fixture.ledger.ichiro();
        assertEquals(201, hostPost(staff, revocable, ichiro, "entries", "{\"kind\":\"visit\",\"note\":\"取消前の訪問\"}")
                .status());
        assertEquals(200, scene.decide(scene.admin(HOME), revocable, "revocation").status());
        for (String suffix : List.of("entries", "claim", "transfer")) {
            Api.Reply refused = hostPost(staff, revocable, ichiro, suffix, suffix.equals("entries")
                    ? "{\"kind\":\"visit\",\"note\":\"取消後の訪問\"}"
                    : "{\"toKind\":\"affected-municipality\",\"municipalityCode\":\"172049\",\"reason\":\"取消後\"}");
            assertTrue(refused.status() == 403 || refused.status() == 404, refused::toString);
            assertTrue(refused.isProblem(), refused::toString);
        }
        String history = homeCase(ichiro).toString();
        assertTrue(history.contains("取消前の訪問") && !history.contains("取消後"), history);
        // Refused before the person was confirmed, the home's log names them by a digest of the id, not the id.
        assertEquals("REFUSED", loggedBy(HOME, "action=agreement.case.entry.add&outcome=refused", staff)
                .getString("outcome"));
    }
}
