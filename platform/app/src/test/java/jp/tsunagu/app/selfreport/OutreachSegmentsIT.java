package jp.tsunagu.app.selfreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Needs-based outreach: a segment holds only residents whose latest consent covers the party, whatever else matches;
 * the preview is a count; the hand-over reaches the portal's webhook (a tiny HTTP server here, failing once so the
 * retry shows) or the drop directory, carries only the portal's own references, and is recorded as provisions.
 */
class OutreachSegmentsIT extends PlatformIT {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);

    private HttpServer webhook;
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void portalWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // The first attempt fails, as a portal restarting would: the delivery is retried.
            int status = attempts.incrementAndGet() == 1 ? 503 : 204;
            if (status == 204) {
                received.add(Json.createReader(new StringReader(body)).readObject());
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stop() {
        webhook.stop(0);
    }

    @Test
    void onlyResidentsWhoseConsentCoversThePartyAreEverHandedOver() throws SQLException, IOException {
        String disaster = platform.noto();
        String admin = platform.adminToken(ISHIKAWA);
        Portals.Client portal = Portals.register(ISHIKAWA, "resident-portal",
                "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
        String id = shortId();
        String path = "api/v1/disasters/" + disaster + "/self-reports";
        // All in 金沢市 with a housing need; only the first consented to the prefecture and kept it.
        post(path, portal, Portals.report("c1-" + id, "金沢 一" + id, "かなざわ はじめ", "1940-01-01", "172014", "housing", false,
                "prefecture", "home-municipality"));
        post(path, portal, Portals.report("c2-" + id, "金沢 二" + id, "かなざわ つぎ", "1941-02-02", "172014", "housing", false));
        post(path, portal, Portals.report("c3-" + id, "金沢 三" + id, "かなざわ さぶ", "1942-03-03", "172014", "housing", false,
                "home-municipality", "support-organisations"));
        post(path, portal, Portals.report("c4-" + id, "金沢 四" + id, "かなざわ しろう", "1943-04-04", "172014", "housing", false,
                "prefecture"));
        // The fourth withdraws consent in a later report (same resident: linkage links it).
        post(path, portal, Portals.report("c4w-" + id, "金沢 四" + id, "かなざわ しろう", "1943-04-04", "172014", "housing",
                false));
        // Consented, but elsewhere and with another need.
        post(path, portal, Portals.report("c5-" + id, "富山 五" + id, "とやま ご", "1944-05-05", "162019", "health", false,
                "prefecture"));

        JsonObject criteria = Json.createObjectBuilder().add("name", "金沢市 住まい " + id).add("party", "prefecture")
                .add("municipalities", Json.createArrayBuilder().add("172014"))
                .add("needs", Json.createArrayBuilder().add("housing")).build();
        Api.Reply preview = platform.api.post("api/v1/disasters/" + disaster + "/segments/preview", admin, criteria);
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(preview.json().getInt("count") >= 1);
        assertFalse(preview.body().contains("金沢 一"), "a preview holds no personal data");

        Api.Reply defined = platform.api.post("api/v1/disasters/" + disaster + "/segments", admin, criteria);
        assertEquals(201, defined.status(), defined::toString);
        String segment = defined.json().getString("id");

        Api.Reply delivered = platform.api.post("api/v1/disasters/" + disaster + "/segments/" + segment + "/deliveries",
                admin, Json.createObjectBuilder().add("portal", portal.clientId()).build());
        assertEquals(201, delivered.status(), delivered::toString);
        assertEquals(1, delivered.json().getInt("persons"));
        assertEquals(1, received.size(), "delivered once, after one failed attempt");
        assertTrue(attempts.get() >= 2, "the failed attempt was retried");
        JsonObject handOver = received.getFirst();
        assertEquals(Set.of("acct-c1-" + id), handOver.getJsonArray("residents").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("residentReference")).collect(Collectors.toSet()));
        assertFalse(handOver.getJsonArray("residents").toString().contains("金沢"), "the portal receives its own references, no names");
        assertEquals(Set.of("residentReference", "submissionId"), handOver.getJsonArray("residents").getJsonObject(0).keySet());

        try (Connection db = platform.database();
             PreparedStatement provisions = db.prepareStatement("SELECT count(*) FROM tenant_17.ledger_provision"
                     + " WHERE recipient = ? AND legal_basis = 'CONSENT_OR_SELF'")) {
            provisions.setString(1, portal.clientId());
            try (ResultSet rows = provisions.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the provision is on the person's ledger entry");
            }
        }

        Api.Reply asFile = platform.api.post("api/v1/disasters/" + disaster + "/segments/" + segment + "/deliveries",
                admin, Json.createObjectBuilder().add("portal", portal.clientId()).add("channel", "file").build());
        assertEquals(201, asFile.status(), asFile::toString);
        Path file = Path.of(System.getProperty("tsunagu.it.dropbox.directory"), "17", disaster, "out",
                ((JsonString) asFile.json().get("file")).getString());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(List.of("\uFEFFresident_reference,submission_id", "acct-c1-" + id + ",c1-" + id), lines);
    }

    @Test
    void segmentsAreForThePrefectureAdminAndPortalsCannotReachThem() {
        String disaster = platform.noto();
        Portals.Client portal = Portals.register(ISHIKAWA, "resident-portal", null);
        JsonObject criteria = Json.createObjectBuilder().add("name", "x").add("party", "prefecture").build();
        assertProblem(platform.api.post("api/v1/disasters/" + disaster + "/segments/preview", portal.token(), criteria),
                403, "forbidden", null);
        assertProblem(platform.api.post("api/v1/disasters/" + disaster + "/segments/preview",
                platform.adminToken(ISHIKAWA), Json.createObjectBuilder().add("party", "neighbours").build()),
                400, "invalid-request", "party");
    }

    private static void post(String path, Portals.Client portal, JsonObject report) {
        Api.Reply reply = platform.api.post(path, portal.token(), report);
        assertEquals(201, reply.status(), reply::toString);
    }
}
