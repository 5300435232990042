package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.SharingScene.HOME;
import static jp.tsunagu.app.ledger.SharingScene.HOST;
import static jp.tsunagu.app.ledger.SharingScene.TAKAOKA;
import static jp.tsunagu.app.ledger.SharingScene.THIRD;
import static jp.tsunagu.app.ledger.SharingScene.TOYAMA_CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;

/**
 * Host staff of 富山県 reach 石川県's evacuees only through an agreement, with real OTP logins in both realms: only the
 * people now in their own municipality, only the agreed items; what they add is stored at home and attributed to them.
 * Without an agreement, after revocation or expiry, from a third prefecture, as the wrong municipality or with the
 * other side's roles: nothing.
 */
class SharedPersonsIT extends PlatformIT {

    static final SharingScene scene = new SharingScene();
    static LedgerFixture fixture;
    static String agreement;
    static Account toyamaStaff;
    static Account takaokaStaff;

    @BeforeAll
    static void twoPrefecturesAndAnAgreement() {
        fixture = LedgerFixture.create("広域避難");
        // 髙橋 一郎 went to a hotel in 富山市, 山口 花子 to her daughter in 高岡市; the others stay in 石川県.
        fixture.moveTo(fixture.ledger.ichiro(), "hotel", "富山市内のホテル", TOYAMA_CITY);
        fixture.moveTo(fixture.ledger.hanako(), "relatives-home", "高岡市の長女宅", TAKAOKA);
        agreement = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        toyamaStaff = scene.hostStaff(agreement, TOYAMA_CITY);
        takaokaStaff = scene.hostStaff(agreement, TAKAOKA);
    }

    static Api.Reply persons(Account account, String agreementId, String suffix) {
        return scene.platform.api.get("api/v1/agreements/" + agreementId + "/persons" + suffix,
                scene.platform.token(account));
    }

    static List<String> listedIds(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("persons").stream()
                .map(value -> value.asJsonObject().getString("personId")).toList();
    }

    @Test
    void hostStaffSeeOnlyThePeopleNowInTheirOwnMunicipality() {
        assertEquals(List.of(fixture.ledger.ichiro()), listedIds(persons(toyamaStaff, agreement, "")));
        assertEquals(List.of(fixture.ledger.hanako()), listedIds(persons(takaokaStaff, agreement, "")));
        assertEquals(200, persons(toyamaStaff, agreement, "/" + fixture.ledger.ichiro()).status());
        for (String elsewhere : List.of(fixture.ledger.hanako(), fixture.ledger.mori(), fixture.ledger.shota())) {
            assertProblem(persons(toyamaStaff, agreement, "/" + elsewhere), 404, "not-found", null);
        }
        assertProblem(persons(takaokaStaff, agreement, "/" + fixture.ledger.ichiro()), 404, "not-found", null);
    }

    @Test
    void onlyTheAgreedItemsLeaveTheHomeAndNever個人番号() {
        JsonObject ichiro = persons(toyamaStaff, agreement, "/" + fixture.ledger.ichiro()).json();
        Set<String> items = ichiro.getJsonObject("items").keySet();
        assertTrue(Set.of("fullName", "fullNameKana", "birthDate", "sex", "postalCode", "address", "whereabouts",
                "supportProvided").containsAll(items), items::toString);
        assertEquals("髙橋 一郎", ichiro.getJsonObject("items").getJsonObject("fullName").getString("value"));
        assertEquals("HOTEL", ichiro.getJsonObject("whereabouts").getString("kind"));
        assertEquals(TOYAMA_CITY, ichiro.getString("currentMunicipality"));
        String body = persons(toyamaStaff, agreement, "/" + fixture.ledger.ichiro()).body()
                + persons(toyamaStaff, agreement, "").body();
        for (String withheld : List.of(LedgerSeed.MY_NUMBER, "myNumber", "090-1234-5678", "phone", "H0001",
                "damageGrade", "全壊", "records", "sources", "juki-extract.csv")) {
            assertFalse(body.contains(withheld), () -> withheld + " left the home: " + body);
        }
    }

