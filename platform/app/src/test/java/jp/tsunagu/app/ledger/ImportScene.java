package jp.tsunagu.app.ledger;

import java.util.UUID;

import jakarta.json.Json;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.Platform;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A disaster instance of 石川県 of a test's own (so its ledger holds only what the test imported), switched on by the
 * prefecture admin, and the accounts the test needs in it, each logged in through the real login pages
 * (password + TOTP) once and kept for the test class.
 */
final class ImportScene {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final String WAJIMA = "172049";

    final String disasterId;
    private final Platform platform;
    private Account staff;
    private Account supportWorker;

    private ImportScene(Platform platform, String disasterId) {
        this.platform = platform;
        this.disasterId = disasterId;
    }

    static ImportScene switchOn(Platform platform, String purpose) {
        Api.Reply created = platform.api.post("api/v1/disasters", platform.adminToken(ISHIKAWA),
                Platform.switchOn(purpose + " " + shortId(), WAJIMA));
        if (created.status() != 201) {
            throw new IllegalStateException("switch-on failed: " + created);
        }
        return new ImportScene(platform, created.json().getString("id"));
    }

    /** 輪島市's staff member in this instance. */
    synchronized String staffToken() {
        if (staff == null) {
            staff = platform.grantAndLogIn(ISHIKAWA, disasterId, "imports.staff." + shortId(), "AFFECTED_MUNICIPALITY",
                    WAJIMA, Platform.inDays(7));
        }
        return platform.token(staff);
    }

    /** A worker of a support organisation (NPO) in this instance. */
    synchronized String supportWorkerToken() {
        if (supportWorker == null) {
            String admin = adminToken();
            Api.Reply organisation = platform.api.post("api/v1/support-organisations", admin,
                    "{\"name\":\"能登訪問支援の会 " + shortId() + "\",\"kind\":\"NPO\"}");
            check(organisation, 201);
            String username = "imports.npo." + shortId();
            Api.Reply granted = platform.api.post("api/v1/disasters/" + disasterId + "/grants", admin, Json.createObjectBuilder()
                    .add("username", username).add("email", username + "@npo.example.jp").add("familyName", "支援")
                    .add("givenName", "一郎").add("role", "SUPPORT_WORKER").add("scope", "SUPPORT_ORGANISATION")
                    .add("organisationId", organisation.json().getString("id"))
                    .add("expiresAt", Platform.inDays(7).toString()).build());
            check(granted, 201);
            supportWorker = platform.completeFirstLogin(ISHIKAWA, username, granted.json().getString("temporaryPassword"));
        }
        return platform.token(supportWorker);
    }

    String adminToken() {
        return platform.adminToken(ISHIKAWA);
    }

    /** A lifecycle step by the prefecture admin: close, reopen, ... */
    void step(String action) {
        check(platform.api.post("api/v1/disasters/" + disasterId + "/lifecycle", adminToken(),
                "{\"action\":\"" + action + "\",\"reason\":\"取込試験\"}"), 200);
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void check(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("setting up the scene failed: " + reply);
        }
    }
}
