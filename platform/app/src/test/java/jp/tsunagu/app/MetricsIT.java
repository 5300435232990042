package jp.tsunagu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** An existing Prometheus can watch each tenant: requests and latency by tenant and outcome, and nothing personal. */
class MetricsIT extends PlatformIT {

    @Test
    void requestsAreCountedAndTimedPerTenantWithoutPersonalData() {
        String admin = platform.adminToken(PrefectureCode.of(17));
        platform.api.get("api/v1/disasters", admin);
        platform.api.get("api/v1/disasters/00000000-0000-0000-0000-000000000000", admin);

        Api.Reply metrics = platform.api.send(platform.api.request("metrics", null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, metrics.status(), metrics::toString);
        List<String> tenant17 = metrics.body().lines()
                .filter(line -> line.startsWith("tsunagu_requests_total{") && line.contains("tenant=\"17\""))
                .toList();
        assertTrue(tenant17.stream().anyMatch(line -> line.contains("outcome=\"success\"")), metrics.body());
        assertTrue(tenant17.stream().anyMatch(line -> line.contains("outcome=\"client_error\"")), metrics.body());
        assertTrue(metrics.body().lines().anyMatch(line -> line.startsWith("tsunagu_request_seconds")
                && line.contains("tenant=\"17\"")), "latency per tenant");
        assertFalse(metrics.body().contains("admin17"), "no user names in metrics");
        assertFalse(metrics.body().contains("令和6年"), "no tenant data in metrics");
    }
}