    @Test
    void everyProvisionIsInTheHomesAccessLogAsProvisionToAnotherLocalGovernmentAndEveryAttemptInTheHosts() {
        String ichiro = fixture.ledger.ichiro();
        assertEquals(200, persons(toyamaStaff, agreement, "/" + ichiro).status());
        assertNothing(persons(toyamaStaff, agreement, "/" + fixture.ledger.mori()));

        JsonObject atHome = entries(scene.admin(HOME), "action=agreement.person.read&personId=" + ichiro).stream()
                .filter(entry -> entry.getString("actorUsername").equals(toyamaStaff.username())).findFirst()
                .orElseThrow(() -> new AssertionError("the home's log has no entry of the host's read"));
        assertEquals("16", atHome.getString("actorTenant"));
        assertEquals("AGREEMENT_HOST", atHome.getString("actorCapacity"));
        assertEquals("other-local-government", atHome.getString("legalBasis"));
        assertEquals("ALLOWED", atHome.getString("outcome"));
        assertEquals(fixture.ledger.disasterId(), atHome.getString("disaster"));
        assertTrue(atHome.getString("items").contains("fullName"), atHome::toString);
        assertFalse(atHome.getString("items").contains("myNumber"), atHome::toString);
        assertEquals("agreement:" + agreement, atHome.getString("reference"));

        List<JsonObject> atHost = entries(scene.admin(HOST), "action=agreement.person.read");
        assertTrue(atHost.stream().anyMatch(entry -> entry.getString("outcome").equals("ALLOWED")
                && entry.getJsonArray("subjects").toString().contains(ichiro)), atHost::toString);
        assertTrue(atHost.stream().anyMatch(entry -> entry.getString("outcome").equals("REFUSED")
                && entry.getString("actorUsername").equals(toyamaStaff.username())), "the refused attempt is logged");
        // A refused attempt released nothing, so the home's log has no provision of 森 健一, only the attempt.
        assertEquals(List.of(), entries(scene.admin(HOME), "action=agreement.person.read&outcome=allowed&personId="
                + fixture.ledger.mori()));
        assertTrue(entries(scene.admin(HOME), "action=agreement.person.read&outcome=refused&personId="
                + fixture.ledger.mori()).stream().anyMatch(entry -> entry.getString("actorUsername")
                .equals(toyamaStaff.username()) && entry.getString("actorTenant").equals("16")),
                "the home's log has the host's refused attempt");
    }

