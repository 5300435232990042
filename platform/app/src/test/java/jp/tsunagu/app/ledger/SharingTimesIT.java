package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.SharingScene.TAKAOKA;
import static jp.tsunagu.app.ledger.SharingScene.TOYAMA_CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;

/**
 * KPI ① and ② follow real events, with real OTP logins in both prefectures: a record that arrived before the
 * agreement reaches the host at the acceptance; one that arrives while the person is in the host's area reaches it as
 * it commits; a host's addition reaches home as it commits; first reads are recorded once; the prefecture sees the
 * distribution, a host municipality and another prefecture do not.
 */
class SharingTimesIT extends PlatformIT {

    static final SharingScene scene = new SharingScene();
    static LedgerFixture fixture;
    static String agreement;
    static Instant beforeAcceptance;
    static Instant afterAcceptance;
    static Account toyamaStaff;

    @BeforeAll
    static void movedToToyamaThenAnAgreement() {
        fixture = LedgerFixture.withAccounts("共有時間");
        scene.admin(SharingScene.HOST); // 富山県 is onboarded when first asked for
        // 髙橋 一郎 and 中谷 翔太 went to 富山市 before any agreement: nothing of theirs reaches 富山 yet.
        fixture.moveTo(fixture.ledger.ichiro(), "hotel", "富山市内のホテル", TOYAMA_CITY);
        fixture.moveTo(fixture.ledger.shota(), "relatives-home", "富山市の親戚宅", TOYAMA_CITY);
        assertTrue(toHost(fixture.ledger.ichiro()).isEmpty(), "no host sees 一郎 before the agreement");
        beforeAcceptance = Instant.now();
        agreement = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        afterAcceptance = Instant.now();
        toyamaStaff = scene.hostStaff(agreement, TOYAMA_CITY);
    }

