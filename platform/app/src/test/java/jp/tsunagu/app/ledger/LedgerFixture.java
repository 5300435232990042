package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.Platform;

/**
 * A disaster instance of 石川県 of a test's own, switched on through the API, with its ledger seeded
 * ({@link LedgerSeed}), so a test that changes the ledger changes nobody else's. Calls the instance's ledger API as
 * the prefecture admin or as one of the {@link LedgerAccounts}.
 */
final class LedgerFixture {

    private final Platform platform = Platform.get();
    final SeededLedger ledger;

    private LedgerFixture(SeededLedger ledger) {
        this.ledger = ledger;
    }

    /** A new instance with its seeded ledger; the admin works in it, the test accounts are granted when asked. */
    static LedgerFixture create(String label) {
        String disasterId = switchOn(label + " " + UUID.randomUUID().toString().substring(0, 8));
        return new LedgerFixture(LedgerSeed.seed(UUID.fromString(disasterId)));
    }

    /** The same, with the staff member, the lead and the support worker granted in the instance. */
    static LedgerFixture withAccounts(String label) {
        LedgerFixture fixture = create(label);
        LedgerAccounts.get().grantInto(fixture.ledger.disasterId());
        return fixture;
    }

    static String switchOn(String name) {
        Platform platform = Platform.get();
        Api.Reply created = platform.api.post("api/v1/disasters", platform.adminToken(LedgerSeed.ISHIKAWA),
                Platform.switchOn(name, LedgerAccounts.WAJIMA));
        if (created.status() != 201) {
            throw new IllegalStateException("switch-on failed: " + created);
        }
        return created.json().getString("id");
    }

    /** The instance's API path for {@code suffix}, e.g. {@code persons/<id>}. */
    String path(String suffix) {
        return "api/v1/disasters/" + ledger.disasterId() + "/" + suffix;
    }

    String adminToken() {
        return platform.adminToken(LedgerSeed.ISHIKAWA);
    }

    String token(Account account) {
        return platform.token(account);
    }

    Api.Reply get(String token, String suffix) {
        return platform.api.get(path(suffix), token);
    }

    Api.Reply post(String token, String suffix, String json) {
        return platform.api.post(path(suffix), token, json);
    }

    Api.Reply post(String token, String suffix, JsonObject json) {
        return platform.api.post(path(suffix), token, json);
    }

    /** The strings of a JSON array, e.g. an item's sources. */
    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** Records, as the admin, that the person is now at {@code place} of that kind in that municipality. */
    void moveTo(String personId, String kind, String place, String municipality) {
        Api.Reply moved = post(adminToken(), "persons/" + personId + "/whereabouts", Json.createObjectBuilder()
                .add("kind", kind).add("place", place).add("municipalityCode", municipality).build());
        assertEquals(201, moved.status(), moved::toString);
    }

    /** The same, to a hotel in that municipality (another prefecture's, for the sharing tests). */
    void moveTo(String personId, String municipality) {
        moveTo(personId, "hotel", "県外のホテル", municipality);
    }

    /** A person's detail as the admin reads it. */
    JsonObject person(String personId) {
        Api.Reply reply = get(adminToken(), "persons/" + personId);
        if (reply.status() != 200) {
            throw new IllegalStateException("reading a person failed: " + reply);
        }
        return reply.json();
    }
}
