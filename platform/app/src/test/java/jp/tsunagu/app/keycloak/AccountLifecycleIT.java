package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.browser;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.firstLoginAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.otpSecret;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.probe;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.readyAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.sharedRealm;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.strongPassword;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.uniqueUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.provisioning.keycloak.KeycloakAdminException;
import jp.tsunagu.provisioning.keycloak.NewAccount;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginStep;
import jp.tsunagu.stack.Totp;
import org.junit.jupiter.api.Test;

/** Accounts: created with roles and attributes, found, counted, disabled (no login), enabled, deleted. */
class AccountLifecycleIT {

    @Test
    void aCreatedAccountHasItsRolesAttributesAndRequiredActions() {
        String realm = sharedRealm();
        String username = uniqueUsername("created");
        NewAccount account = NewAccount.firstLogin(username, username + "@example.jp", "一郎", "輪島",
                Set.of("municipality-lead", "support-worker"),
                Map.of("tenant_id", List.of("17"), "grant_id", List.of("g-42")), strongPassword());

        String userId = admin().createUser(realm, account);

        assertEquals(Optional.of(userId), admin().findUserIdByUsername(realm, username));
        JsonObject user = probe().object(realm, "users", userId);
        assertEquals("17", user.getJsonObject("attributes").getJsonArray("tenant_id").getString(0));
        assertEquals("g-42", user.getJsonObject("attributes").getJsonArray("grant_id").getString(0));
        assertEquals(Set.of("UPDATE_PASSWORD", "CONFIGURE_TOTP"), Set.copyOf(user.getJsonArray("requiredActions")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));
        List<String> roles = probe().array(realm, "users", userId, "role-mappings", "realm")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).toList();
        assertTrue(roles.containsAll(List.of("municipality-lead", "support-worker")), roles.toString());
    }

    @Test
    void aDuplicateUsernameIsAConflictThatNamesNoPersonalData() {
        String realm = sharedRealm();
        String username = uniqueUsername("dup");
        admin().createUser(realm, firstLoginAccount(username, strongPassword()));

        KeycloakAdminException e = assertThrows(KeycloakAdminException.class,
                () -> admin().createUser(realm, firstLoginAccount(username, strongPassword())));

        assertTrue(e.isConflict(), e.getMessage());
        assertFalse(e.getMessage().contains(username), e.getMessage());
    }

    @Test
    void anUnknownRoleLeavesNoHalfMadeAccount() {
        String realm = sharedRealm();
        String username = uniqueUsername("norole");
        NewAccount account = NewAccount.firstLogin(username, username + "@example.jp", "次郎", "珠洲",
                Set.of("no-such-role"), Map.of(), strongPassword());

        assertThrows(KeycloakAdminException.class, () -> admin().createUser(realm, account));
        assertEquals(Optional.empty(), admin().findUserIdByUsername(realm, username));
    }

    @Test
    void countingFindingAndDeleting() {
        String realm = sharedRealm();
        String username = uniqueUsername("count");
        int before = admin().countUsers(realm);
        String userId = admin().createUser(realm, firstLoginAccount(username, strongPassword()));

        assertEquals(before + 1, admin().countUsers(realm));
        assertTrue(admin().deleteUser(realm, userId));
        assertFalse(admin().deleteUser(realm, userId), "deleting again is a no-op");
        assertEquals(Optional.empty(), admin().findUserIdByUsername(realm, username));
        assertEquals(before, admin().countUsers(realm));
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabledAgain() {
        String realm = sharedRealm();
        String username = uniqueUsername("disabled");
        String password = strongPassword();
        String secret = otpSecret();
        String userId = admin().createUser(realm, readyAccount(username, password, secret));
        Totp totp = Totp.fromKeycloakSecret(secret);

        admin().disableUser(realm, userId);
        var whileDisabled = browser().login(realm, LoginAttempt.of(username, password).withOtp(totp));
        admin().enableUser(realm, userId);
        var afterEnabling = browser().login(realm, LoginAttempt.of(username, password).withOtp(totp));

        FirstLoginIT.assertRefusedAt(LoginStep.CREDENTIALS, whileDisabled);
        assertEquals(Optional.of("otp"), afterEnabling.loggedInOrThrow().tokens().acr());
        JsonObject user = probe().object(realm, "users", userId);
        assertEquals("17", user.getJsonObject("attributes").getJsonArray("tenant_id").getString(0),
                "disabling and enabling keeps the attributes");
    }

    @Test
    void disablingEndsTheAccountsSessions() {
        String realm = sharedRealm();
        String username = uniqueUsername("session");
        String password = strongPassword();
        String secret = otpSecret();
        String userId = admin().createUser(realm, readyAccount(username, password, secret));
        browser().login(realm, LoginAttempt.of(username, password).withOtp(Totp.fromKeycloakSecret(secret),
                Instant.now())).loggedInOrThrow();
        assertEquals(1, probe().array(realm, "users", userId, "sessions").size());

        admin().disableUser(realm, userId);

        assertEquals(0, probe().array(realm, "users", userId, "sessions").size());
    }
}
