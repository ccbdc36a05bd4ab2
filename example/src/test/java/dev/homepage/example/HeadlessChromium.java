package dev.homepage.example;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven headless through its chromedriver, both named explicitly so that Selenium Manager never
 * looks for (or downloads) a browser. The paths come from the system properties {@code chromium.binary} and
 * {@code chromedriver.binary}, set by the example's pom.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(375, 812);

    private static final Pattern AUTOMATIC_FAVICON_REQUEST = Pattern.compile("https?://[^/\\s]+/favicon\\.ico ");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium.binary").toFile());
        options.addArguments(
                "--headless=new",
                // CI containers run as root, where Chromium's sandbox cannot start; the pages loaded are our own.
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("chromedriver.binary").toFile())
                .usingAnyFreePort()
                .build();
        HeadlessChromium chromium = new HeadlessChromium(new ChromeDriver(service, options));
        chromium.resize(DESKTOP);
        return chromium;
    }

    private static Path executable(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isExecutable(Path.of(value))) {
            throw new IllegalStateException("The browser tests need Chromium and chromedriver, and " + property + " = "
                    + value + " is no executable: install them with `sudo apt-get install -y chromium chromium-driver`,"
                    + " or point -D" + property + "= at them");
        }
        return Path.of(value);
    }

    WebDriver driver() {
        return driver;
    }

    /** Loads the page and waits for its load event. */
    void open(URI page) {
        driver.get(page.toString());
    }

    /** Sets the viewport's size: with headless Chromium the window is all viewport. */
    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /**
     * The errors the console received since the last call: script errors, failed loads, CSP violations... All but
     * the miss of {@code /favicon.ico}, which Chromium asks every host for on its own when a page names no icon.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !AUTOMATIC_FAVICON_REQUEST.matcher(message).lookingAt())
                .toList();
    }

    /** Makes {@code prefers-color-scheme} answer "light" or "dark", as a system setting would. */
    void emulateColorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Forgets what pages stored, such as a chosen theme. */
    void clearStorage() {
        script("window.localStorage.clear();");
    }

    /** Saves the whole page, not only what the viewport shows, as a PNG. */
    void screenshot(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
