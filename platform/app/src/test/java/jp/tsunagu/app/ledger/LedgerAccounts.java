package jp.tsunagu.app.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.Platform;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The accounts the ledger's system tests act as, made once per run through the API (grant, first login with TOTP):
 * a municipal staff member and a municipality lead of 輪島市, a support organisation's worker, a staff member of 金沢市
 * as a host municipality, and a staff member of another disaster instance of 石川県. {@link #grantInto} gives the first
 * four a grant in a test's own instance; the outsider never gets one there.
 */
final class LedgerAccounts {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final String WAJIMA = "172049";
    static final String KANAZAWA = "172014";

    private static LedgerAccounts instance;

    private final Platform platform = Platform.get();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String organisationId;
    private final Account staff;
    private final Account lead;
    private final Account worker;
    private final Account host;
    private final Account outsider;

    private LedgerAccounts() {
        String home = platform.noto();
        organisationId = organisation();
        staff = firstGrant(home, "ledger.staff." + suffix, municipal("MUNICIPALITY_STAFF"));
        lead = firstGrant(home, "ledger.lead." + suffix, municipal("MUNICIPALITY_LEAD"));
        worker = firstGrant(home, "ledger.npo." + suffix, supportWorker());
        host = firstGrant(home, "ledger.host." + suffix, hostMunicipality());
        String elsewhere = LedgerFixture.switchOn("別の災害 " + suffix);
        outsider = firstGrant(elsewhere, "ledger.outsider." + suffix, municipal("MUNICIPALITY_STAFF"));
    }

    static synchronized LedgerAccounts get() {
        if (instance == null) {
            instance = new LedgerAccounts();
        }
        return instance;
    }

    /** Municipal staff of 輪島市: reads and decides, no 個人番号. */
    Account staff() {
        return staff;
    }

    /** Municipality lead of 輪島市: also entitled to 個人番号 for a named purpose. */
    Account lead() {
        return lead;
    }

    /** A support organisation's worker: brings in visit sheets, does not browse the ledger. */
    Account worker() {
        return worker;
    }

    /** Municipal staff of 金沢市 as a host municipality: sees the persons whose whereabouts are in 金沢市. */
    Account host() {
        return host;
    }

    /** The support organisation the worker belongs to. */
    String organisationId() {
        return organisationId;
    }

    /** Municipal staff of another disaster instance of the same prefecture. */
    Account outsider() {
        return outsider;
    }

    void grantInto(String disasterId) {
        grant(disasterId, staff.username(), municipal("MUNICIPALITY_STAFF"));
        grant(disasterId, lead.username(), municipal("MUNICIPALITY_LEAD"));
        grant(disasterId, worker.username(), supportWorker());
        grant(disasterId, host.username(), hostMunicipality());
    }

    private Account firstGrant(String disasterId, String username, JsonObjectBuilder role) {
        Api.Reply granted = grant(disasterId, username, role);
        return platform.completeFirstLogin(ISHIKAWA, username, granted.json().getString("temporaryPassword"));
    }

    private Api.Reply grant(String disasterId, String username, JsonObjectBuilder role) {
        JsonObjectBuilder body = role.add("username", username).add("email", username + "@example.jp")
                .add("familyName", "台帳").add("givenName", "試験")
                .add("expiresAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        Api.Reply reply = platform.api.post("api/v1/disasters/" + disasterId + "/grants",
                platform.adminToken(ISHIKAWA), body.build());
        if (reply.status() != 201) {
            throw new IllegalStateException("grant failed: " + reply);
        }
        return reply;
    }

    private static JsonObjectBuilder municipal(String role) {
        return Json.createObjectBuilder().add("role", role).add("scope", "AFFECTED_MUNICIPALITY")
                .add("municipalityCode", WAJIMA);
    }

    private static JsonObjectBuilder hostMunicipality() {
        return Json.createObjectBuilder().add("role", "MUNICIPALITY_STAFF").add("scope", "HOST_MUNICIPALITY")
                .add("municipalityCode", KANAZAWA);
    }

    private JsonObjectBuilder supportWorker() {
        return Json.createObjectBuilder().add("role", "SUPPORT_WORKER").add("scope", "SUPPORT_ORGANISATION")
                .add("organisationId", organisationId);
    }

    private String organisation() {
        Api.Reply created = platform.api.post("api/v1/support-organisations", platform.adminToken(ISHIKAWA),
                Json.createObjectBuilder().add("name", "台帳試験支援ネットワーク " + suffix).add("kind", "NPO").build());
        if (created.status() != 201) {
            throw new IllegalStateException("support organisation not registered: " + created);
        }
        return created.json().getString("id");
    }
}
