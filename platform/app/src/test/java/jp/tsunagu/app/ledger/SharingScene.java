package jp.tsunagu.app.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.Platform;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Two tenants sharing through agreements, driven through the API: 石川県 (17) is home, 富山県 (16) hosts, 新潟県 (15) is
 * a third prefecture that is party to nothing. Each prefecture is onboarded when first asked for.
 */
final class SharingScene {

    static final PrefectureCode HOME = PrefectureCode.of(17);
    static final PrefectureCode HOST = PrefectureCode.of(16);
    static final PrefectureCode THIRD = PrefectureCode.of(15);
    static final String TOYAMA_CITY = "162019";
    static final String TAKAOKA = "162027";

    final Platform platform = Platform.get();

    String admin(PrefectureCode prefecture) {
        return platform.adminToken(prefecture);
    }

    /** The usual terms: 基本4情報, 居所 and 援護 for the whole of 富山県, adding 居所 and 援護 allowed, two days. */
    static JsonObjectBuilder terms(String disasterId) {
        return Json.createObjectBuilder()
                .add("hostPrefecture", HOST.value())
                .add("disasterId", disasterId)
                .add("items", array("identity", "whereabouts", "supportRecords"))
                .add("permissions", array("addWhereabouts", "addSupportRecords"))
                .add("validUntil", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .add("purpose", "広域避難者の所在確認と生活再建支援（災害対策基本法90条の4第1項第3号）");
    }

    static JsonArrayBuilder array(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    Api.Reply propose(JsonObject terms) {
        admin(HOST); // onboards the host if no test did yet: a proposal needs a host using Tsunagu
        return platform.api.post("api/v1/agreements", admin(HOME), terms);
    }

    /** Proposed by the home, accepted by the host; returns the agreement's id. */
    String accepted(JsonObject terms) {
        Api.Reply proposed = propose(terms);
        if (proposed.status() != 201) {
            throw new IllegalStateException("proposal failed: " + proposed);
        }
        String id = proposed.json().getString("id");
        Api.Reply accepted = decide(admin(HOST), id, "acceptance");
        if (accepted.status() != 200) {
            throw new IllegalStateException("acceptance failed: " + accepted);
        }
        return id;
    }

    Api.Reply decide(String token, String agreementId, String decision) {
        return platform.api.post("api/v1/agreements/" + agreementId + "/" + decision, token, "{}");
    }

    Api.Reply get(String token, String agreementId) {
        return platform.api.get("api/v1/agreements/" + agreementId, token);
    }

    Api.Reply grant(String token, String agreementId, String username, String municipality) {
        JsonObject body = Json.createObjectBuilder().add("username", username).add("email", username + "@city.example.jp")
                .add("familyName", "受入").add("givenName", "職員").add("role", "MUNICIPALITY_STAFF")
                .add("municipalityCode", municipality)
                .add("expiresAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()).build();
        return platform.api.post("api/v1/agreements/" + agreementId + "/grants", token, body);
    }

    /** A staff member of a host municipality granted under the agreement, logged in with password and TOTP. */
    Account hostStaff(String agreementId, String municipality) {
        String username = "host." + municipality + "." + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply granted = grant(admin(HOST), agreementId, username, municipality);
        if (granted.status() != 201) {
            throw new IllegalStateException("host grant failed: " + granted);
        }
        return platform.completeFirstLogin(HOST, username, granted.json().getString("temporaryPassword"));
    }

    /** The entries of the prefecture's access log its admin finds with the query (e.g. {@code action=…&personId=…}). */
    List<JsonObject> auditEntries(PrefectureCode prefecture, String query) {
        Api.Reply reply = platform.api.get("api/v1/audit/entries?size=200&" + query, admin(prefecture));
        if (reply.status() != 200) {
            throw new IllegalStateException("reading the access log failed: " + reply);
        }
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    /** Ids of the agreements the prefecture's admin lists. */
    List<String> listed(PrefectureCode prefecture) {
        return platform.api.get("api/v1/agreements", admin(prefecture)).array().stream()
                .map(value -> value.asJsonObject().getString("id")).toList();
    }
}
