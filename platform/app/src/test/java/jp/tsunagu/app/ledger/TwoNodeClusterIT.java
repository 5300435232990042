package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jp.tsunagu.app.arquillian.SuiteWideMicro;
import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.Platform;
import jp.tsunagu.stack.HazelcastCluster;
import jp.tsunagu.stack.PayaraMicroServer;
import jp.tsunagu.stack.PayaraMicroSettings;

/**
 * Two application nodes, one PostgreSQL, one Keycloak: the run's Payara Micro (node 1) and a second Micro started here
 * with the same WAR (node 2), one Hazelcast cluster over a loopback TCP/IP member list. A grant revoked through node 1
 * is refused on node 2 within a second; an import running on node 2 when node 2 is killed (SIGKILL) is finished by
 * node 1 with every row stored exactly once, and node 1 keeps serving. The methods are ordered only so that node 2 is
 * started once; each starts it again if it is not running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT extends ImportSystemTest {

    // Four chunks of 5,000 rows: node 2 is killed right after its first checkpoint, long before its end.
    static final int ROWS = 20_000;
    static final String VISITS = ImportApi.query("kind", "OUTREACH_VISIT", "fileName", "訪問記録_大規模.csv");

    private static PayaraMicroServer node2;

    @AfterAll
    static void stopNode2() {
        if (node2 != null) {
            node2.close();
        }
    }

    @Test
    @Order(1)
    void theNodesFormOneClusterAndOperatorsSeeEachNodesHealthFromEither() {
        Api second = node2();
        awaitTrue(Duration.ofSeconds(30), () -> readyNodes(platform.api) == 2 && readyNodes(second) == 2,
                "both nodes report themselves ready to both");
        JsonObject cluster = platform.api.get("api/v1/operator/nodes", platform.operatorToken()).json();
        assertEquals(2, cluster.getInt("members"), cluster::toString);
        assertTrue(cluster.getBoolean("quorate"), cluster::toString);
        assertEquals(1, cluster.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(node -> node.getBoolean("answering")).count());
        String metrics = metrics();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("tsunagu_cluster_members") && line.matches(".* 2(\\.0)?$")),
                () -> "the cluster size for the membership alert: " + metrics.lines()
                        .filter(line -> line.contains("cluster")).toList());
    }

    @Test
    @Order(2)
    void operatorsSeeATenantsTrafficOfEveryNodeFromEither() {
        Api second = node2();
        String admin = platform.adminToken(ImportScene.ISHIKAWA);
        for (int i = 0; i < 100; i++) {
            assertEquals(404, second.get("api/v1/disasters/" + UUID.randomUUID(), admin).status());
        }
        // Node 2 shares its figures at its next heartbeat; then both nodes answer with the same total.
        awaitTrue(Duration.ofSeconds(30), () -> {
            long seenByNode1 = ishikawaRequests(platform.api);
            return seenByNode1 >= 100 && seenByNode1 == ishikawaRequests(second);
        }, "node 1 counts node 2's requests of 石川県, and both nodes give one total");
    }

    private static long ishikawaRequests(Api node) {
        JsonObject ishikawa = node.get("api/v1/operator/tenants", platform.operatorToken()).array()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("prefectureCode").equals("17"))
                .findFirst().orElseThrow();
        return Math.round(ishikawa.getJsonObject("traffic").getJsonNumber("requestsPerMinute").doubleValue() * 5);
    }

    @Test
    @Order(3)
    void aGrantRevokedThroughOneNodeIsRefusedOnTheOtherWithinASecond() {
        Api second = node2();
        String disaster = platform.noto();
        String username = "cluster.staff." + shortId();
        Api.Reply granted = platform.grant(ImportScene.ISHIKAWA, disaster, username, "AFFECTED_MUNICIPALITY",
                ImportScene.WAJIMA, Platform.inDays(7));
        assertEquals(201, granted.status(), granted::toString);
        Account staff = platform.completeFirstLogin(ImportScene.ISHIKAWA, username,
                granted.json().getString("temporaryPassword"));
        String token = platform.token(staff);
        String disasterPath = "api/v1/disasters/" + disaster;
        assertEquals(200, second.get(disasterPath, token).status(), "node 2 has read (and keeps) the active grant");
        assertEquals(200, second.get(disasterPath, token).status());

        Api.Reply revoked = platform.api.post(disasterPath + "/grants/" + granted.json().getString("id") + "/revocation",
                platform.adminToken(ImportScene.ISHIKAWA), "{\"reason\":\"異動\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        Instant revokedAt = Instant.now();

        assertProblem(platform.api.get(disasterPath, token), 403, "no-active-grant", null);
        Duration refusedAfter = awaitTrue(Duration.ofSeconds(1), () -> second.get(disasterPath, token).status() == 403,
                "node 2 refuses the revoked grant within a second");
        System.out.println("TwoNodeClusterIT: node 2 refused the revoked grant " + refusedAfter.toMillis()
                + " ms after node 1 answered the revocation");
        assertProblem(second.get(disasterPath, token), 403, "no-active-grant", null);
        assertTrue(Duration.between(revokedAt, Instant.now()).toMillis() < 5_000);
    }

    @Test
    @Order(4)
    void anImportOnANodeThatIsKilledIsFinishedByTheOtherWithEveryRowStoredOnce() {
        Api second = node2();
        ImportScene scene = ImportScene.switchOn(platform, "取込 ノード障害");
        String staff = scene.staffToken();
        ImportApi onNode2 = new ImportApi(second);
        Api.Reply accepted = onNode2.upload(staff, scene.disasterId, RosterFiles.generated(ROWS, 5), VISITS);
        assertEquals(202, accepted.status(), accepted::toString);
        String path = ImportApi.path(accepted);
        String batch = path.substring(path.lastIndexOf('/') + 1);

        // Followed from node 1, which reads the progress that node 2's checkpoints commit.
        JsonObject halfway = imports.await(staff, path, state -> state.getJsonObject("progress")
                .getJsonNumber("rowsDone").longValue() > 0);
        node2.kill();
        Instant killedAt = Instant.now();
        long doneAtKill = count("SELECT rows_read FROM tenant_17.ledger_import_batch WHERE id = ?::uuid", batch);
        assertEquals(false, halfway.getJsonObject("progress").getBoolean("live"), "node 1 does not run it");
        assertTrue(doneAtKill < ROWS, "node 2 was killed before the import ended (" + doneAtKill + " rows done)");

        // INTERRUPTED (no node runs it) until node 1's next sweep finds it.
        JsonObject takenOver = follow(staff, scene.disasterId, batch, state -> state.getJsonObject("progress").getBoolean("live")
                || state.getString("phase").equals("COMPLETED"));
        Duration takeover = Duration.between(killedAt, Instant.now());
        JsonObject done = follow(staff, scene.disasterId, batch, state -> ImportApi.ENDED.contains(state.getString("phase"))
                && !state.getString("phase").equals("INTERRUPTED"));
        System.out.println("TwoNodeClusterIT: killed at " + doneAtKill + " of " + ROWS + " rows; node 1 ran the import "
                + takeover.toMillis() + " ms after the kill (" + takenOver.getString("phase") + "), ended "
                + Duration.between(killedAt, Instant.now()).toMillis() + " ms after it");

        assertEquals("COMPLETED", done.getString("phase"), done::toString);
        assertEquals(ROWS, done.getJsonObject("counts").getInt("read"), done::toString);
        assertEquals(ROWS, done.getJsonObject("counts").getInt("stored"), done::toString);
        assertEquals(ROWS, count("SELECT count(*) FROM tenant_17.ledger_source_record WHERE batch_id = ?::uuid", batch));
        assertEquals(ROWS, count("SELECT count(DISTINCT row_number) FROM tenant_17.ledger_source_record"
                + " WHERE batch_id = ?::uuid", batch), "every row once");
        assertEquals(ROWS, count("SELECT count(DISTINCT raw::json->>'管理番号') FROM tenant_17.ledger_source_record"
                + " WHERE batch_id = ?::uuid", batch), "every source key once");
        assertEquals(ROWS, ledger.linkedRecords(scene.disasterId), "and linked");
        assertEquals(0, count("SELECT count(*) FROM tenant_17.ledger_import_upload WHERE batch_id = ?::uuid", batch),
                "the stored upload is deleted when the import ends");

        assertEquals(200, platform.api.get(ImportApi.imports(scene.disasterId), staff).status(), "node 1 keeps serving");
        awaitTrue(Duration.ofSeconds(30), () -> metrics().lines()
                .filter(line -> line.startsWith("tsunagu_imports_rows_read") && line.contains("tenant=\"17\""))
                .anyMatch(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) >= ROWS),
                "the tenant's imported rows as a metric, for the stalled-import alert");
        awaitTrue(Duration.ofSeconds(30), () -> platform.api.get("api/v1/operator/nodes", platform.operatorToken())
                .json().getInt("members") == 1, "node 1 sees that node 2 is gone");
    }

    /** Node 2, started (again) if it is not running. */
    private static synchronized Api node2() {
        if (node2 == null || !node2.isAlive()) {
            HazelcastCluster cluster = SuiteWideMicro.cluster().orElseThrow();
            Path war = SuiteWideMicro.war().orElseThrow();
            Path work = Path.of(System.getProperty("tsunagu.it.work"), "micro-2-" + UUID.randomUUID().toString().substring(0, 8));
            int port = Integer.parseInt(System.getProperty("tsunagu.it.http.port.2"));
            try {
                node2 = PayaraMicroServer.start(PayaraMicroSettings.of(Path.of(System.getProperty("payara.microJar")), war,
                                port, work)
                        .withCluster(cluster, cluster.memberPorts().get(1))
                        // Its own uploads directory: the other system tests check that theirs is left empty.
                        .withEnvironment(Map.of("TSUNAGU_LEDGER_IMPORT_DIRECTORY", work.resolve("imports").toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Api(URI.create("http://127.0.0.1:" + node2.baseUri().getPort() + "/"));
    }

    private static long readyNodes(Api node) {
        Api.Reply reply = node.get("api/v1/operator/nodes", platform.operatorToken());
        if (reply.status() != 200) {
            return -1;
        }
        List<JsonObject> nodes = reply.json().getJsonArray("nodes").getValuesAs(JsonObject.class);
        Set<String> addresses = nodes.stream().map(n -> n.getString("address")).collect(Collectors.toSet());
        return addresses.size() == nodes.size() ? nodes.stream().filter(n -> n.containsKey("ready")
                && !n.isNull("ready") && n.getBoolean("ready")).count() : -1;
    }

    /**
     * Reads the import through node 1 until {@code until} holds for it, at most three minutes. From the list of the
     * instance's imports: its phase and progress, without the linkage counts that reading one import adds.
     */
    private JsonObject follow(String token, String disasterId, String batch, Predicate<JsonObject> until) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            JsonObject state = platform.api.get(ImportApi.imports(disasterId), token).array()
                    .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("id").equals(batch)).findFirst()
                    .orElseThrow();
            if (until.test(state)) {
                return state;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the import did not get where expected: " + state);
            }
            ImportApi.pause();
        }
    }

    private static String metrics() {
        return platform.api.send(platform.api.request("metrics", null).setHeader("Accept", "text/plain").GET()).body();
    }

    private long count(String sql, String batch) {
        return ledger.count(sql, batch);
    }

    /** Waits until the condition holds, asking every 20 ms; how long it took. */
    private static Duration awaitTrue(Duration limit, BooleanSupplier condition, String what) {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            if (Duration.between(start, Instant.now()).compareTo(limit) > 0) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what);
            }
            ImportApi.pause();
        }
        return Duration.between(start, Instant.now());
    }
}