    static List<JsonObject> entries(String adminToken, String query) {
        Api.Reply reply = scene.platform.api.get("api/v1/audit/entries?size=200&" + query, adminToken);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    @Test
    void aNameSearchFindsOnlyAmongTheAgreedPeople() {
        assertEquals(List.of(fixture.ledger.ichiro()), listedIds(persons(toyamaStaff, agreement, "?name=たかはし")));
        assertEquals(List.of(), listedIds(persons(toyamaStaff, agreement, "?name=やまぐち")));
    }

    @Test
    void whatTheHostAddsIsStoredAtHomeAndAttributedToTheHost() {
        String ichiro = fixture.ledger.ichiro();
        Api.Reply support = scene.platform.api.post("api/v1/agreements/" + agreement + "/persons/" + ichiro
                + "/support-records", scene.platform.token(toyamaStaff), "{\"entries\":[\"富山市による見守り訪問\"]}");
        assertEquals(201, support.status(), support::toString);
        assertEquals(TOYAMA_CITY, support.json().getString("hostMunicipality"));
        Api.Reply moved = scene.platform.api.post("api/v1/agreements/" + agreement + "/persons/" + ichiro
                        + "/whereabouts", scene.platform.token(toyamaStaff),
                "{\"kind\":\"hotel\",\"place\":\"富山市の別のホテル\",\"municipalityCode\":\"162019\"}");
        assertEquals(201, moved.status(), moved::toString);
        assertProblem(scene.platform.api.post("api/v1/agreements/" + agreement + "/persons/" + ichiro + "/needs",
                scene.platform.token(toyamaStaff), "{\"careNeeded\":true}"), 403, "forbidden", null);

        JsonObject atHome = fixture.person(ichiro);
        assertTrue(LedgerFixture.strings(atHome.getJsonObject("items").getJsonObject("supportProvided")
                .getJsonArray("value")).contains("富山市による見守り訪問"));
        JsonObject report = atHome.getJsonArray("records").stream().map(value -> value.asJsonObject())
                .filter(record -> record.getString("kind").equals("HOST_REPORT")).findFirst().orElseThrow();
        assertEquals(toyamaStaff.username(), report.getString("receivedBy"));
        JsonObject attribution = report.getJsonObject("asReceived");
        assertEquals(Map.of("agreementId", agreement, "hostPrefecture", "16", "hostMunicipality", TOYAMA_CITY),
                Map.of("agreementId", attribution.getString("agreementId"),
                        "hostPrefecture", attribution.getString("hostPrefecture"),
                        "hostMunicipality", attribution.getString("hostMunicipality")));
        JsonObject whereabouts = fixture.get(fixture.adminToken(), "persons/" + ichiro + "/whereabouts").json()
                .getJsonObject("current");
        assertEquals("HOST_UPDATE", whereabouts.getString("source"));
        assertEquals("AGREEMENT_HOST_MUNICIPALITY", whereabouts.getString("actingForKind"));
        assertEquals(TOYAMA_CITY, whereabouts.getString("actingFor"));
        assertEquals(toyamaStaff.username(), whereabouts.getString("recordedBy"));
    }

    @Test
    void hostSupportRecordsAreEntriesOfTheHomesCaseAndTheHostSeesTheSameHistory() {
        String ichiro = fixture.ledger.ichiro();
        assertEquals(201, fixture.post(fixture.adminToken(), "persons/" + ichiro + "/case/entries",
                "{\"kind\":\"need\",\"category\":\"health\",\"urgency\":\"medium\",\"note\":\"持病の薬が残り少ない\"}")
                .status());
        Api.Reply support = scene.platform.api.post("api/v1/agreements/" + agreement + "/persons/" + ichiro
                + "/support-records", scene.platform.token(toyamaStaff), "{\"entries\":[\"富山市の保健師が服薬を確認\"]}");
        assertEquals(201, support.status(), support::toString);

        JsonObject atHome = fixture.get(fixture.adminToken(), "persons/" + ichiro + "/case").json();
        JsonObject added = atHome.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("note").equals("富山市の保健師が服薬を確認")).findFirst()
                .orElseThrow(() -> new AssertionError("the host's support is not in the home's case: " + atHome));
        assertEquals("SUPPORT", added.getString("kind"));
        assertEquals(toyamaStaff.username(), added.getString("recordedBy"));
        assertEquals(Map.of("kind", "AGREEMENT_HOST_MUNICIPALITY", "code", TOYAMA_CITY, "name", "富山市"),
                Map.of("kind", added.getJsonObject("actingFor").getString("kind"),
                        "code", added.getJsonObject("actingFor").getString("code"),
                        "name", added.getJsonObject("actingFor").getString("name")));

        Api.Reply seenByHost = persons(toyamaStaff, agreement, "/" + ichiro + "/case");
        assertEquals(200, seenByHost.status(), seenByHost::toString);
        assertEquals(atHome.getJsonArray("entries"), seenByHost.json().getJsonArray("entries"), "one history");
        assertNothing(persons(takaokaStaff, agreement, "/" + ichiro + "/case"));
        assertTrue(entries(scene.admin(HOME), "action=agreement.case.read&personId=" + ichiro).stream()
                .anyMatch(entry -> entry.getString("actorUsername").equals(toyamaStaff.username())));

        String withoutRecords = scene.accepted(SharingScene.terms(fixture.ledger.disasterId())
                .add("items", SharingScene.array("identity", "whereabouts")).add("permissions", SharingScene.array())
                .build());
        Account reader = scene.hostStaff(withoutRecords, TOYAMA_CITY);
        assertProblem(persons(reader, withoutRecords, "/" + ichiro + "/case"), 403, "forbidden", null);
    }

