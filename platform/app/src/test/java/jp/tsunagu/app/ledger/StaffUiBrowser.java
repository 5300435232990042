package jp.tsunagu.app.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagu.app.it.HeadlessChromium;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.Platform;

/**
 * The staff UI in headless Chromium, for the UI's system tests: Keycloak's real login pages (username, password,
 * TOTP), waits on the page, and screenshots under target/staff-ui for a person to look at (tests assert on the page,
 * not on pictures).
 */
final class StaffUiBrowser implements AutoCloseable {

    private final Platform platform = Platform.get();
    private final HeadlessChromium chromium = HeadlessChromium.start();

    WebDriver driver() {
        return chromium.driver();
    }

    /** Where the browser saves downloads. */
    Path downloads() {
        return chromium.downloads();
    }

    /** The UI's page, e.g. {@code ""} or {@code "#/persons/<id>"}, loaded afresh (the tab's session stays). */
    void open(String route) {
        driver().get(platform.appUrl.resolve("ui/").toString() + route);
    }

    /** Logs in as {@code account}, starting at the login screen, and chooses the disaster instance. */
    void logIn(Account account, String disasterId) {
        open("");
        new Select(waitFor(By.id("prefecture"))).selectByValue("17");
        driver().findElement(By.id("login")).click();
        onKeycloak(account);
        new Select(waitFor(By.id("disaster"))).selectByValue(disasterId);
        driver().findElement(By.id("choose-disaster")).click();
        waitFor(By.id("search-form"));
    }

    /** Keycloak's pages: the username (Organizations ask it first), the password, then the TOTP code. */
    void onKeycloak(Account account) {
        WebDriver browser = driver();
        String app = platform.appUrl.resolve("ui/").toString();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        for (int page = 0; page < 6 && !browser.getCurrentUrl().startsWith(app); page++) {
            WebElement field = wait.until(any(By.name("otp"), By.name("password"), By.name("username"), By.id("disaster")));
            if ("disaster".equals(field.getDomAttribute("id"))) {
                return;
            }
            String name = field.getDomAttribute("name");
            if (name.equals("otp")) {
                field.sendKeys(platform.freshCode(account), Keys.ENTER);
            } else if (name.equals("password")) {
                browser.findElements(By.name("username")).stream().filter(WebElement::isDisplayed).findFirst()
                        .ifPresent(username -> username.sendKeys(account.username()));
                field.sendKeys(account.password(), Keys.ENTER);
            } else {
                field.sendKeys(account.username(), Keys.ENTER);
            }
            wait.until(ExpectedConditions.stalenessOf(field));
        }
    }

    private static Function<WebDriver, WebElement> any(By... choices) {
        return driver -> {
            for (By choice : choices) {
                for (WebElement element : driver.findElements(choice)) {
                    if (element.isDisplayed()) {
                        return element;
                    }
                }
            }
            return null;
        };
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForText(By by, String text) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver().findElement(by);
    }

    void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of(System.getProperty("tsunagu.it.work"), "staff-ui"));
            Files.write(directory.resolve(name), ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
    }
}
