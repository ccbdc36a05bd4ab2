package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The author profile and the navigation are there and work, on a desktop and on a phone. */
class NavigationIT extends ExampleInChromium {

    @Test
    void onADesktopTheProfileAndEveryNavigationLinkShowAndTheLinksLeadToTheirPages() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home());

        assertProfileShows();
        assertThat(driver().findElement(By.cssSelector(".nav-toggle")).isDisplayed()).as("menu button").isFalse();
        assertThat(driver().findElements(By.cssSelector(".site-nav a")))
                .extracting(WebElement::getText)
                .containsExactly("About", "Publications", "Talks", "Teaching", "News", "CV");
        assertThat(driver().findElements(By.cssSelector(".site-nav a"))).allMatch(WebElement::isDisplayed);

        followNavigationLink("Talks", site.home().resolve("talks/"));
    }

    @Test
    void onAPhoneTheMenuButtonOpensTheMenuAndItsLinksLeadToTheirPages() {
        chromium.resize(HeadlessChromium.PHONE);
        chromium.open(site.home());
        WebElement toggle = driver().findElement(By.cssSelector(".nav-toggle"));
        WebElement publications = navigationLink("Publications");

        assertProfileShows();
        assertThat(toggle.isDisplayed()).as("menu button").isTrue();
        assertThat(publications.isDisplayed()).as("link of the closed menu").isFalse();

        toggle.click();

        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        wait(ExpectedConditions.visibilityOf(publications));
        followNavigationLink("Publications", site.home().resolve("publications/"));
        assertThat(navigationLink("CV").isDisplayed()).as("menu closed on the new page").isFalse();
    }

    @Test
    void onAPhoneTheProfileIsCompactAndItsButtonUnfoldsTheDetailsAndLinks() {
        chromium.resize(HeadlessChromium.PHONE);
        chromium.open(site.home());
        WebElement profile = driver().findElement(By.cssSelector(".author-profile"));
        WebElement toggle = profile.findElement(By.cssSelector(".profile-toggle"));
        WebElement links = profile.findElement(By.cssSelector(".author-links"));

        // Photo, name and the button: the page's own text starts close to the top (it took 340-490 px unfolded).
        assertThat(profile.getRect().getHeight()).as("folded profile height on a phone").isLessThanOrEqualTo(150);
        assertThat(toggle.isDisplayed()).as("profile button").isTrue();
        assertThat(links.isDisplayed()).as("links of the folded profile").isFalse();

        toggle.click();

        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        wait(ExpectedConditions.visibilityOf(links));
        assertThat(profile.findElement(By.cssSelector(".author-bio")).isDisplayed()).as("bio").isTrue();
        assertThat(profile.getRect().getHeight()).as("unfolded profile").isGreaterThan(150);
    }

    @Test
    void onADesktopTheProfileShowsWholeWithoutItsButton() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home());

        assertThat(driver().findElement(By.cssSelector(".profile-toggle")).isDisplayed()).as("profile button")
                .isFalse();
        assertThat(driver().findElement(By.cssSelector(".author-links")).isDisplayed()).as("links").isTrue();
    }

    @Test
    void keyboardFocusIsVisible() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home());

        driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver().switchTo().activeElement();

        assertThat(focused.getDomAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.isDisplayed()).as("the skip link shows when focused").isTrue();
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(focused.getCssValue("outline-width")).isNotEqualTo("0px");
    }

    @Test
    void anOldAddressOfRedirectFromLeadsToItsPage() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve("resume/"));

        wait(ExpectedConditions.urlToBe(site.home().resolve("cv/").toString()));
        // The address changes when the new page starts loading, before its heading is parsed.
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
        assertThat(driver().findElement(By.cssSelector("h1")).getText()).isEqualTo("CV");
    }

    private void assertProfileShows() {
        WebElement profile = driver().findElement(By.cssSelector(".author-profile"));
        assertThat(profile.isDisplayed()).as("author profile").isTrue();
        assertThat(profile.findElement(By.cssSelector(".author-name")).getText()).isEqualTo("Tessa Halvorsen");
        WebElement avatar = profile.findElement(By.cssSelector(".author-avatar"));
        assertThat(chromium.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", avatar))
                .as("avatar loaded").isEqualTo(true);
        assertThat(profile.findElement(By.cssSelector(".author-email a")).getDomAttribute("href"))
                .isEqualTo("mailto:tessa.halvorsen@example.org");
    }

    private void followNavigationLink(String title, URI page) {
        navigationLink(title).click();

        wait(ExpectedConditions.urlToBe(page.toString()));
        assertThat(navigationLink(title).getDomAttribute("aria-current")).isEqualTo("page");
    }

    /** Found by its text even while the menu hides it, when Selenium's link text would be empty. */
    private WebElement navigationLink(String title) {
        return driver().findElements(By.cssSelector(".site-nav a")).stream()
                .filter(link -> title.equals(link.getDomProperty("textContent")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No navigation link reads " + title));
    }

    private void wait(ExpectedCondition<?> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(condition);
    }

    private WebDriver driver() {
        return chromium.driver();
    }
}