    @Test
    void theOtherSidesAThirdPrefectureAndHostsWithoutThisAgreementGetNothing() {
        String path = "api/v1/agreements/" + agreement + "/persons";
        String person = path + "/" + fixture.ledger.ichiro();
        // The host's and the home's admins manage agreements; neither reads persons through one.
        for (String token : List.of(scene.admin(HOST), scene.admin(HOME), scene.admin(THIRD),
                fixture.token(LedgerAccounts.get().staff()))) {
            assertNothing(scene.platform.api.get(path, token));
            assertNothing(scene.platform.api.get(person, token));
        }
        // 富山県 staff who work in 富山県's own instance, not under the agreement.
        String own = scene.platform.api.post("api/v1/disasters", scene.admin(HOST),
                jp.tsunagu.app.it.Platform.switchOn("富山県の災害 " + shortId(), TOYAMA_CITY)).json().getString("id");
        Account ownStaff = scene.platform.grantAndLogIn(HOST, own, "toyama.own." + shortId(), "AFFECTED_MUNICIPALITY",
                TOYAMA_CITY, inDays(1));
        assertNothing(scene.platform.api.get(path, scene.platform.token(ownStaff)));
        assertNothing(scene.platform.api.get(person, scene.platform.token(ownStaff)));
        // 富山市 staff under this agreement, asking through another agreement of the same home.
        String other = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        assertNothing(persons(toyamaStaff, other, ""));
        assertNothing(persons(toyamaStaff, other, "/" + fixture.ledger.ichiro()));
    }

    @Test
    void aNarrowedAgreementLeavesOutTheMunicipalitiesItDoesNotName() {
        String takaokaOnly = scene.accepted(SharingScene.terms(fixture.ledger.disasterId())
                .add("hostMunicipalities", SharingScene.array(TAKAOKA)).build());
        assertProblem(scene.grant(scene.admin(HOST), takaokaOnly, "narrow." + shortId(), TOYAMA_CITY), 400,
                "invalid-request", "municipalityCode");
        Account takaoka = scene.hostStaff(takaokaOnly, TAKAOKA);
        assertEquals(List.of(fixture.ledger.hanako()), listedIds(persons(takaoka, takaokaOnly, "")));
        assertNothing(persons(takaoka, takaokaOnly, "/" + fixture.ledger.ichiro()));
    }

    @Test
    void revocationStopsTheNextRequest() {
        String revocable = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        Account staff = scene.hostStaff(revocable, TOYAMA_CITY);
        assertEquals(List.of(fixture.ledger.ichiro()), listedIds(persons(staff, revocable, "")));
        assertEquals(200, scene.decide(scene.admin(HOME), revocable, "revocation").status());
        assertNothing(persons(staff, revocable, ""));
        assertNothing(persons(staff, revocable, "/" + fixture.ledger.ichiro()));
        assertNothing(scene.platform.api.post("api/v1/agreements/" + revocable + "/persons/" + fixture.ledger.ichiro()
                + "/support-records", scene.platform.token(staff), "{\"entries\":[\"取消後\"]}"));
    }

    @Test
    void expiryStopsTheNextRequestWithoutAnyoneActing() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        String expiring = scene.accepted(SharingScene.terms(fixture.ledger.disasterId())
                .add("validUntil", until.toString()).build());
        Account staff = scene.hostStaff(expiring, TOYAMA_CITY);
        String token = scene.platform.token(staff);
        assertEquals(List.of(fixture.ledger.ichiro()), listedIds(scene.platform.api.get(
                "api/v1/agreements/" + expiring + "/persons", token)));
        Thread.sleep(Math.max(0, until.toEpochMilli() - System.currentTimeMillis()) + 1000);
        // The same token, still valid: the agreement's end is read from the database.
        assertNothing(scene.platform.api.get("api/v1/agreements/" + expiring + "/persons", token));
    }

    /** Refused without data: 404 (not found) or, for someone whose only grant ended, 403 no-active-grant. */
    static void assertNothing(Api.Reply reply) {
        assertTrue(reply.status() == 404 || reply.status() == 403, reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        for (String secret : List.of("髙橋", "一郎", "山口", fixture.ledger.ichiro(), "persons\"")) {
            assertFalse(reply.body().contains(secret), reply::toString);
        }
    }
}
