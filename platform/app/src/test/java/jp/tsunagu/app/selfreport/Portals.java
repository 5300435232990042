package jp.tsunagu.app.selfreport;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Platform;
import jp.tsunagu.stack.TokenResult;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** Registers service clients through the admin API and gets their tokens by client credentials from the real Keycloak. */
final class Portals {

    record Client(String clientId, String token) {
    }

    private Portals() {
    }

    static Client register(PrefectureCode tenant, String kind, String webhookUrl) {
        Platform platform = Platform.get();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("name", "portal-" + UUID.randomUUID().toString().substring(0, 8))
                .add("purpose", "住民ポータル（試験）")
                .add("kind", kind);
        if (webhookUrl != null) {
            body.add("webhookUrl", webhookUrl);
        }
        Api.Reply registered = platform.api.post("api/v1/service-clients", platform.adminToken(tenant), body.build());
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        String clientId = registered.json().getString("clientId");
        TokenResult token = platform.serviceToken(tenant.realmName(), clientId, registered.json().getString("clientSecret"));
        if (!(token instanceof TokenResult.Granted granted)) {
            throw new IllegalStateException("client credentials refused: " + token);
        }
        return new Client(clientId, granted.tokens().accessToken());
    }

    /** A report of a resident; {@code parties} empty means consent withdrawn. */
    static JsonObject report(String submissionId, String name, String kana, String birthDate, String municipality,
                             String need, boolean cardVerified, String... parties) {
        JsonArrayBuilder consented = Json.createArrayBuilder();
        for (String party : parties) {
            consented.add(party);
        }
        JsonObjectBuilder resident = Json.createObjectBuilder().add("fullName", name).add("fullNameKana", kana)
                .add("birthDate", birthDate).add("sex", "female").add("address", "石川県輪島市河井町1-1")
                .add("verifiedWithMyNumberCard", cardVerified);
        return Json.createObjectBuilder()
                .add("submissionId", submissionId)
                .add("residentReference", "acct-" + submissionId)
                .add("resident", resident)
                .add("whereabouts", Json.createObjectBuilder().add("kind", "relative-home")
                        .add("municipalityCode", municipality).add("description", "長女宅"))
                .add("needs", need == null ? Json.createArrayBuilder() : Json.createArrayBuilder().add(need))
                .add("contact", Json.createObjectBuilder().add("phone", "090-1234-5678"))
                .add("consent", Json.createObjectBuilder().add("given", parties.length > 0).add("parties", consented)
                        .add("textVersion", "2026-01"))
                .build();
    }
}
