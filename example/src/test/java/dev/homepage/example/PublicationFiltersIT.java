package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The publications page's filters, at desktop and phone width: a choice shows only the papers that match it, its
 * year headings with them, and stays in the address, so that an address with a choice opens filtered.
 */
class PublicationFiltersIT extends ExampleInChromium {

    private static final String ALL_PAPERS = "return document.querySelectorAll('main .paper').length;";

    @Test
    void onADesktopATypeAndAYearShowOnlyTheirPapersAndTheAddressKeepsThem() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve("publications/"));
        assertThat(visibleTitles()).hasSize(paperCount());

        select("type", "Conference papers");

        assertThat(visibleTitles()).containsExactly("Gap-Aware Neural ODEs for Irregularly Sampled Environmental Time Series",
                "Tiny Forecasters: On-Device Uncertainty for Solar-Powered Sensor Nodes",
                "Learning Where to Listen: Active Sensor Placement for Glacial Meltwater Monitoring");
        assertThat(driver().getCurrentUrl()).endsWith("/publications/?type=conference");
        assertThat(visibleHeadings()).containsExactly("2024", "2023");

        select("year", "2024");

        assertThat(visibleTitles()).hasSize(2);
        assertThat(visibleHeadings()).containsExactly("2024");
        assertThat(driver().getCurrentUrl()).endsWith("?type=conference&year=2024");
        assertThat(driver().findElement(By.cssSelector(".paper-filters-count")).getText())
                .isEqualTo("Showing 2 of " + paperCount() + " papers.");

        driver().findElement(By.cssSelector(".paper-filters-reset")).click();

        new WebDriverWait(driver(), Duration.ofSeconds(3)).until(driver -> visibleTitles().size() == paperCount());
        assertThat(driver().getCurrentUrl()).endsWith("/publications/");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void anAddressWithFiltersOpensFilteredByTopicAndFirstAuthorship() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve("publications/?topic=time+series&first-author=yes"));

        assertThat(new Select(driver().findElement(By.name("topic"))).getFirstSelectedOption().getText())
                .isEqualTo("time series");
        assertThat(driver().findElement(By.name("first-author")).isSelected()).isTrue();
        assertThat(visibleTitles()).containsExactly(
                "Gap-Aware Neural ODEs for Irregularly Sampled Environmental Time Series",
                "Snowmelt Onset Detection from Sparse Temperature Loggers with Gaussian Processes");

        chromium.open(site.home().resolve("publications/?type=preprint"));

        assertThat(visibleTitles()).containsExactly("Calibrated Imputation for Long Gaps in Streamflow Records");
    }

    @Test
    void onAPhoneTheFiltersFitTheScreenAndWork() {
        chromium.resize(HeadlessChromium.PHONE);
        chromium.open(site.home().resolve("publications/"));
        WebElement filters = driver().findElement(By.cssSelector(".paper-filters"));
        assertThat(filters.isDisplayed()).isTrue();
        assertThat(filters.getRect().getX() + filters.getRect().getWidth()).as("right edge of the filters")
                .isLessThanOrEqualTo(375);

        driver().findElement(By.name("first-author")).click();

        assertThat(visibleTitles()).isNotEmpty().hasSizeLessThan(paperCount())
                .allMatch(title -> paper(title).getDomAttribute("data-first-author") != null);
        assertThat(driver().getCurrentUrl()).endsWith("?first-author=yes");
        Long scrollWidth = (Long) chromium.script("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("page width at 375px").isLessThanOrEqualTo(375L);
    }

    private void select(String name, String text) {
        new Select(driver().findElement(By.name(name))).selectByVisibleText(text);
        new WebDriverWait(driver(), Duration.ofSeconds(3)).until(ExpectedConditions.urlContains(name + "="));
    }

    private int paperCount() {
        return ((Long) chromium.script(ALL_PAPERS)).intValue();
    }

    private List<String> visibleTitles() {
        return driver().findElements(By.cssSelector("main .paper")).stream().filter(WebElement::isDisplayed)
                .map(paper -> paper.findElement(By.cssSelector(".paper-title")).getText()).toList();
    }

    private List<String> visibleHeadings() {
        return driver().findElements(By.cssSelector("main .year-heading")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    private WebElement paper(String title) {
        return driver().findElements(By.cssSelector("main .paper")).stream()
                .filter(paper -> paper.findElement(By.cssSelector(".paper-title")).getText().equals(title))
                .findFirst().orElseThrow();
    }

    private WebDriver driver() {
        return chromium.driver();
    }
}
