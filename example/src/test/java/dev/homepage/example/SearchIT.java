package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search: the masthead's box (focused by "/") sends its query to the search page, which finds pages, papers, talks,
 * posts and news as the reader types, forgives typing mistakes, shows each result's kind, title and a snippet, and
 * keeps the query in its address; on a phone the box sits in the menu; it works under a sub-path too.
 */
class SearchIT extends ExampleInChromium {

    /** The WCAG relative luminance of a CSS rgb() or rgba() colour. */
    private static final String LUMINANCE = """
            const luminance = colour => {
                const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(Number).map(value => value / 255)
                    .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            """;
    private static final String GAP_AWARE_PAPER = "Gap-Aware Neural ODEs for Irregularly Sampled Environmental Time Series";

    @Test
    void onADesktopSlashFocusesTheMastheadBoxAndItsQueryOpensTheResults() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve("talks/"));

        driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement field = driver().switchTo().activeElement();
        assertThat(field.getDomAttribute("id")).isEqualTo("masthead-search-query");
        field.sendKeys("gap ode", Keys.ENTER);

        waitForResults();
        assertThat(driver().getCurrentUrl()).isEqualTo(site.home().resolve("search/?q=gap+ode").toString());
        WebElement paper = result(GAP_AWARE_PAPER);
        assertThat(paper.findElement(By.cssSelector(".search-result-kind")).getText()).isEqualTo("PAPER · 2024");
        assertThat(paper.findElements(By.cssSelector(".search-result-title mark"))).extracting(WebElement::getText)
                .contains("Gap", "ODE");
        assertThat(paper.findElement(By.cssSelector(".search-result-snippet")).getText()).containsIgnoringCase("ODE");
        assertThat(titles()).contains("Gap-Aware Neural ODEs", "Gap-aware neural ODEs accepted as a NeurIPS oral");
        assertThat(driver().findElement(By.cssSelector(".search-all")).isDisplayed()).as("the list of everything")
                .isFalse();

        paper.findElement(By.cssSelector(".search-result-title a")).click();
        wait(ExpectedConditions.titleContains("Gap-Aware"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(GAP_AWARE_PAPER);
    }

    @Test
    void resultsFollowTheTypingForgiveMistakesAndTheAddressKeepsTheQuery() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve("search/"));
        assertThat(driver().findElement(By.cssSelector(".search-all")).isDisplayed()).as("everything, before a query")
                .isTrue();

        WebElement field = driver().findElement(By.cssSelector(".search-form input[name=q]"));
        field.sendKeys("glacir meltwatr");

        waitForResults();
        assertThat(titles()).contains("Learning Where to Listen: Active Sensor Placement for Glacial Meltwater Monitoring");
        wait(ExpectedConditions.urlContains("q=glacir+meltwatr"));

        chromium.open(URI.create(driver().getCurrentUrl()));

        waitForResults();
        assertThat(driver().findElement(By.cssSelector(".search-form input[name=q]")).getDomProperty("value"))
                .isEqualTo("glacir meltwatr");

        field = driver().findElement(By.cssSelector(".search-form input[name=q]"));
        field.clear();
        field.sendKeys("zzqqxx");
        wait(ExpectedConditions.textToBe(By.cssSelector(".search-status"), "Nothing found for “zzqqxx”."));
        assertThat(driver().findElements(By.cssSelector(".search-result"))).isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void findsTalksPostsAndNewsWithTheirKind() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve("search/?q=solar"));

        waitForResults();
        assertThat(driver().findElements(By.cssSelector(".search-result-kind"))).extracting(WebElement::getText)
                .anyMatch(kind -> kind.startsWith("TALK ·")).anyMatch(kind -> kind.startsWith("PAPER ·"));
        chromium.open(site.home().resolve("search/?q=field+season"));
        waitForResults();
        assertThat(driver().findElements(By.cssSelector(".search-result-kind"))).extracting(WebElement::getText)
                .anyMatch(kind -> kind.startsWith("POST ·"));
    }

    @Test
    void onAPhoneTheSearchBoxIsInTheMenu() {
        chromium.resize(HeadlessChromium.PHONE);
        chromium.open(site.home());
        WebElement field = driver().findElement(By.cssSelector(".masthead-search input"));
        assertThat(field.isDisplayed()).as("the box of the closed menu").isFalse();

        driver().findElement(By.cssSelector(".nav-toggle")).click();

        wait(ExpectedConditions.visibilityOf(field));
        assertThat(field.getRect().getWidth()).as("the field's width").isGreaterThan(250);
        field.sendKeys("tiny forecasters", Keys.ENTER);
        waitForResults();
        assertThat(titles()).anyMatch(title -> title.startsWith("Tiny Forecasters"));
        Long scrollWidth = (Long) chromium.script("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("page width at 375px").isLessThanOrEqualTo(375L);
    }

    @Test
    void inDarkModeTheFieldAndTheResultsReadLightOnDark() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.emulateColorScheme("dark");
        try {
            chromium.open(site.home().resolve("search/?q=gap+ode"));
            waitForResults();

            assertThat(contrast(".search-form input[name=q]")).as("the field's text").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(".search-result-title a")).as("a result's title").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(".search-result-title mark")).as("a word found").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(".search-result-snippet")).as("a snippet").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(".search-result-kind")).as("a result's kind").isGreaterThanOrEqualTo(4.5);
            assertThat((Boolean) chromium.script(DARK_PAGE)).as("the page's background is dark").isTrue();
        } finally {
            chromium.emulateColorScheme("light");
        }
    }

    @Test
    void underASubPathTheIndexLoadsAndResultsLeadIntoTheSubPath() throws IOException {
        try (StaticSite subPath = ExampleSite.UNDER_SUB_PATH.serve()) {
            chromium.resize(HeadlessChromium.DESKTOP);
            chromium.open(subPath.home().resolve("search/?q=gap+ode"));

            waitForResults();
            assertThat(result(GAP_AWARE_PAPER).findElement(By.cssSelector(".search-result-title a"))
                    .getDomAttribute("href")).startsWith("/homepage-sub/");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    /** Whether the body's background is dark: its relative luminance below 0.2. */
    private static final String DARK_PAGE = LUMINANCE + """
            return luminance(getComputedStyle(document.body).backgroundColor) < 0.2;""";

    /**
     * The WCAG contrast ratio between the first element's text colour and the background it is drawn on (its own,
     * or the nearest ancestor's that is not transparent).
     */
    private double contrast(String selector) {
        return ((Number) chromium.script(LUMINANCE + """
                let element = document.querySelector(arguments[0]);
                const text = luminance(getComputedStyle(element).color);
                let background = 'rgba(0, 0, 0, 0)';
                for (; element && background.startsWith('rgba') && background.endsWith(', 0)'); element = element.parentElement) {
                    background = getComputedStyle(element).backgroundColor;
                }
                const [light, dark] = [text, luminance(background)].sort((a, b) => b - a);
                return (light + 0.05) / (dark + 0.05);""", selector)).doubleValue();
    }

    private void waitForResults() {
        new WebDriverWait(driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-result")));
    }

    private List<String> titles() {
        return driver().findElements(By.cssSelector(".search-result-title")).stream().map(WebElement::getText)
                .toList();
    }

    private WebElement result(String title) {
        return driver().findElements(By.cssSelector(".search-result")).stream()
                .filter(result -> result.findElement(By.cssSelector(".search-result-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("No result titled " + title + " among " + titles()));
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(condition);
    }

    private WebDriver driver() {
        return chromium.driver();
    }
}
