package jp.tsunagu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.LoginStep;
import jp.tsunagu.stack.TokenResult;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The core path: a prefecture admin grants an account to a host municipality; its holder logs in through the
 * real Keycloak pages with password + a TOTP code and works inside its own tenant. Everything short of that is
 * refused.
 */
class AccountLoginIT extends PlatformIT {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);

    @Test
    void aHostMunicipalityUserLogsInWithPasswordAndTotpAndWorksInItsTenant() {
        String noto = platform.noto();
        Account kanazawa = platform.grantAndLogIn(ISHIKAWA, noto, "kanazawa." + shortId(), "HOST_MUNICIPALITY",
                "172014", inDays(30));
        String token = platform.token(kanazawa);

        Api.Reply me = platform.api.get("api/v1/me", token);
        assertEquals(200, me.status(), me::toString);
        assertEquals("17", me.json().getString("tenant"));
        JsonObject work = me.json().getJsonArray("grants").getJsonObject(0);
        assertEquals(noto, work.getString("disasterId"));
        assertEquals("HOST_MUNICIPALITY", work.getString("scope"));
        assertEquals("172014", work.getString("municipalityCode"));

        Api.Reply disaster = platform.api.get("api/v1/disasters/" + noto, token);
        assertEquals(200, disaster.status(), disaster::toString);
        assertEquals("令和6年能登半島地震", disaster.json().getString("name"));
        assertEquals(1, platform.api.get("api/v1/disasters", token).array().size());
    }

    @Test
    void aGrantedUserCannotManageTheInstance() {
        String noto = platform.noto();
        Account staff = platform.grantAndLogIn(ISHIKAWA, noto, "wajima." + shortId(), "AFFECTED_MUNICIPALITY",
                "172049", inDays(30));
        String token = platform.token(staff);
        assertProblem(platform.api.post("api/v1/disasters/" + noto + "/lifecycle", token, "{\"action\":\"close\"}"),
                403, "forbidden", null);
        assertProblem(platform.api.get("api/v1/disasters/" + noto + "/grants", token), 403, "forbidden", null);
        assertEquals(403, platform.api.get("api/v1/operator/tenants", token).status());
    }

    @Test
    void aWrongOtpCodeGetsNoToken() {
        Account staff = platform.grantAndLogIn(ISHIKAWA, platform.noto(), "otp." + shortId(), "HOST_MUNICIPALITY",
                "172014", inDays(30));
        assertTrue(platform.loginWithCode(staff, wrongCode(staff)) instanceof LoginOutcome.Refused, "a wrong TOTP code must be refused");
    }

    @Test
    void aNewUserGetsNoTokenWithoutSettingUpOtp() {
        String username = "nootp." + shortId();
        Api.Reply granted = platform.grant(ISHIKAWA, platform.noto(), username, "HOST_MUNICIPALITY", "172014", inDays(30));
        assertEquals(201, granted.status(), granted::toString);
        LoginOutcome attempt = platform.loginSkippingOtpSetup(ISHIKAWA.realmName(), username,
                granted.json().getString("temporaryPassword"));
        assertTrue(attempt instanceof LoginOutcome.Refused refused && refused.step() == LoginStep.TOTP_SETUP,
                () -> "no token may be issued before TOTP is configured: " + attempt);
    }

    @Test
    void aPasswordOnlyDirectGrantIsRefused() {
        Account staff = platform.grantAndLogIn(ISHIKAWA, platform.noto(), "direct." + shortId(), "HOST_MUNICIPALITY",
                "172014", inDays(30));
        assertTrue(platform.directGrant(staff, "tsunagu-web") instanceof TokenResult.Denied);
        assertTrue(platform.directGrant(staff, "admin-cli") instanceof TokenResult.Denied,
                "the realm's own clients require OTP too");
    }

    @Test
    void anExpiredGrantIsRefusedOnTheNextRequest() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(45);
        Account staff = platform.grantAndLogIn(ISHIKAWA, platform.noto(), "expiring." + shortId(),
                "HOST_MUNICIPALITY", "172014", expiry);
        String token = platform.token(staff);
        assertEquals(200, platform.api.get("api/v1/me", token).status());
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis() + 500));
        assertProblem(platform.api.get("api/v1/me", token), 403, "no-active-grant", null);
    }

    @Test
    void aRevokedGrantIsRefusedOnTheNextRequest() {
        String noto = platform.noto();
        String username = "revoked." + shortId();
        Account staff = platform.grantAndLogIn(ISHIKAWA, noto, username, "HOST_MUNICIPALITY", "172014", inDays(30));
        String token = platform.token(staff);
        assertEquals(200, platform.api.get("api/v1/me", token).status());

        String grantId = platform.api.get("api/v1/disasters/" + noto + "/grants", platform.adminToken(ISHIKAWA))
                .array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("username").equals(username)).findFirst().orElseThrow().getString("id");
        Api.Reply revoked = platform.api.post("api/v1/disasters/" + noto + "/grants/" + grantId + "/revocation",
                platform.adminToken(ISHIKAWA), "{\"reason\":\"異動\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals(false, revoked.json().getBoolean("active"));

        assertProblem(platform.api.get("api/v1/me", token), 403, "no-active-grant", null);
        assertProblem(platform.api.get("api/v1/disasters/" + noto, token), 403, "no-active-grant", null);
    }

    @Test
    void aSupportOrganisationWorkerIsGrantedForARegisteredOrganisation() {
        String admin = platform.adminToken(ISHIKAWA);
        Api.Reply organisation = platform.api.post("api/v1/support-organisations", admin,
                "{\"name\":\"能登支援ネットワーク " + shortId() + "\",\"kind\":\"NPO\",\"corporateNumber\":\"7000012050002\"}");
        assertEquals(201, organisation.status(), organisation::toString);
        String organisationId = organisation.json().getString("id");
        String username = "npo." + shortId();
        Api.Reply granted = platform.api.post("api/v1/disasters/" + platform.noto() + "/grants", admin,
                "{\"username\":\"" + username + "\",\"email\":\"" + username + "@npo.example.jp\","
                        + "\"familyName\":\"支援\",\"givenName\":\"一郎\",\"role\":\"SUPPORT_WORKER\","
                        + "\"scope\":\"SUPPORT_ORGANISATION\",\"organisationId\":\"" + organisationId + "\","
                        + "\"expiresAt\":\"" + inDays(7) + "\"}");
        assertEquals(201, granted.status(), granted::toString);
        assertEquals(organisationId, granted.json().getString("organisationId"));
        assertProblem(platform.api.post("api/v1/support-organisations", admin,
                "{\"name\":\"x\",\"kind\":\"NPO\",\"corporateNumber\":\"6000012050002\"}"), 400, "invalid-request",
                "corporateNumber");
    }

    @Test
    void aGrantCannotTakeOverThePrefectureAdminsAccount() {
        String noto = platform.noto();
        assertProblem(platform.grant(ISHIKAWA, noto, "admin17.it", "HOST_MUNICIPALITY", "172014", inDays(1)),
                409, "conflict", "username");
        assertEquals(200, platform.api.get("api/v1/disasters", platform.adminToken(ISHIKAWA)).status(),
                "the admin still works");
    }

    @Test
    void aRepeatedGrantForAnAccountThatNeverLoggedInHandsOutANewTemporaryPassword() {
        String noto = platform.noto();
        String username = "retry." + shortId();
        Api.Reply first = platform.grant(ISHIKAWA, noto, username, "HOST_MUNICIPALITY", "172014", inDays(1));
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = platform.grant(ISHIKAWA, noto, username, "HOST_MUNICIPALITY", "172014", inDays(2));
        assertEquals(201, again.status(), again::toString);
        String second = again.json().getString("temporaryPassword");
        assertTrue(!second.equals(first.json().getString("temporaryPassword")));
        Account holder = platform.completeFirstLogin(ISHIKAWA, username, second);
        assertEquals(200, platform.api.get("api/v1/me", platform.token(holder)).status());
    }

    @Test
    void grantsAreCheckedAgainstTheInstanceAndThePrefecture() {
        String noto = platform.noto();
        assertProblem(platform.grant(ISHIKAWA, noto, "toyama.host", "HOST_MUNICIPALITY", "162019", inDays(1)),
                400, "invalid-request", "municipalityCode");
        assertProblem(platform.grant(ISHIKAWA, noto, "kanazawa.affected", "AFFECTED_MUNICIPALITY", "172014", inDays(1)),
                400, "invalid-request", "municipalityCode");
        assertProblem(platform.grant(ISHIKAWA, noto, "past.expiry", "HOST_MUNICIPALITY", "172014",
                Instant.now().minusSeconds(60)), 400, "invalid-request", "expiresAt");
        assertProblem(platform.grant(ISHIKAWA, UUID.randomUUID().toString(), "nowhere", "HOST_MUNICIPALITY", "172014",
                inDays(1)), 404, "not-found", null);
    }

    private static String wrongCode(Account account) {
        String right = platform.currentCode(account);
        return String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
    }
}
