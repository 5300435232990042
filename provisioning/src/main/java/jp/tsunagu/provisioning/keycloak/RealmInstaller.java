package jp.tsunagu.provisioning.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;

/**
 * Makes a new realm from a {@link RealmBlueprint}: the realm (disabled), its flows next to Keycloak's defaults,
 * TOTP setup as a default action, the declared user attributes, and last the binding, marker and enabling.
 */
final class RealmInstaller {

    private final KeycloakRest rest;

    RealmInstaller(KeycloakRest rest) {
        this.rest = rest;
    }

    /** Creates the realm; on failure after the first step the half-made realm is deleted again. */
    void install(String realmName, String displayName, URI publicAppUrl, RealmBlueprint blueprint) {
        rest.post("create realm " + realmName, rest.target(),
                blueprint.realmRepresentation(realmName, displayName, publicAppUrl), 201);
        try {
            FlowInstaller flows = new FlowInstaller(rest, realmName);
            flows.install(blueprint.browserFlow());
            flows.install(blueprint.directGrantFlow());
            makeTotpSetupDefault(realmName);
            declareUserAttributes(realmName);
            rest.put("finish realm " + realmName, rest.target(realmName), blueprint.completion());
        } catch (RuntimeException e) {
            try {
                rest.delete("delete half-made realm " + realmName, rest.target(realmName));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private void makeTotpSetupDefault(String realm) {
        JsonObject action = rest.getObject("read required action CONFIGURE_TOTP in realm " + realm,
                rest.target(realm, "authentication", "required-actions", "CONFIGURE_TOTP"));
        rest.put("make CONFIGURE_TOTP a default action in realm " + realm,
                rest.target(realm, "authentication", "required-actions", "CONFIGURE_TOTP"),
                Json.createObjectBuilder(action).add("enabled", true).add("defaultAction", true).build());
    }

    /** Keycloak drops user attributes its user profile does not declare. */
    private void declareUserAttributes(String realm) {
        JsonObject profile = rest.getObject("read user profile of realm " + realm, rest.target(realm, "users", "profile"));
        JsonArray current = profile.getJsonArray("attributes");
        List<String> present = current.getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList();
        JsonArrayBuilder attributes = Json.createArrayBuilder(current);
        RealmBlueprint.USER_ATTRIBUTES.stream()
                .filter(name -> !present.contains(name))
                .forEach(name -> attributes.add(RealmBlueprint.declaredUserAttribute(name)));
        rest.put("declare user attributes in realm " + realm, rest.target(realm, "users", "profile"),
                Json.createObjectBuilder(profile).add("attributes", attributes).build());
    }
}
