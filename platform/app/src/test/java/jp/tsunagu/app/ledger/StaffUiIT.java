package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;

/**
 * The staff UI in a real browser (Debian's Chromium, headless): a municipal staff member of 輪島市 logs in on
 * Keycloak's own pages with password and TOTP, chooses the disaster, finds a person, reads their entry and its source
 * records, and decides two reviews looking at both persons side by side; the decisions are then read back through the
 * API.
 */
class StaffUiIT extends PlatformIT {

    static StaffUiBrowser ui;
    static LedgerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = LedgerFixture.withAccounts("画面確認");
        ui = new StaffUiBrowser();
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void aStaffMemberLogsInSearchesReadsAPersonAndDecidesReviewsSideBySide() {
        WebDriver browser = ui.driver();
        SeededLedger ledger = fixture.ledger;
        Account staff = LedgerAccounts.get().staff();

        ui.open("");
        new Select(waitFor(By.id("prefecture"))).selectByValue("17");
        assertFalse(browser.findElement(By.id("nav")).isDisplayed(), "no menu before the login");
        browser.findElement(By.id("login")).click();
        ui.onKeycloak(staff);

        // The staff member holds grants in two instances: the run's 能登半島地震 and this test's own.
        Select disasters = new Select(waitFor(By.id("disaster")));
        disasters.selectByValue(ledger.disasterId());
        assertTrue(browser.findElement(By.id("nav")).isDisplayed());
        browser.findElement(By.id("choose-disaster")).click();

        // A birth date the API cannot read comes back as a problem, shown as a Japanese message.
        waitFor(By.id("birthDate")).sendKeys("そのうち");
        browser.findElement(By.id("search")).click();
        assertTrue(waitForText(By.id("notice"), "生年月日を読み取れません").isDisplayed());

        WebElement birthDate = browser.findElement(By.id("birthDate"));
        birthDate.clear();
        browser.findElement(By.id("name")).sendKeys("なかたに");
        browser.findElement(By.id("search")).click();
        waitForText(By.id("results"), "全2件中");
        List<String> found = browser.findElements(By.cssSelector("#persons tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-person-id")).sorted().toList();
        assertEquals(List.of(ledger.kenta(), ledger.shota()).stream().sorted().toList(), found, "both twins, by reading");
        assertTrue(browser.findElement(By.id("notice")).getText().isEmpty(), "the earlier message is gone");

        browser.findElement(By.cssSelector("#persons tr[data-person-id='" + ledger.shota() + "'] a")).click();
        waitForText(By.tagName("h1"), "中谷 翔太 さんの台帳");
        assertEquals("2012-07-14", browser.findElement(By.cssSelector("#items tr[data-item='birthDate'] td")).getText());
        assertTrue(browser.findElement(By.id("records")).getText().contains("juki-extract.csv（3行目）"),
                "the source record with its file and row");
        ui.screenshot("person.png");

        browser.findElement(By.cssSelector("[data-nav='reviews']")).click();
        waitForText(By.id("reviews"), "中谷 健太");
        assertEquals(List.of(ledger.twinReview(), ledger.hanakoReview()), browser.findElements(By.cssSelector("#reviews tbody tr"))
                .stream().map(row -> row.getDomAttribute("data-review-id")).toList(), "oldest first");

        // The twins: both sides and the evidence; a decision without a reason is not sent.
        browser.findElement(By.cssSelector("[data-open-review='" + ledger.twinReview() + "']")).click();
        WebElement comparison = waitFor(By.id("comparison"));
        assertEquals("中谷 健太", cells(comparison, "fullName").get(0));
        assertEquals("中谷 翔太", cells(comparison, "fullName").get(1));
        assertEquals("不一致", cells(comparison, "fullName").get(2));
        assertEquals("一致", cells(comparison, "birthDate").get(2));
        ui.screenshot("review.png");
        browser.findElement(By.id("different-persons")).click();
        assertTrue(waitForText(By.id("reason-error"), "理由を入力してください").isDisplayed());
        browser.findElement(By.id("reason")).sendKeys("双子の兄弟（画面で確認）");
        browser.findElement(By.id("different-persons")).click();
        waitForText(By.id("decision-result"), "別人として確定しました");

        browser.findElement(By.id("back-to-queue")).click();
        waitFor(By.cssSelector("[data-open-review='" + ledger.hanakoReview() + "']")).click();
        comparison = waitFor(By.id("comparison"));
        assertEquals("七尾市の長女宅", cells(comparison, "whereabouts").get(0));
        assertEquals("石川県輪島市河井町4部7", cells(comparison, "address").get(1));
        assertEquals("不一致", cells(comparison, "address").get(2));
        browser.findElement(By.id("reason")).sendKeys("七尾市の長女宅に避難していると本人に電話で確認");
        browser.findElement(By.id("same-person")).click();
        waitForText(By.id("decision-result"), "同一人物として統合しました");
        browser.findElement(By.id("back-to-queue")).click();
        waitFor(By.id("no-reviews"));
        assertSessionOnly(browser);

        // What the API stored.
        assertEquals(0, fixture.get(fixture.adminToken(), "reviews").json().getInt("total"));
        JsonObject closing = fixture.person(ledger.kenta()).getJsonObject("history").getJsonArray("links")
                .getValuesAs(JsonObject.class).getLast();
        assertEquals("CONFIRMED", closing.getString("decision"));
        assertEquals("双子の兄弟（画面で確認）", closing.getString("reason"));
        assertEquals(staff.username(), closing.getString("decidedBy"));
        JsonObject hanako = fixture.person(ledger.hanako());
        assertEquals(2, hanako.getJsonArray("records").size());
        JsonObject merged = hanako.getJsonObject("history").getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .filter(link -> link.getString("decision").equals("MERGED")).findFirst().orElseThrow();
        assertEquals("七尾市の長女宅に避難していると本人に電話で確認", merged.getString("reason"));
        assertEquals(staff.username(), merged.getString("decidedBy"));
        assertFalse(fixture.person(ledger.hanakoVisited()).getBoolean("active"));
    }

    @Test
    void theUiIsServedWithItsLoginSettingsAndStrictHeaders() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(platform.appUrl.resolve("ui/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"ja\">"));
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("connect-src 'self' http://127.0.0.1:" + System.getProperty("tsunagu.it.keycloak.port")),
                policy);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());

        // Before any login, without a token: where Keycloak is and which client to use, nothing of any tenant.
        Api.Reply settings = platform.api.get("api/v1/public/web-client", null);
        assertEquals(200, settings.status(), settings::toString);
        assertEquals("http://127.0.0.1:" + System.getProperty("tsunagu.it.keycloak.port"),
                settings.json().getString("keycloakUrl"));
        assertEquals("tsunagu-web", settings.json().getString("clientId"));
        assertEquals("pref-", settings.json().getString("realmPrefix"));
    }

    /** The tokens are in this tab's sessionStorage, never in localStorage. */
    private static void assertSessionOnly(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertEquals(0L, script.executeScript("return localStorage.length"));
        assertTrue((Boolean) script.executeScript("return sessionStorage.getItem('tsunagu.session') !== null"));
    }

    private static List<String> cells(WebElement table, String field) {
        return table.findElements(By.cssSelector("tr[data-field='" + field + "'] td")).stream().map(WebElement::getText).toList();
    }

    private static WebElement waitFor(By by) {
        return ui.waitFor(by);
    }

    private static WebElement waitForText(By by, String text) {
        return ui.waitForText(by, text);
    }
}
