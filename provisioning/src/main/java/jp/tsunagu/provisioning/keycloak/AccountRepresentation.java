package jp.tsunagu.provisioning.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A {@link NewAccount} as Keycloak's UserRepresentation, with its password and optional preset TOTP credential. */
final class AccountRepresentation {

    private AccountRepresentation() {
    }

    static JsonObject of(NewAccount account) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        account.attributes().forEach((name, values) -> attributes.add(name, Json.createArrayBuilder(values)));
        JsonArrayBuilder credentials = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "password")
                .add("value", account.password().value())
                .add("temporary", account.password().temporary()));
        account.otpSecret().ifPresent(secret -> credentials.add(totpCredential(secret)));
        return Json.createObjectBuilder()
                .add("username", account.username())
                .add("email", account.email())
                .add("firstName", account.firstName())
                .add("lastName", account.lastName())
                .add("enabled", true)
                // Created by an administrator from checked records; there is no mail loop to verify.
                .add("emailVerified", true)
                .add("attributes", attributes)
                .add("credentials", credentials)
                .add("requiredActions", Json.createArrayBuilder(account.requiredActions()))
                .build();
    }

    /** Keycloak's otp credential for the realm policy (TOTP, HMAC-SHA1, 6 digits, 30 s); the secret's ASCII bytes are the key. */
    private static JsonObject totpCredential(String secret) {
        return Json.createObjectBuilder()
                .add("type", "otp")
                .add("userLabel", "preset")
                .add("secretData", Json.createObjectBuilder().add("value", secret).build().toString())
                .add("credentialData", Json.createObjectBuilder()
                        .add("subType", "totp").add("digits", 6).add("counter", 0).add("period", 30)
                        .add("algorithm", "HmacSHA1").build().toString())
                .build();
    }
}
