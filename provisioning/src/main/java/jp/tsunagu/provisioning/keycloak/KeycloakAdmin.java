package jp.tsunagu.provisioning.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Tsunagu's use of Keycloak's Admin REST API: realms made from a {@link RealmBlueprint}, staff accounts, service
 * clients. Works with any Jakarta REST client (Payara's inside the application, Jersey in tests and the launcher).
 * Failures are {@link KeycloakAdminException}s naming the operation and HTTP status, never personal data.
 */
public final class KeycloakAdmin {

    private final KeycloakRest rest;

    public KeycloakAdmin(URI keycloakBaseUrl, AdminCredentials credentials, Client client) {
        Objects.requireNonNull(keycloakBaseUrl, "keycloakBaseUrl");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(client, "client");
        this.rest = new KeycloakRest(keycloakBaseUrl, client,
                new AdminTokenSource(keycloakBaseUrl, credentials, client, Clock.systemUTC()));
    }

    public boolean realmExists(String realm) {
        return findRealm(realm).isPresent();
    }

    /** Creates the tenant realm {@code pref-NN} from {@link RealmBlueprint#tenant()} unless it is already there. */
    public RealmSetup ensureTenantRealm(String realmName, String displayName, URI publicAppUrl) {
        return ensureRealm(realmName, displayName, publicAppUrl, RealmBlueprint.tenant());
    }

    /** Creates the prefecture's tenant realm ({@link PrefectureCode#realmName()}) unless it is already there. */
    public RealmSetup ensureTenantRealm(PrefectureCode prefecture, String displayName, URI publicAppUrl) {
        return ensureTenantRealm(prefecture.realmName(), displayName, publicAppUrl);
    }

    /** Creates the operators' realm {@value RealmBlueprint#OPERATOR_REALM} unless it is already there. */
    public RealmSetup ensureOperatorRealm(URI publicAppUrl) {
        return ensureRealm(RealmBlueprint.OPERATOR_REALM, "つなぐ 運用", publicAppUrl, RealmBlueprint.operator());
    }

    /**
     * Creates {@code realmName} from {@code blueprint}, or does nothing if a finished realm of the same blueprint
     * exists. The realm is created disabled and enabled only as the last step; if a step fails the half-made realm
     * is deleted again, so a later call can simply retry.
     */
    public RealmSetup ensureRealm(String realmName, String displayName, URI publicAppUrl, RealmBlueprint blueprint) {
        Optional<JsonObject> existing = findRealm(realmName);
        if (existing.isPresent()) {
            requireFinished(realmName, existing.get(), blueprint);
            return RealmSetup.ALREADY_PRESENT;
        }
        new RealmInstaller(rest).install(realmName, displayName, publicAppUrl, blueprint);
        return RealmSetup.CREATED;
    }

    private static void requireFinished(String realmName, JsonObject realm, RealmBlueprint blueprint) {
        JsonObject attributes = realm.getJsonObject("attributes");
        String marker = attributes == null ? null : attributes.getString(RealmBlueprint.MARKER_ATTRIBUTE, null);
        if (!blueprint.marker().equals(marker)) {
            throw new KeycloakAdminException("ensure realm " + realmName, 409, marker == null
                    ? "the realm exists but was not finished by Tsunagu; delete it and try again"
                    : "the realm was made from blueprint " + marker + ", expected " + blueprint.marker());
        }
    }

    /** Deletes a realm with all its users; false if there was none. */
    public boolean deleteRealm(String realm) {
        return rest.delete("delete realm " + realm, rest.target(realm));
    }

    /**
     * Creates an account and returns its Keycloak user id. Roles are granted right after; if that fails the
     * account is removed again, so no account exists with fewer roles than asked.
     */
    public String createUser(String realm, NewAccount account) {
        String userId = rest.create("create user in realm " + realm, rest.target(realm, "users"), AccountRepresentation.of(account));
        try {
            if (account.otpSecret().isPresent()) {
                dropTotpSetup(realm, userId, account);
            }
            grantRealmRoles(realm, userId, account);
        } catch (RuntimeException e) {
            try {
                deleteUser(realm, userId);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return userId;
    }

    /** Disables the account and ends its sessions. */
    public void disableUser(String realm, String userId) {
        setEnabled(realm, userId, false);
        rest.post("end sessions of user " + userId + " in realm " + realm,
                rest.target(realm, "users", userId, "logout"), JsonValue.EMPTY_JSON_OBJECT, 204);
    }

    public void enableUser(String realm, String userId) {
        setEnabled(realm, userId, true);
    }

    /** Deletes the account; false if there was none. */
    public boolean deleteUser(String realm, String userId) {
        return rest.delete("delete user " + userId + " in realm " + realm, rest.target(realm, "users", userId));
    }

    public Optional<String> findUserIdByUsername(String realm, String username) {
        JsonArray users = rest.getArray("find user by username in realm " + realm,
                rest.target(realm, "users").queryParam("username", username).queryParam("exact", true)
                        .queryParam("briefRepresentation", true));
        return users.getValuesAs(JsonObject.class).stream()
                .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
                .map(u -> u.getString("id"))
                .findFirst();
    }

    /** What the application must know of an existing account before it reuses, disables or deletes it. */
    public record ExistingUser(String id, Set<String> realmRoles, boolean serviceAccount, boolean awaitingFirstLogin) {
    }

    public ExistingUser describeUser(String realm, String userId) {
        JsonObject user = rest.getObject("read user " + userId + " in realm " + realm, rest.target(realm, "users", userId));
        Set<String> roles = new TreeSet<>();
        rest.getArray("read realm roles of user " + userId + " in realm " + realm,
                        rest.target(realm, "users", userId, "role-mappings", "realm"))
                .getValuesAs(JsonObject.class).forEach(role -> roles.add(role.getString("name", "")));
        boolean awaitingFirstLogin = user.containsKey("requiredActions")
                && user.getJsonArray("requiredActions").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(action -> action.getString().equals("UPDATE_PASSWORD"));
        return new ExistingUser(userId, roles, user.containsKey("serviceAccountClientId"), awaitingFirstLogin);
    }

    /** Gives the account a new temporary password (the holder must change it at the next login). */
    public void resetTemporaryPassword(String realm, String userId, String password) {
        rest.put("reset password of user " + userId + " in realm " + realm,
                rest.target(realm, "users", userId, "reset-password"),
                Json.createObjectBuilder().add("type", "password").add("value", password).add("temporary", true).build());
    }

    /** The number of user accounts in the realm (service-account users of clients included). */
    public int countUsers(String realm) {
        return Integer.parseInt(rest.getText("count users in realm " + realm, rest.target(realm, "users", "count")).strip());
    }

    /**
     * A confidential client that may only use the client credentials grant (for machine access, e.g. imports),
     * created if missing; returns its secret.
     */
    public String ensureServiceClient(String realm, String clientId) {
        String id = findClientId(realm, clientId).orElseGet(() -> rest.create("create service client in realm " + realm,
                rest.target(realm, "clients"), Json.createObjectBuilder()
                        .add("clientId", clientId)
                        .add("enabled", true)
                        .add("protocol", "openid-connect")
                        .add("publicClient", false)
                        .add("clientAuthenticatorType", "client-secret")
                        .add("serviceAccountsEnabled", true)
                        .add("standardFlowEnabled", false)
                        .add("implicitFlowEnabled", false)
                        .add("directAccessGrantsEnabled", false)
                        .add("attributes", Json.createObjectBuilder()
                                .add("oauth2.device.authorization.grant.enabled", "false")
                                .add("oidc.ciba.grant.enabled", "false"))
                        .build()));
        return rest.getObject("read service client secret in realm " + realm,
                rest.target(realm, "clients", id, "client-secret")).getString("value");
    }

    /** Disables a machine client: it can get no new token. Nothing happens if there is no such client. */
    public void disableServiceClient(String realm, String clientId) {
        Optional<String> id = findClientId(realm, clientId);
        if (id.isEmpty()) {
            return;
        }
        JsonObject client = rest.getObject("read client " + clientId + " in realm " + realm,
                rest.target(realm, "clients", id.get()));
        rest.put("disable client " + clientId + " in realm " + realm, rest.target(realm, "clients", id.get()),
                Json.createObjectBuilder(client).add("enabled", false).build());
    }

    private Optional<String> findClientId(String realm, String clientId) {
        JsonArray clients = rest.getArray("find client in realm " + realm,
                rest.target(realm, "clients").queryParam("clientId", clientId));
        return clients.getValuesAs(JsonObject.class).stream()
                .filter(c -> clientId.equals(c.getString("clientId", "")))
                .map(c -> c.getString("id"))
                .findFirst();
    }

    private Optional<JsonObject> findRealm(String realm) {
        return rest.find("read realm " + realm, rest.target(realm));
    }

    private void setEnabled(String realm, String userId, boolean enabled) {
        // PUT with the full representation: a partial one could clear attributes.
        JsonObject user = rest.getObject("read user " + userId + " in realm " + realm, rest.target(realm, "users", userId));
        rest.put((enabled ? "enable" : "disable") + " user " + userId + " in realm " + realm,
                rest.target(realm, "users", userId), Json.createObjectBuilder(user).add("enabled", enabled).build());
    }

    /**
     * Keycloak adds default required actions (CONFIGURE_TOTP) to every new user and only an update removes them;
     * an account with a preset TOTP secret must not be asked to set up a second one.
     */
    private void dropTotpSetup(String realm, String userId, NewAccount account) {
        JsonObject user = rest.getObject("read user " + userId + " in realm " + realm, rest.target(realm, "users", userId));
        rest.put("set required actions of user " + userId + " in realm " + realm, rest.target(realm, "users", userId),
                Json.createObjectBuilder(user).add("requiredActions", Json.createArrayBuilder(account.requiredActions())).build());
    }

    private void grantRealmRoles(String realm, String userId, NewAccount account) {
        if (account.realmRoles().isEmpty()) {
            return;
        }
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (String role : account.realmRoles().stream().sorted().toList()) {
            roles.add(rest.getObject("read realm role " + role + " in realm " + realm, rest.target(realm, "roles", role)));
        }
        rest.post("grant realm roles to user " + userId + " in realm " + realm,
                rest.target(realm, "users", userId, "role-mappings", "realm"), roles.build(), 204);
    }
}
