package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.LedgerFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * The review queue through the API: the records linkage was unsure about, oldest first, each beside its candidate with
 * the evidence; a staff member decides each once, with a reason: the same person merges the record's person into the
 * candidate, different persons closes the review and keeps both.
 */
class ReviewQueueIT extends PlatformIT {

    /** Only read, never decided: the tests that decide have a ledger of their own. */
    static LedgerFixture untouched;

    @BeforeAll
    static void seed() {
        untouched = LedgerFixture.withAccounts("名寄せ確認");
    }

    @Test
    void openReviewsAreListedOldestFirstWithBothPersonsSideBySide() {
        SeededLedger ledger = untouched.ledger;

        Api.Reply reply = untouched.get(untouched.token(LedgerAccounts.get().staff()), "reviews");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, reply.json().getInt("total"));
        List<JsonObject> reviews = reply.json().getJsonArray("reviews").getValuesAs(JsonObject.class);
        assertEquals(List.of(ledger.twinReview(), ledger.hanakoReview()), reviews.stream().map(r -> r.getString("id")).toList(),
                "the roster's review is older than the visit's");
        JsonObject twins = reviews.getFirst();
        assertEquals(ledger.kenta(), twins.getJsonObject("person").getString("id"));
        assertEquals(ledger.shota(), twins.getJsonObject("candidate").getString("id"));
        assertEquals("中谷 健太", name(twins.getJsonObject("person")));
        assertEquals("中谷 翔太", name(twins.getJsonObject("candidate")));
        assertEquals("2012-07-14", twins.getJsonObject("candidate").getJsonObject("items").getJsonObject("birthDate").getString("value"));
        JsonObject evidence = twins.getJsonObject("evidence");
        assertEquals("DISAGREE", evidence.getJsonObject("agreement").getString("fullName"));
        assertEquals("EXACT", evidence.getJsonObject("agreement").getString("birthDate"));
        // Twins share birth date and sex; the home and landline are the household's and count nothing when the names
        // disagree, so the score itself stays below any upper threshold (15 bits and more): no guard was needed.
        assertEquals(List.of(), strings(evidence.getJsonArray("guards")));
        assertTrue(twins.getJsonNumber("score").doubleValue() < 15.0, "twins are never linked by linkage");
        assertEquals(twins.getJsonNumber("score").doubleValue(), evidence.getJsonNumber("bits").doubleValue(), 0.05);
        assertEquals(ledger.record("hinanjo-meibo.csv/2").recordId(), twins.getJsonObject("record").getString("id"));
        assertEquals("hinanjo-meibo.csv", twins.getJsonObject("record").getString("fileName"));
        JsonObject hanako = reviews.get(1);
        assertEquals("DISAGREE", hanako.getJsonObject("evidence").getJsonObject("agreement").getString("address"));
        assertEquals("七尾市の長女宅", hanako.getJsonObject("person").getJsonObject("items").getJsonObject("whereabouts").getString("value"));
        assertEquals("石川県輪島市河井町4部7", hanako.getJsonObject("candidate").getJsonObject("items").getJsonObject("address").getString("value"));
    }

    @Test
    void theQueueIsReadPageByPage() {
        JsonObject second = untouched.get(untouched.adminToken(), "reviews?page=1&size=1").json();

        assertEquals(2, second.getInt("total"));
        assertEquals(1, second.getInt("page"));
        assertEquals(List.of(untouched.ledger.hanakoReview()), second.getJsonArray("reviews").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("id")).toList());
        assertTrue(untouched.get(untouched.adminToken(), "reviews?page=2&size=1").json().getJsonArray("reviews").isEmpty());
        assertProblem(untouched.get(untouched.adminToken(), "reviews?size=1000"), 400, "invalid-request", "size");
    }

    @Test
    void samePersonMergesTheRecordsPersonIntoTheCandidateAndClosesTheReview() {
        LedgerFixture fixture = LedgerFixture.withAccounts("名寄せ同一");
        SeededLedger ledger = fixture.ledger;
        String staff = fixture.token(LedgerAccounts.get().staff());

        Api.Reply decided = fixture.post(staff, "reviews/" + ledger.hanakoReview() + "/decision",
                "{\"decision\":\"same-person\",\"reason\":\"七尾市の長女宅に避難していると本人に確認\"}");

        assertEquals(200, decided.status(), decided::toString);
        assertEquals("same-person", decided.json().getString("decision"));
        assertEquals(ledger.hanako(), decided.json().getString("personId"), "the candidate survives");
        String merge = decided.json().getString("mergeId");
        JsonObject hanako = fixture.person(ledger.hanako());
        assertEquals(2, hanako.getJsonArray("records").size());
        assertEquals("七尾市の長女宅", hanako.getJsonObject("items").getJsonObject("whereabouts").getString("value"));
        assertEquals("FLAGGED_BY_ANY", hanako.getJsonObject("items").getJsonObject("careNeeded").getString("rule"));
        JsonObject merged = hanako.getJsonObject("history").getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("decision").equals("MERGED")).findFirst().orElseThrow();
        assertEquals("七尾市の長女宅に避難していると本人に確認", merged.getString("reason"));
        assertEquals(LedgerAccounts.get().staff().username(), merged.getString("decidedBy"));
        assertEquals(merge, merged.getString("mergeId"));
        JsonObject visited = fixture.person(ledger.hanakoVisited());
        assertFalse(visited.getBoolean("active"));
        assertEquals(merge, visited.getJsonObject("absorbed").getString("mergeId"));
        assertEquals(List.of(ledger.twinReview()), openReviews(fixture));
        assertProblem(fixture.post(staff, "reviews/" + ledger.hanakoReview() + "/decision",
                "{\"decision\":\"different-persons\",\"reason\":\"やはり別人\"}"), 409, "conflict", null);
    }

    @Test
    void undoingASamePersonDecisionReopensTheReview() {
        LedgerFixture fixture = LedgerFixture.create("名寄せ取消");
        SeededLedger ledger = fixture.ledger;
        String merge = fixture.post(fixture.adminToken(), "reviews/" + ledger.hanakoReview() + "/decision",
                "{\"decision\":\"same-person\",\"reason\":\"同一人物\"}").json().getString("mergeId");

        Api.Reply undone = fixture.post(fixture.adminToken(), "merges/" + merge + "/undo", "{\"reason\":\"誕生日が一日違った\"}");

        assertEquals(200, undone.status(), undone::toString);
        assertEquals(List.of(ledger.twinReview(), ledger.hanakoReview()), openReviews(fixture));
        assertTrue(fixture.person(ledger.hanakoVisited()).getBoolean("active"));
    }

    @Test
    void differentPersonsClosesTheReviewKeepingBothPersonsOnceAndForAll() {
        LedgerFixture fixture = LedgerFixture.create("名寄せ別人");
        SeededLedger ledger = fixture.ledger;
        String path = "reviews/" + ledger.twinReview() + "/decision";

        Api.Reply decided = fixture.post(fixture.adminToken(), path, "{\"decision\":\"different-persons\",\"reason\":\"双子の兄弟\"}");

        assertEquals(200, decided.status(), decided::toString);
        assertFalse(decided.json().containsKey("mergeId"));
        assertEquals(ledger.kenta(), decided.json().getString("personId"));
        assertTrue(fixture.person(ledger.kenta()).getBoolean("active"));
        assertEquals(1, fixture.person(ledger.shota()).getJsonArray("records").size());
        JsonObject closing = fixture.person(ledger.kenta()).getJsonObject("history").getJsonArray("links")
                .getValuesAs(JsonObject.class).getLast();
        assertEquals("CONFIRMED", closing.getString("decision"));
        assertEquals("双子の兄弟", closing.getString("reason"));
        assertEquals(ledger.shota(), closing.getString("candidatePersonId"), "against whom it was decided");
        assertEquals("admin17.it", closing.getString("decidedBy"));
        assertEquals(List.of(ledger.hanakoReview()), openReviews(fixture));
        assertProblem(fixture.post(fixture.adminToken(), path, "{\"decision\":\"same-person\",\"reason\":\"やはり同一\"}"),
                409, "conflict", null);
        assertEquals(1, fixture.person(ledger.shota()).getJsonArray("records").size(), "the refused decision changed nothing");
    }

    @Test
    void aDecisionNeedsAKnownAnswerAReasonAndAReview() {
        String path = "reviews/" + untouched.ledger.twinReview() + "/decision";

        assertProblem(untouched.post(untouched.adminToken(), path, "{\"decision\":\"maybe\",\"reason\":\"x\"}"),
                400, "invalid-request", "decision");
        assertProblem(untouched.post(untouched.adminToken(), path, "{\"decision\":\"same-person\",\"reason\":\" \"}"),
                400, "invalid-request", "reason");
        assertProblem(untouched.post(untouched.adminToken(), "reviews/" + UUID.randomUUID() + "/decision",
                "{\"decision\":\"same-person\",\"reason\":\"x\"}"), 404, "not-found", null);
        assertProblem(untouched.post(untouched.adminToken(), "reviews/" + untouched.ledger.record("hinanjo-meibo.csv/1").linkId()
                + "/decision", "{\"decision\":\"same-person\",\"reason\":\"x\"}"), 404, "not-found", null);
        assertEquals(2, untouched.get(untouched.adminToken(), "reviews").json().getInt("total"));
    }

    @Test
    void aSupportWorkerNeitherSeesNorDecidesReviews() {
        String worker = untouched.token(LedgerAccounts.get().worker());

        assertProblem(untouched.get(worker, "reviews"), 403, "forbidden", null);
        assertProblem(untouched.post(worker, "reviews/" + untouched.ledger.twinReview() + "/decision",
                "{\"decision\":\"same-person\",\"reason\":\"x\"}"), 403, "forbidden", null);
    }

    private static List<String> openReviews(LedgerFixture fixture) {
        return fixture.get(fixture.adminToken(), "reviews").json().getJsonArray("reviews").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("id")).toList();
    }

    private static String name(JsonObject person) {
        return person.getJsonObject("items").getJsonObject("fullName").getString("value");
    }
}
