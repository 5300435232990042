package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.client;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.keycloak;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.probe;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.sharedRealm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.tsunagu.provisioning.keycloak.AdminCredentials;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.provisioning.keycloak.KeycloakAdminException;
import org.junit.jupiter.api.Test;

/** KeycloakAdmin also works as a service client of realm master (the production set-up), and fails clearly. */
class AdminServiceClientIT {

    @Test
    void aMasterServiceClientWithTheAdminRoleCanAdministerRealms() {
        String realm = sharedRealm();
        String secret = admin().ensureServiceClient("master", "tsunagu-provisioning-it");
        String clientUuid = probe().client("master", "tsunagu-provisioning-it").getString("id");
        String serviceUserId = probe().object("master", "clients", clientUuid, "service-account-user").getString("id");
        JsonObject adminRole = probe().object("master", "roles", "admin");
        assertEquals(204, probe().post(Json.createArrayBuilder().add(adminRole).build(),
                "master", "users", serviceUserId, "role-mappings", "realm"));

        KeycloakAdmin asService = new KeycloakAdmin(keycloak().baseUrl(),
                new AdminCredentials.ServiceClient("tsunagu-provisioning-it", secret), client());

        assertTrue(asService.realmExists(realm));
        assertEquals(admin().countUsers(realm), asService.countUsers(realm));
    }

    @Test
    void wrongAdminCredentialsFailWithTheStatusAndWithoutThePassword() {
        KeycloakAdmin wrong = new KeycloakAdmin(keycloak().baseUrl(),
                new AdminCredentials.BootstrapAdmin("admin", "not-the-password"), client());

        KeycloakAdminException e = assertThrows(KeycloakAdminException.class, () -> wrong.realmExists("master"));

        // OAuth answers a refused password grant with 400 invalid_grant.
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("invalid_grant"), e.getMessage());
        assertTrue(!e.getMessage().contains("not-the-password"), e.getMessage());
    }
}