    static List<JsonObject> times(String personId) {
        Api.Reply reply = fixture.get(fixture.adminToken(), "persons/" + personId + "/sharing-times");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class);
    }

    static List<JsonObject> toHost(String personId) {
        return times(personId).stream().filter(t -> t.getString("direction").equals("to-host")).toList();
    }

    // JSON-B leaves out what is null.
    static boolean unread(JsonObject time) {
        return !time.containsKey("firstReadAt") || time.isNull("firstReadAt");
    }

    static Instant at(JsonObject time, String field) {
        return Instant.parse(time.getString(field));
    }

    @Test
    void recordsThatArrivedBeforeTheAgreementAreVisibleFromItsAcceptance() {
        List<JsonObject> shota = toHost(fixture.ledger.shota());
        assertFalse(shota.isEmpty());
        for (JsonObject time : shota) {
            assertEquals(TOYAMA_CITY, time.getString("hostMunicipality"));
            assertEquals("16", time.getString("hostPrefecture"));
            assertEquals("AGREEMENT", time.getString("via"));
            assertEquals(agreement, time.getString("agreementId"));
            Instant visible = at(time, "visibleAt");
            assertFalse(visible.isBefore(beforeAcceptance), time::toString);
            assertFalse(visible.isAfter(afterAcceptance), time::toString);
            assertTrue(at(time, "arrivedAt").isBefore(beforeAcceptance), time::toString);
            assertEquals(Duration.between(at(time, "arrivedAt"), visible).toMillis(),
                    time.getJsonNumber("visibleAfterMillis").longValue());
        }
        // The register's record (imported at the seed) and the entry that moved him are both among them.
        assertTrue(shota.size() >= 2, shota::toString);
    }

    @Test
    void aRecordArrivingWhileThePersonIsInTheHostsAreaIsVisibleAsItCommits() {
        String mori = fixture.ledger.mori();
        Instant sent = Instant.now();
        Api.Reply moved = fixture.post(fixture.adminToken(), "persons/" + mori + "/whereabouts",
                "{\"kind\":\"temporary-housing\",\"place\":\"高岡市の応急仮設住宅\",\"municipalityCode\":\"" + TAKAOKA + "\"}");
        Instant answered = Instant.now();
        assertEquals(201, moved.status(), moved::toString);
        String entry = moved.json().getString("recordId");
        JsonObject time = toHost(mori).stream().filter(t -> t.getString("recordId").equals(entry)).findFirst()
                .orElseThrow(() -> new AssertionError("the entry's timing is missing"));
        assertEquals(TAKAOKA, time.getString("hostMunicipality"));
        assertFalse(at(time, "arrivedAt").isBefore(sent.minusSeconds(1)));
        assertFalse(at(time, "visibleAt").isAfter(answered.plusSeconds(1)));
        assertTrue(time.getJsonNumber("visibleAfterMillis").longValue() <= Duration.between(sent, answered).toMillis(),
                time::toString);
        // His older records became visible with the same move.
        assertTrue(toHost(mori).stream().allMatch(t -> !at(t, "visibleAt").isBefore(sent.minusSeconds(1))));
    }

    @Test
    void theHostsFirstReadIsRecordedOnce() {
        String ichiro = fixture.ledger.ichiro();
        assertTrue(toHost(ichiro).stream().allMatch(t -> unread(t)));
        assertEquals(200, hostReads(ichiro).status());
        List<JsonObject> read = toHost(ichiro);
        assertTrue(read.stream().noneMatch(t -> unread(t)), read::toString);
        for (JsonObject time : read) {
            assertFalse(at(time, "firstReadAt").isBefore(at(time, "visibleAt")));
        }
        assertEquals(200, hostReads(ichiro).status());
        assertEquals(read, toHost(ichiro), "a second read changes nothing");
    }

    @Test
    void aHostsAdditionIsVisibleAtHomeAsItCommitsAndHomesFirstReadIsRecordedOnce() {
        String hanako = fixture.ledger.hanako();
        fixture.moveTo(hanako, "relatives-home", "富山市の長女宅", TOYAMA_CITY);
        Instant sent = Instant.now();
        Api.Reply added = scene.platform.api.post("api/v1/agreements/" + agreement + "/persons/" + hanako
                + "/support-records", scene.platform.token(toyamaStaff), "{\"entries\":[\"富山市による見守り訪問\"]}");
        Instant answered = Instant.now();
        assertEquals(201, added.status(), added::toString);
        String record = added.json().getString("recordId");
        JsonObject time = toHome(hanako, record);
        assertEquals(TOYAMA_CITY, time.getString("hostMunicipality"));
        assertEquals("AGREEMENT", time.getString("via"));
        assertEquals(agreement, time.getString("agreementId"));
        assertTrue(Duration.between(Instant.parse(added.json().getString("receivedAt")), at(time, "arrivedAt")).abs()
                .toMillis() < 1, "arrived when the host's request was received: " + time);
        assertTrue(time.getJsonNumber("visibleAfterMillis").longValue() <= Duration.between(sent, answered).toMillis(),
                time::toString);
        assertTrue(unread(time));
        assertEquals(200, fixture.get(fixture.adminToken(), "persons/" + hanako).status());
        JsonObject read = toHome(hanako, record);
        assertNotNull(read.getString("firstReadAt"));
        assertEquals(200, fixture.get(fixture.adminToken(), "persons/" + hanako).status());
        assertEquals(read, toHome(hanako, record), "a second read changes nothing");
    }

    @Test
    void whatHostsAddToASupportCaseReachesHomeAsItCommitsAndIsReadWithTheCase() {
        // 翔太 is in 富山市 under the agreement; 健太 moves to 金沢市, a host municipality of 石川県 itself.
        String shota = fixture.ledger.shota();
        String kenta = fixture.ledger.kenta();
        fixture.moveTo(kenta, "relatives-home", "金沢市の親族宅", LedgerAccounts.KANAZAWA);
        Instant sent = Instant.now();
        Api.Reply visit = scene.platform.api.post("api/v1/agreements/" + agreement + "/persons/" + shota
                + "/case/entries", scene.platform.token(toyamaStaff), "{\"kind\":\"visit\",\"note\":\"富山市の保健師が訪問\"}");
        assertEquals(201, visit.status(), visit::toString);
        Api.Reply need = fixture.post(fixture.token(LedgerAccounts.get().host()), "persons/" + kenta + "/case/entries",
                "{\"kind\":\"need\",\"category\":\"housing\",\"urgency\":\"high\",\"note\":\"金沢市内で住まいを探している\"}");
        assertEquals(201, need.status(), need::toString);
        Instant answered = Instant.now();
        Api.Reply homeOwn = fixture.post(fixture.adminToken(), "persons/" + kenta + "/case/entries",
                "{\"kind\":\"contact\",\"channel\":\"phone\",\"note\":\"県から電話で状況確認\"}");
        assertEquals(201, homeOwn.status(), homeOwn::toString);

        JsonObject throughAgreement = caseEntryToHome(shota, visit.json().getString("id"))
                .orElseThrow(() -> new AssertionError("the host's visit has no timing: " + times(shota)));
        assertEquals("case-entry", throughAgreement.getString("subject"));
        assertEquals("AGREEMENT", throughAgreement.getString("via"));
        assertEquals(agreement, throughAgreement.getString("agreementId"));
        assertEquals(TOYAMA_CITY, throughAgreement.getString("hostMunicipality"));
        assertEquals("16", throughAgreement.getString("hostPrefecture"));
        assertFalse(at(throughAgreement, "arrivedAt").isBefore(sent.minusSeconds(1)), throughAgreement::toString);
        assertTrue(throughAgreement.getJsonNumber("visibleAfterMillis").longValue()
                <= Duration.between(sent, answered).toMillis(), throughAgreement::toString);
        JsonObject inPrefecture = caseEntryToHome(kenta, need.json().getString("id"))
                .orElseThrow(() -> new AssertionError("金沢市's need has no timing: " + times(kenta)));
        assertEquals("PREFECTURE", inPrefecture.getString("via"));
        assertEquals(LedgerAccounts.KANAZAWA, inPrefecture.getString("hostMunicipality"));
        assertFalse(inPrefecture.containsKey("agreementId"), inPrefecture::toString);
        assertTrue(caseEntryToHome(kenta, homeOwn.json().getString("id")).isEmpty(), "the prefecture's own entry");

        // The ledger entry does not show the case, and a host's read is not the home's: only the home's read counts.
        assertEquals(200, fixture.get(fixture.adminToken(), "persons/" + kenta).status());
        assertEquals(200, fixture.get(fixture.token(LedgerAccounts.get().host()), "persons/" + kenta + "/case").status());
        assertTrue(unread(caseEntryToHome(kenta, need.json().getString("id")).orElseThrow()));
        assertEquals(200, fixture.get(fixture.token(LedgerAccounts.get().lead()), "persons/" + kenta + "/case").status());
        JsonObject read = caseEntryToHome(kenta, need.json().getString("id")).orElseThrow();
        assertFalse(at(read, "firstReadAt").isBefore(at(read, "visibleAt")), read::toString);
        assertEquals(200, fixture.get(fixture.adminToken(), "persons/" + kenta + "/case").status());
        assertEquals(read, caseEntryToHome(kenta, need.json().getString("id")).orElseThrow(), "the first read counts");

        // 輪島市's lead sees the same to-home timings of its residents as the prefecture.
        String kanazawa = "?direction=to-home&hostMunicipality=" + LedgerAccounts.KANAZAWA;
        int all = report(fixture.adminToken(), kanazawa).getJsonObject("visible").getInt("count");
        assertTrue(all >= 1);
        assertEquals(all, report(fixture.token(LedgerAccounts.get().lead()), kanazawa).getJsonObject("visible")
                .getInt("count"));
    }

    @Test
    void theHomeSeesTheDistributionByHostAndPeriod() {
        // Everyone who is (or was) in 富山市: 一郎 and 翔太, and 花子 if the host-addition test moved her there already.
        List<JsonObject> toyama = java.util.stream.Stream.of(fixture.ledger.ichiro(), fixture.ledger.shota(),
                        fixture.ledger.hanako()).flatMap(person -> toHost(person).stream())
                .filter(t -> t.getString("hostMunicipality").equals(TOYAMA_CITY)).toList();
        JsonObject report = report(fixture.adminToken(), "?direction=to-host&hostMunicipality=" + TOYAMA_CITY);
        JsonObject visible = report.getJsonObject("visible");
        assertEquals(toyama.size(), visible.getInt("count"));
        long max = toyama.stream().mapToLong(t -> t.getJsonNumber("visibleAfterMillis").longValue()).max().orElseThrow();
        assertEquals(max, visible.getJsonNumber("maxMillis").longValue());
        assertTrue(visible.getJsonNumber("p50Millis").longValue() <= visible.getJsonNumber("p99Millis").longValue());
        assertEquals(toyama.size(), visible.getJsonArray("histogram").getValuesAs(JsonObject.class).stream()
                .mapToInt(b -> b.getInt("count")).sum());
        assertEquals(0, report(fixture.adminToken(), "?hostMunicipality=" + TOYAMA_CITY + "&until="
                + beforeAcceptance).getJsonObject("visible").getInt("count"), "nothing was visible before acceptance");
        // 輪島市's lead sees its residents' timings: every one of these persons lives in 輪島市.
        assertEquals(toyama.size(), report(fixture.token(LedgerAccounts.get().lead()), "?hostMunicipality="
                + TOYAMA_CITY).getJsonObject("visible").getInt("count"));
        assertProblem(fixture.get(fixture.adminToken(), "sharing-times?direction=sideways"), 400, "invalid-request",
                "direction");
    }

    @Test
    void theHomeSeesTheSameTimesDayByDayInJapaneseDays() {
        JsonObject whole = report(fixture.adminToken(), "?direction=to-host&hostMunicipality=" + TOYAMA_CITY);
        JsonObject series = report(fixture.adminToken(), "/series?direction=to-host&hostMunicipality=" + TOYAMA_CITY);
        assertEquals("day", series.getString("interval"));
        assertEquals("Asia/Tokyo", series.getString("zone"));
        List<JsonObject> periods = series.getJsonArray("periods").getValuesAs(JsonObject.class);
        assertFalse(periods.isEmpty());
        assertEquals(whole.getJsonObject("visible").getInt("count"),
                periods.stream().mapToInt(p -> p.getJsonObject("visible").getInt("count")).sum(),
                "every timing of the distribution is in one day");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        JsonObject last = periods.getLast();
        assertEquals(today, last.getString("date"), "what became visible during this test did so today in Japan");
        assertEquals(Instant.parse(last.getString("end")), Instant.parse(last.getString("start")).plus(Duration.ofDays(1)));
        assertFalse(periods.getFirst().containsKey("visibleP50ChangeFromFirst"), "the first period is the baseline");
        JsonObject weekly = report(fixture.adminToken(), "/series?interval=week&hostMunicipality=" + TOYAMA_CITY);
        assertEquals(whole.getJsonObject("visible").getInt("count"), weekly.getJsonArray("periods")
                .getValuesAs(JsonObject.class).stream().mapToInt(p -> p.getJsonObject("visible").getInt("count")).sum());
        assertProblem(fixture.get(fixture.adminToken(), "sharing-times/series?interval=month"), 400, "invalid-request",
                "interval");
        assertEquals(403, fixture.get(fixture.token(LedgerAccounts.get().host()), "sharing-times/series").status());
        assertEquals(404, fixture.get(scene.admin(SharingScene.HOST), "sharing-times/series").status());
    }

    @Test
    void hostsSupportWorkersAndOtherPrefecturesDoNotSeeTheKpis() {
        assertEquals(403, fixture.get(fixture.token(LedgerAccounts.get().host()), "sharing-times").status());
        assertEquals(403, fixture.get(fixture.token(LedgerAccounts.get().worker()), "sharing-times").status());
        assertEquals(404, fixture.get(scene.platform.token(toyamaStaff), "sharing-times").status());
        assertEquals(404, fixture.get(scene.admin(SharingScene.HOST), "sharing-times").status());
        assertEquals(404, fixture.get(scene.platform.token(toyamaStaff), "persons/" + fixture.ledger.ichiro()
                + "/sharing-times").status());
    }

    private static Api.Reply hostReads(String personId) {
        return scene.platform.api.get("api/v1/agreements/" + agreement + "/persons/" + personId,
                scene.platform.token(toyamaStaff));
    }

    private static JsonObject toHome(String personId, String recordId) {
        return times(personId).stream().filter(t -> t.getString("direction").equals("to-home"))
                .filter(t -> t.getString("recordId", "").equals(recordId)).findFirst()
                .orElseThrow(() -> new AssertionError("the addition's timing is missing"));
    }

    private static java.util.Optional<JsonObject> caseEntryToHome(String personId, String entryId) {
        return times(personId).stream().filter(t -> t.getString("direction").equals("to-home"))
                .filter(t -> t.getString("caseEntryId", "").equals(entryId)).findFirst();
    }

    private static JsonObject report(String token, String query) {
        Api.Reply reply = fixture.get(token, "sharing-times" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
