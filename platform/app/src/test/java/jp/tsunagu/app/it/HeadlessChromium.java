package jp.tsunagu.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both from {@code apt-get install chromium
 * chromium-driver}, which the first browser test runs itself on a machine without them when it may (as root, or with
 * sudo that asks no password), so that {@code ./mvnw verify} works on a fresh Debian machine. Never a downloaded browser
 * (the network is closed), and no background traffic of Chromium's own, which this network refuses. A fresh profile
 * per browser, and a download directory of its own.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser; fails, naming the packages, when Chromium or chromedriver is not installed and cannot be. */
    public static HeadlessChromium start() {
        installIfMissing();
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium at " + CHROMIUM + " and chromedriver at "
                    + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run installs them when missing)");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            // Downloads go to the directory without asking, a page may start more than one (the staff UI saves files
            // it fetched with the token from a blob, after the click's user activation may have passed).
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "profile.default_content_setting_values.automatic_downloads", 1));
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                    "--lang=ja", "--window-size=1366,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            return new HeadlessChromium(profile, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean installTried;

    /** Installs the two Debian packages once per test run when they are missing and apt-get may be run. */
    private static synchronized void installIfMissing() {
        if (installTried || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            return;
        }
        installTried = true;
        String install = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver";
        String command = "root".equals(System.getProperty("user.name")) ? install
                : "sudo -n true 2>/dev/null && sudo -n sh -c '" + install + "'";
        try {
            Process process = new ProcessBuilder("sh", "-c", command + " </dev/null").inheritIO().start();
            process.waitFor();
        } catch (IOException e) {
            // No shell: the check after this names the packages to install.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Where this browser saves downloads. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in target/ is harmless; the next clean removes it.
        }
    }
}
