package jp.tsunagu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * National operators get a usage report per tenant for a period, with the fee computed by the formula the system
 * tests configure ({@code 1200000 + 12 * persons + 1000 * activeDays}): figures only.
 */
class UsageReportIT extends PlatformIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Test
    void aTenantWithAnActiveInstanceHasDaysInUseAccountsAndAFeeFromTheFormula() {
        platform.noto();
        Api.Reply reply = platform.api.get("api/v1/operator/usage?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY,
                platform.operatorToken());
        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.json();
        assertEquals("1200000 + 12 * persons + 1000 * activeDays", report.getString("feeFormula"));
        List<JsonObject> tenants = report.getJsonArray("tenants").getValuesAs(JsonObject.class);
        assertEquals(47, tenants.size());
        JsonObject ishikawa = tenants.stream().filter(t -> t.getString("prefectureCode").equals("17")).findFirst().orElseThrow();
        assertEquals(1, ishikawa.getInt("activeDays"), "switched on today: one day in use this month so far");
        assertTrue(ishikawa.getInt("disasterInstances") >= 1);
        long persons = ishikawa.getJsonNumber("persons").longValue();
        assertEquals(1_200_000 + 12 * persons + 1000, ishikawa.getJsonNumber("fee").longValue());
        JsonObject dormant = tenants.stream().filter(t -> t.getString("prefectureCode").equals("47")).findFirst().orElseThrow();
        assertEquals(0, dormant.getInt("activeDays"));
        assertEquals(1_200_000, dormant.getJsonNumber("fee").longValue());
        tenants.forEach(t -> assertEquals(Set.of("prefectureCode", "prefectureName", "activeDays", "disasterInstances",
                "accounts", "persons", "fee"), t.keySet(), "figures only"));
    }

    @Test
    void aPeriodBeforeAnyInstanceWasSwitchedOnHasNoDaysInUse() {
        platform.noto();
        Api.Reply reply = platform.api.get("api/v1/operator/usage?from=2020-01-01&to=2020-01-31", platform.operatorToken());
        assertEquals(200, reply.status(), reply::toString);
        reply.json().getJsonArray("tenants").getValuesAs(JsonObject.class)
                .forEach(t -> assertEquals(0, t.getInt("activeDays"), t::toString));
    }

    @Test
    void theReportDownloadsAsCsvForTheBillingSpreadsheet() {
        Api.Reply reply = platform.api.get("api/v1/operator/usage?from=" + TODAY + "&to=" + TODAY + "&format=csv",
                platform.operatorToken());
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        List<String> lines = reply.body().lines().toList();
        assertEquals(48, lines.size(), "a header and one row per prefecture");
        assertTrue(lines.get(0).contains("利用料（円）"), lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("17,石川県,")), reply.body());
    }

    @Test
    void badPeriodsAreProblemsAndOnlyOperatorsMayAsk() {
        String operator = platform.operatorToken();
        Api.Reply missing = platform.api.get("api/v1/operator/usage?from=2024-01-01", operator);
        assertEquals(400, missing.status());
        assertEquals("to", missing.json().getString("field"));
        assertEquals(400, platform.api.get("api/v1/operator/usage?from=2024-02-01&to=2024-01-01", operator).status());
        assertEquals(400, platform.api.get("api/v1/operator/usage?from=2024-01-01&to=2025-06-01", operator).status());
        assertEquals(403, platform.api.get("api/v1/operator/usage?from=2024-01-01&to=2024-01-31",
                platform.adminToken(PrefectureCode.of(17))).status());
        assertFalse(platform.api.get("api/v1/operator/usage?from=2024-01-01&to=2024-01-31", null).status() == 200);
    }
}
