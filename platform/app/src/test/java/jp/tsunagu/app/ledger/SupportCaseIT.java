package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Support case records through the API with real OTP logins: 輪島市 (home) claims its resident's case and records a
 * need, hands the case to an NPO with a reason once the person consented (refused before); the NPO's worker then sees
 * the same history and adds a visit, and nothing once the consent no longer covers it; a second
 * claim is refused; 金沢市 (host) sees the case only once the person is in its area; a worker of an organisation
 * that holds nothing, and anyone outside, get 404; bad entries are problems naming the field.
 */
class SupportCaseIT extends PlatformIT {

    static LedgerFixture fixture;
    static SeededLedger ledger;
    static String home;
    static String host;
    static String worker;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("ケース記録");
        ledger = fixture.ledger;
        home = fixture.token(LedgerAccounts.get().staff());
        host = fixture.token(LedgerAccounts.get().host());
        worker = fixture.token(LedgerAccounts.get().worker());
    }

    static String caseOf(String personId) {
        return "persons/" + personId + "/case";
    }

    @Test
    void aCaseIsClaimedOnceTransferredWithAReasonAndEveryoneWithAccessSeesOneHistory() {
        String shota = caseOf(ledger.shota());
        assertProblem(fixture.get(worker, shota), 404, "not-found", null);

        Api.Reply claimed = fixture.post(home, shota + "/claim", "");
        assertEquals(200, claimed.status(), claimed::toString);
        assertEquals("AFFECTED_MUNICIPALITY", claimed.json().getJsonObject("holder").getString("kind"));
        assertEquals("輪島市", claimed.json().getJsonObject("holder").getString("name"));
        assertProblem(fixture.post(home, shota + "/claim", ""), 409, "conflict", null);
        assertProblem(fixture.post(fixture.adminToken(), shota + "/claim", ""), 409, "conflict", null);

        Api.Reply need = fixture.post(home, shota + "/entries", "{\"kind\":\"need\",\"category\":\"housing\","
                + "\"urgency\":\"high\",\"note\":\"家族4人で入れる仮設住宅を希望\",\"followUpOn\":\"2099-01-10\"}");
        assertEquals(201, need.status(), need::toString);

        String toNpo = "{\"toKind\":\"support-organisation\",\"organisationId\":\"" + LedgerAccounts.get().organisationId()
                + "\",\"reason\":\"住まい探しの伴走を依頼\"}";
        assertProblem(fixture.post(home, shota + "/transfer", toNpo), 403, "missing-basis-consent-or-self",
                "organisationId");
        consents(ledger.shota(), "支援団体");
        assertProblem(fixture.post(home, shota + "/transfer", "{\"toKind\":\"support-organisation\",\"organisationId\":\""
                + LedgerAccounts.get().organisationId() + "\"}"), 400, "invalid-request", "reason");
        Api.Reply transferred = fixture.post(home, shota + "/transfer", toNpo);
        assertEquals(200, transferred.status(), transferred::toString);
        assertProblem(fixture.post(home, shota + "/transfer", "{\"toKind\":\"affected-municipality\","
                + "\"municipalityCode\":\"172049\",\"reason\":\"戻す\"}"), 403, "forbidden", null);

        JsonObject seenByWorker = fixture.get(worker, shota).json();
        assertEquals(LedgerAccounts.get().organisationId(), seenByWorker.getJsonObject("holder").getString("code"));
        assertEquals("中谷 翔太", seenByWorker.getJsonObject("person").getString("fullName"));
        Api.Reply visit = fixture.post(worker, shota + "/entries", "{\"kind\":\"visit\",\"note\":\"避難所で面談。書類を預かった\"}");
        assertEquals(201, visit.status(), visit::toString);
        assertEquals("SUPPORT_ORGANISATION", visit.json().getJsonObject("actingFor").getString("kind"));

        JsonObject seenAtHome = fixture.get(home, shota).json();
        assertEquals(seenAtHome, fixture.get(worker, shota).json(), "one history for everyone");
        assertEquals(List.of("NEED", "VISIT"), seenAtHome.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList());
        List<JsonObject> handovers = seenAtHome.getJsonArray("handovers").getValuesAs(JsonObject.class);
        assertEquals(2, handovers.size());
        assertEquals("住まい探しの伴走を依頼", handovers.get(1).getString("reason"));
        assertEquals("2099-01-10", seenAtHome.getString("nextFollowUp"));
        assertProblem(fixture.get(worker, "persons/" + ledger.shota()), 403, "forbidden", null);
    }

    @Test
    void anOrganisationWorksOnACaseOnlyWhileThePersonsConsentCoversIt() {
        String mori = caseOf(ledger.mori());
        consents(ledger.mori(), "support-organisations");
        assertEquals(200, fixture.post(fixture.adminToken(), mori + "/claim", "").status());
        assertEquals(200, fixture.post(fixture.adminToken(), mori + "/transfer", "{\"toKind\":\"support-organisation\","
                + "\"organisationId\":\"" + LedgerAccounts.get().organisationId() + "\",\"reason\":\"車中泊の見守り\"}").status());
        assertEquals(200, fixture.get(worker, mori).status());

        consents(ledger.mori(), "home-municipality");
        assertProblem(fixture.get(worker, mori), 403, "missing-basis-consent-or-self", null);
        assertProblem(fixture.post(worker, mori + "/entries", "{\"kind\":\"visit\",\"note\":\"訪問\"}"), 403,
                "missing-basis-consent-or-self", null);
        assertEquals(200, fixture.get(fixture.adminToken(), mori).status(), "the prefecture's own use needs no consent");
    }

    /** Staff record what the person consented to (a correction of the ledger's consented parties). */
    private static void consents(String personId, String parties) {
        Api.Reply corrected = fixture.post(fixture.adminToken(), "persons/" + personId + "/corrections",
                "{\"items\":{\"consentedParties\":\"" + parties + "\"},\"reason\":\"本人に電話で確認\"}");
        assertEquals(201, corrected.status(), corrected::toString);
    }

    @Test
    void aHostSeesACaseOnlyWhileThePersonIsInItsAreaAndOthersNever() {
        String kenta = caseOf(ledger.kenta());
        assertProblem(fixture.get(host, kenta), 404, "not-found", null);
        assertProblem(fixture.post(host, kenta + "/entries", "{\"kind\":\"visit\",\"note\":\"x\"}"), 404, "not-found", null);
        assertProblem(fixture.get(fixture.token(LedgerAccounts.get().outsider()), kenta), 404, "not-found", null);
        assertProblem(fixture.get(platform.adminToken(PrefectureCode.of(16)), kenta), 404, "not-found", null);
        assertProblem(fixture.get(home, caseOf(ledger.mori())), 404, "not-found", null);

        assertEquals(201, fixture.post(home, "persons/" + ledger.kenta() + "/whereabouts",
                "{\"kind\":\"relatives-home\",\"municipalityCode\":\"172014\",\"place\":\"叔父宅\"}").status());

        Api.Reply need = fixture.post(host, kenta + "/entries", "{\"kind\":\"care\",\"careCategories\":[\"infant\"],"
                + "\"note\":\"小学生。通学先の調整が必要\"}");
        assertEquals(201, need.status(), need::toString);
        assertEquals("HOST_MUNICIPALITY", need.json().getJsonObject("actingFor").getString("kind"));
        assertEquals("金沢市", need.json().getJsonObject("actingFor").getString("name"));
        assertEquals(1, fixture.get(home, kenta).json().getJsonArray("entries").size(), "the home sees the host's entry");
    }

    @Test
    void badEntriesAndTransfersAreProblemsNamingTheField() {
        String ichiro = caseOf(ledger.ichiro());
        assertProblem(fixture.post(home, ichiro + "/entries", "{\"kind\":\"party\",\"note\":\"x\"}"), 400, "invalid-request", "kind");
        assertProblem(fixture.post(home, ichiro + "/entries", "{\"kind\":\"need\",\"category\":\"housing\",\"note\":\"x\"}"),
                400, "invalid-request", "urgency");
        assertProblem(fixture.post(home, ichiro + "/entries", "{\"kind\":\"contact\",\"note\":\"x\"}"), 400,
                "invalid-request", "channel");
        assertProblem(fixture.post(home, ichiro + "/entries", "{\"kind\":\"visit\"}"), 400, "invalid-request", "note");
        assertProblem(fixture.post(home, ichiro + "/entries", "{\"kind\":\"visit\",\"note\":\"x\",\"followUpOn\":\"来週\"}"),
                400, "invalid-request", "followUpOn");
        assertProblem(fixture.post(home, ichiro + "/transfer", "{\"toKind\":\"support-organisation\","
                + "\"organisationId\":\"00000000-0000-0000-0000-000000000000\",\"reason\":\"x\"}"), 409, "conflict", null);
        assertEquals(200, fixture.post(home, ichiro + "/claim", "").status());
        assertProblem(fixture.post(home, ichiro + "/transfer", "{\"toKind\":\"support-organisation\","
                + "\"organisationId\":\"00000000-0000-0000-0000-000000000000\",\"reason\":\"x\"}"), 400, "invalid-request",
                "organisationId");
        assertProblem(fixture.post(home, ichiro + "/transfer", "{\"toKind\":\"host-municipality\","
                + "\"municipalityCode\":\"162019\",\"reason\":\"x\"}"), 400, "invalid-request", "municipalityCode");
    }

    @Test
    void twoFirstClaimsAtOnceAreOneClaimAndOneConflictAndTwoFirstEntriesAreBothKept() {
        LedgerFixture fresh = LedgerFixture.create("同時請求");
        String admin = fresh.adminToken();
        for (String person : List.of(fresh.ledger.ichiro(), fresh.ledger.hanako(), fresh.ledger.shota())) {
            List<Api.Reply> claims = atOnce(() -> fresh.post(admin, caseOf(person) + "/claim", ""));
            assertEquals(List.of(200, 409), claims.stream().map(Api.Reply::status).sorted().toList(), claims::toString);
            claims.stream().filter(reply -> reply.status() == 409).forEach(reply -> assertProblem(reply, 409, "conflict", null));
        }
        for (String person : List.of(fresh.ledger.kenta(), fresh.ledger.mori(), fresh.ledger.yoshida())) {
            List<Api.Reply> entries = atOnce(() -> fresh.post(admin, caseOf(person) + "/entries",
                    "{\"kind\":\"visit\",\"note\":\"同時に記録\"}"));
            assertEquals(List.of(201, 201), entries.stream().map(Api.Reply::status).toList(), entries::toString);
            assertEquals(2, fresh.get(admin, caseOf(person)).json().getJsonArray("entries").size());
        }
    }

    @Test
    void aMergeShowsBothHistoriesOnTheSurvivorAndItsUndoGivesEachCaseBack() {
        LedgerFixture merging = LedgerFixture.withAccounts("ケース名寄せ");
        String admin = merging.adminToken();
        String staff = merging.token(LedgerAccounts.get().staff());
        String survivor = merging.ledger.hanako();
        String absorbed = merging.ledger.shota();
        assertEquals(201, merging.post(admin, caseOf(survivor) + "/entries", "{\"kind\":\"visit\",\"note\":\"花子宅を訪問\"}")
                .status());
        assertEquals(200, merging.post(admin, caseOf(survivor) + "/claim", "").status());
        assertEquals(200, merging.post(staff, caseOf(absorbed) + "/claim", "").status());
        assertEquals(201, merging.post(staff, caseOf(absorbed) + "/entries", "{\"kind\":\"contact\",\"channel\":\"phone\","
                + "\"note\":\"翔太の保護者に電話\"}").status());
        JsonObject survivorBefore = merging.get(admin, caseOf(survivor)).json();
        JsonObject absorbedBefore = merging.get(admin, caseOf(absorbed)).json();

        String merge = "{\"survivor\":\"" + survivor + "\",\"absorbed\":\"" + absorbed + "\",\"reason\":\"同一人物\"}";
        assertProblem(merging.post(admin, "merges", merge), 409, "conflict", null);
        assertEquals(200, merging.post(admin, caseOf(survivor) + "/transfer", "{\"toKind\":\"affected-municipality\","
                + "\"municipalityCode\":\"172049\",\"reason\":\"輪島市に一本化\"}").status());
        survivorBefore = merging.get(admin, caseOf(survivor)).json();
        Api.Reply merged = merging.post(admin, "merges", merge);
        assertEquals(201, merged.status(), merged::toString);

        JsonObject together = merging.get(admin, caseOf(survivor)).json();
        assertEquals(List.of("花子宅を訪問", "翔太の保護者に電話"), together.getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("note")).toList());
        assertEquals(3, together.getJsonArray("handovers").size());
        assertEquals("172049", together.getJsonObject("holder").getString("code"));
        assertEquals(together, merging.get(admin, caseOf(absorbed)).json(), "the absorbed person is the survivor");

        Api.Reply undone = merging.post(admin, "merges/" + merged.json().getString("id") + "/undo", "{\"reason\":\"別人だった\"}");
        assertEquals(200, undone.status(), undone::toString);
        assertEquals(survivorBefore, merging.get(admin, caseOf(survivor)).json());
        assertEquals(absorbedBefore, merging.get(admin, caseOf(absorbed)).json());
    }

    private static List<Api.Reply> atOnce(Supplier<Api.Reply> request) {
        return AtOnce.send(List.of(request, request));
    }
}
