package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;

/**
 * The ledger's changes in the staff UI, in a real browser against the real stack: a 輪島市 staff member undoes a merge
 * (a reason is required, a merge a later one builds on waits for it, and both persons are back), records a correction
 * that becomes the derived value traced to it, and downloads the ledger export in Shift_JIS and UTF-8. Logged in once
 * on Keycloak's pages; each test opens its page afresh in the same tab. Last, a host municipality's staff member, who
 * may read and export but not decide, logs in and gets neither the correction form nor the undo.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffUiLedgerChangesIT extends PlatformIT {

    static StaffUiBrowser ui;
    static LedgerFixture fixture;
    static Account staff;

    @BeforeAll
    static void start() {
        fixture = LedgerFixture.withAccounts("画面で変更");
        staff = LedgerAccounts.get().staff();
        ui = new StaffUiBrowser();
        ui.logIn(staff, fixture.ledger.disasterId());
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    @Order(1)
    void undoingAMergeNeedsAReasonWaitsForTheLaterMergeAndShowsBothPersonsAgain() {
        SeededLedger ledger = fixture.ledger;
        String admin = fixture.adminToken();
        // The visited 花子 is merged into the registered one (her review), then 花子 by mistake into 髙橋 一郎.
        Api.Reply decided = fixture.post(admin, "reviews/" + ledger.hanakoReview() + "/decision", Json.createObjectBuilder()
                .add("decision", "same-person").add("reason", "本人に電話で確認").build());
        assertEquals(200, decided.status(), decided::toString);
        String visitMerge = decided.json().getString("mergeId");
        Api.Reply mistaken = fixture.post(admin, "merges", Json.createObjectBuilder().add("survivor", ledger.ichiro())
                .add("absorbed", ledger.hanako()).add("reason", "世帯の確認中に取り違えた").build());
        assertEquals(201, mistaken.status(), mistaken::toString);
        String mistake = mistaken.json().getString("id");

        ui.open("#/persons/" + ledger.hanako());
        WebElement merges = ui.waitFor(By.id("merges"));
        assertTrue(ui.driver().findElement(By.tagName("main")).getText().contains("この人は名寄せで別の人に統合されています"));
        assertTrue(row(merges, mistake).getText().contains("山口 花子 さん を 髙橋 一郎 さん に統合"), row(merges, mistake).getText());
        assertTrue(row(merges, mistake).getText().contains("世帯の確認中に取り違えた"), "why, as decided");

        // Without a reason nothing is sent.
        ui.driver().findElement(By.cssSelector("[data-undo-merge='" + visitMerge + "']")).click();
        ui.waitFor(By.id("undo-reason"));
        ui.driver().findElement(By.id("undo-confirm")).click();
        WebElement error = ui.waitForText(By.id("undo-error"), "取り消す理由を入力してください");
        assertEquals("alert", error.getDomAttribute("role"));
        assertEquals("true", ui.driver().findElement(By.id("undo-reason")).getDomAttribute("aria-invalid"));

        // The visit's merge is what the mistaken one built on: the API's 409 names it, the screen says so in Japanese.
        ui.driver().findElement(By.id("undo-reason")).sendKeys("訪問記録の統合を見直す");
        ui.driver().findElement(By.id("undo-confirm")).click();
        ui.waitForText(By.id("undo-error"), "まだ取り消せません");
        WebElement first = ui.waitFor(By.cssSelector("#undo-first li[data-merge-id='" + mistake + "']"));
        assertTrue(first.getText().contains("山口 花子 さん を 髙橋 一郎 さん に統合"), first.getText());
        assertFalse(fixture.get(admin, "merges/" + visitMerge).json().containsKey("undoneAt"), "the refusal changed nothing");
        ui.screenshot("undo-refused.png");

        // Undo the later (mistaken) merge first, from the message.
        first.findElement(By.tagName("button")).click();
        ui.waitForText(By.id("undo-target"), "髙橋 一郎 さん に統合");
        ui.driver().findElement(By.id("undo-reason")).sendKeys("別人と確認（画面で取り消し）");
        ui.driver().findElement(By.id("undo-confirm")).click();
        ui.waitForText(By.id("change-result"), "統合を取り消しました");
        ui.waitForText(By.tagName("h1"), "山口 花子 さんの台帳");
        assertEquals("髙橋 一郎 さん", ui.driver().findElement(By.id("undo-survivor")).getText());
        assertEquals("山口 花子 さん", ui.driver().findElement(By.id("undo-restored")).getText());
        assertEquals(2, ui.driver().findElements(By.cssSelector("#records article")).size(), "her register record and the visit");
        assertTrue(row(ui.driver().findElement(By.id("merges")), mistake).getText().contains("取り消し済み"));
        ui.screenshot("undone.png");

        ui.driver().findElement(By.id("undo-survivor")).click();
        ui.waitForText(By.tagName("h1"), "髙橋 一郎 さんの台帳");
        String records = ui.waitFor(By.id("records")).getText();
        assertEquals(2, ui.driver().findElements(By.cssSelector("#records article")).size(), "the register's and the roster's");
        assertFalse(records.contains("山口 花子"), records);

        // What the API stored: the undoing with who and why; the visit's merge still stands.
        JsonObject undone = fixture.get(admin, "merges/" + mistake).json();
        assertEquals(staff.username(), undone.getString("undoneBy"));
        assertEquals("別人と確認（画面で取り消し）", undone.getString("undoReason"));
        assertTrue(fixture.person(ledger.hanako()).getBoolean("active"));
        assertFalse(fixture.get(admin, "merges/" + visitMerge).json().containsKey("undoneAt"), "the visit's merge stands");
    }

    @Test
    @Order(2)
    void aCorrectionBecomesTheDerivedValueTracedToItsRecord() {
        String yoshida = fixture.ledger.yoshida();
        ui.open("#/persons/" + yoshida);
        ui.waitForText(By.tagName("h1"), "𠮷田 大輔 さんの台帳");
        assertEquals("一部損壊", ui.driver().findElement(By.cssSelector("#items tr[data-item='damageGrade'] td")).getText());

        // A value an import would refuse is refused here too, in Japanese, next to the form.
        new Select(ui.driver().findElement(By.id("correction-item"))).selectByValue("birthDate");
        ui.driver().findElement(By.id("correction-value")).sendKeys("そのうち");
        ui.driver().findElement(By.id("correction-reason")).sendKeys("本人の申告");
        ui.driver().findElement(By.id("correct")).click();
        assertEquals("alert", ui.waitForText(By.id("correction-error"), "生年月日を読み取れません").getDomAttribute("role"));

        new Select(ui.driver().findElement(By.id("correction-item"))).selectByValue("damageGrade");
        ui.waitForText(By.id("correction-value-hint"), "現在の値: 一部損壊");
        WebElement value = ui.driver().findElement(By.id("correction-value"));
        value.clear();
        value.sendKeys("半壊");
        WebElement reason = ui.driver().findElement(By.id("correction-reason"));
        reason.clear();
        reason.sendKeys("住家被害認定調査の結果（画面で訂正）");
        ui.driver().findElement(By.id("correct")).click();
        ui.waitForText(By.id("change-result"), "「住家の被害の状況」の訂正を記録しました");

        JsonObject item = fixture.person(yoshida).getJsonObject("items").getJsonObject("damageGrade");
        assertEquals("HALF_COLLAPSE", item.getString("value"));
        assertEquals("STAFF_CORRECTION", item.getString("rule"));
        String correction = LedgerFixture.strings(item.getJsonArray("sources")).getFirst();

        List<WebElement> cells = ui.driver().findElements(By.cssSelector("#items tr[data-item='damageGrade'] td"));
        assertEquals("半壊", cells.get(0).getText());
        assertEquals("記録" + correction.substring(0, 8) + "（職員修正）", cells.get(1).getText());
        assertTrue(ui.driver().findElement(By.id("change-result")).getText().contains("記録" + correction.substring(0, 8)));
        WebElement record = ui.driver().findElement(By.id("record-" + correction));
        assertTrue(record.getText().contains("職員修正"), record.getText());
        assertTrue(record.getText().contains(staff.username()), "who recorded it");
        ui.screenshot("corrected.png");
    }

    @Test
    @Order(3)
    void theLedgerExportDownloadsTheStandardCsvInShiftJisAndUtf8() throws IOException {
        ui.open("#/export");
        ui.waitFor(By.cssSelector("[data-nav='export']"));
        ui.waitFor(By.id("export-form"));
        ui.driver().findElement(By.id("export")).click();
        assertEquals("alert", ui.waitForText(By.id("export-error"), "利用目的を入力してください").getDomAttribute("role"));

        ui.driver().findElement(By.id("export-purpose")).sendKeys("被災者生活再建支援金の支給事務（画面から）");
        ui.driver().findElement(By.id("encoding-shift_jis")).click();
        ui.driver().findElement(By.id("export")).click();
        CsvDownload shiftJis = downloaded("ledger-" + fixture.ledger.disasterId() + "-shift_jis.csv");
        assertFalse(shiftJis.startsWithUtf8Bom());
        List<List<String>> rows = shiftJis.rows(Charset.forName("windows-31j"));
        assertEquals(ExportIT.STANDARD_HEADERS, rows.getFirst());
        assertTrue(rows.stream().anyMatch(row -> row.contains("中谷 翔太")), "names in Windows-31J");
        assertTrue(rows.stream().anyMatch(row -> row.contains("〓田 大輔")), "𠮷 is outside Windows-31J: 〓, visibly");

        ui.driver().findElement(By.id("encoding-utf-8")).click();
        ui.driver().findElement(By.id("export")).click();
        CsvDownload utf8 = downloaded("ledger-" + fixture.ledger.disasterId() + "-utf-8.csv");
        assertTrue(utf8.startsWithUtf8Bom());
        rows = utf8.rows(StandardCharsets.UTF_8);
        assertEquals(ExportIT.STANDARD_HEADERS, rows.getFirst());
        assertTrue(rows.stream().anyMatch(row -> row.contains("𠮷田 大輔")), "every character kept");
        ui.waitForText(By.id("status"), "台帳を書き出しました");
    }

    @Test
    @Order(4)
    void aHostMunicipalityReadsAndExportsButIsOfferedNoCorrectionNorUndo() {
        SeededLedger ledger = fixture.ledger;
        String admin = fixture.adminToken();
        Api.Reply merged = fixture.post(admin, "merges", Json.createObjectBuilder().add("survivor", ledger.shota())
                .add("absorbed", ledger.kenta()).add("reason", "同一人物（試験）").build());
        assertEquals(201, merged.status(), merged::toString);
        fixture.moveTo(ledger.shota(), "hotel", "金沢市のホテル", LedgerAccounts.KANAZAWA);

        ui.driver().findElement(By.id("logout")).click();
        ui.waitFor(By.id("prefecture"));
        ui.logIn(LedgerAccounts.get().host(), ledger.disasterId());
        ui.open("#/persons/" + ledger.shota());
        ui.waitForText(By.tagName("h1"), "中谷 翔太 さんの台帳");
        assertTrue(ui.waitFor(By.id("merges")).getText().contains("同一人物（試験）"), "the host reads the merge history");
        assertTrue(ui.driver().findElements(By.cssSelector("[data-undo-merge]")).isEmpty(), "no undo for a host");
        assertTrue(ui.driver().findElements(By.id("correction")).isEmpty(), "no correction form for a host");
        assertTrue(ui.driver().findElement(By.cssSelector("[data-nav='export']")).isDisplayed(), "a host may export");
    }

    private static WebElement row(WebElement table, String mergeId) {
        return table.findElement(By.cssSelector("tr[data-merge-id='" + mergeId + "']"));
    }

    /** The file once Chromium has finished writing it into its download directory. */
    private static CsvDownload downloaded(String name) {
        Path file = ui.downloads().resolve(name);
        new WebDriverWait(ui.driver(), Duration.ofSeconds(30)).until(driver -> Files.isRegularFile(file)
                && !Files.exists(ui.downloads().resolve(name + ".crdownload")));
        try {
            return new CsvDownload(200, "text/csv", Files.readAllBytes(file), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
