package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Who reaches a disaster instance's ledger, on every ledger endpoint with real ids: the prefecture admin of another
 * tenant and a staff member of another instance of the same prefecture learn nothing (404, not even that it exists) and
 * change nothing; a support organisation's worker, granted in the instance, may not read or decide (403).
 */
class PersonAccessIT extends PlatformIT {

    static LedgerFixture fixture;
    static SeededLedger ledger;
    static String merge;
    static String provision;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("台帳の権限");
        ledger = fixture.ledger;
        merge = fixture.post(fixture.adminToken(), "merges", "{\"survivor\":\"" + ledger.mori() + "\",\"absorbed\":\""
                + ledger.yoshida() + "\",\"reason\":\"権限確認のため\"}").json().getString("id");
        provision = fixture.post(fixture.adminToken(), "persons/" + ledger.ichiro() + "/provisions",
                "{\"recipient\":\"珠洲市\",\"legalBasis\":\"other-local-government\",\"purpose\":\"広域避難者の支援\","
                        + "\"items\":[\"fullName\"]}").json().getString("id");
    }

    @Test
    void anotherTenantsAdminFindsNothingOfTheLedgerAndChangesNothing() {
        assertEveryEndpointAnswers(platform.adminToken(PrefectureCode.of(16)), 404, "not-found");
        assertNothingChanged();
    }

    @Test
    void aStaffMemberOfAnotherInstanceFindsNothingOfTheLedgerAndChangesNothing() {
        assertEveryEndpointAnswers(platform.token(LedgerAccounts.get().outsider()), 404, "not-found");
        assertNothingChanged();
    }

    @Test
    void aSupportWorkerOfTheInstanceMayNeitherReadNorDecide() {
        assertEveryEndpointAnswers(platform.token(LedgerAccounts.get().worker()), 403, "forbidden");
        assertNothingChanged();
    }

    @Test
    void municipalStaffOfTheInstanceReadsEveryPart() {
        String staff = platform.token(LedgerAccounts.get().staff());
        for (String path : readPaths()) {
            assertEquals(200, fixture.get(staff, path).status(), path);
        }
        assertEquals(200, CsvDownload.get(fixture.path("ledger.csv?purpose=x"), staff).status());
    }

    private void assertEveryEndpointAnswers(String token, int status, String slug) {
        List<String> wrong = new ArrayList<>();
        for (String path : readPaths()) {
            check(wrong, "GET " + path, fixture.get(token, path), status, slug);
        }
        CsvDownload file = CsvDownload.get(fixture.path("ledger.csv?purpose=x"), token);
        if (file.status() != status) {
            wrong.add("GET ledger.csv -> " + file.status());
        }
        writes().forEach((path, body) -> check(wrong, "POST " + path, fixture.post(token, path, body), status, slug));
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String call, Api.Reply reply, int status, String slug) {
        if (reply.status() != status || !reply.isProblem() || !reply.problemSlug().equals(slug)) {
            wrong.add(call + " -> " + reply);
        }
    }

    private static List<String> readPaths() {
        return List.of("persons?name=" + java.net.URLEncoder.encode("高橋", java.nio.charset.StandardCharsets.UTF_8),
                "persons/" + ledger.ichiro(), "reviews", "merges/" + merge, "persons/" + ledger.ichiro() + "/provisions",
                "persons/" + ledger.ichiro() + "/provisions/" + provision);
    }

    private static Map<String, String> writes() {
        return Map.of(
                "persons/" + ledger.ichiro() + "/corrections", "{\"items\":{\"whereabouts\":\"金沢市\"},\"reason\":\"x\"}",
                "reviews/" + ledger.twinReview() + "/decision", "{\"decision\":\"same-person\",\"reason\":\"x\"}",
                "merges", "{\"survivor\":\"" + ledger.shota() + "\",\"absorbed\":\"" + ledger.kenta() + "\",\"reason\":\"x\"}",
                "merges/" + merge + "/undo", "{\"reason\":\"x\"}",
                "persons/" + ledger.ichiro() + "/provisions", "{\"recipient\":\"x\",\"legalBasis\":\"internal-use\","
                        + "\"purpose\":\"x\",\"items\":[\"fullName\"]}");
    }

    private static void assertNothingChanged() {
        String admin = fixture.adminToken();
        assertEquals(2, fixture.get(admin, "reviews").json().getInt("total"));
        assertFalse(fixture.get(admin, "merges/" + merge).json().containsKey("undoneAt"));
        assertEquals(1, fixture.get(admin, "persons/" + ledger.ichiro() + "/provisions").array().size());
        assertEquals(2, fixture.person(ledger.ichiro()).getJsonArray("records").size());
        assertFalse(fixture.person(ledger.kenta()).getJsonObject("history").getJsonArray("links").toString()
                .contains("MERGED"));
    }
}
