package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The colour scheme follows the system until the reader picks one with the masthead's theme button; the choice is
 * kept in {@code localStorage} under {@code homepage-theme} and pinned as {@code data-theme} on {@code <html>}.
 */
class DarkModeIT extends ExampleInChromium {

    private static final String STORED_THEME = "return window.localStorage.getItem('homepage-theme');";
    private static final String PINNED_THEME = "return document.documentElement.dataset.theme;";
    private static final String BACKGROUND = "return getComputedStyle(document.body).backgroundColor;";
    /** The perceived brightness of the body's background, from 0 (black) to 1 (white). */
    private static final String BACKGROUND_BRIGHTNESS = """
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;""";

    @BeforeEach
    void forgetTheChosenTheme() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home());
        chromium.clearStorage();
    }

    @Test
    void withoutAChoiceThePageFollowsTheSystemScheme() {
        chromium.emulateColorScheme("dark");
        chromium.open(site.home());

        assertThat(brightness()).as("background brightness with a dark system scheme").isLessThan(0.3);

        chromium.emulateColorScheme("light");

        assertThat(brightness()).as("background brightness with a light system scheme").isGreaterThan(0.7);
    }

    @Test
    void theThemeButtonSwitchesToTheOtherSchemeAndTheChoiceIsKept() throws IOException {
        chromium.emulateColorScheme("light");
        chromium.open(site.home());
        Object lightBackground = chromium.script(BACKGROUND);

        clickThemeButton();

        assertThat(chromium.script(PINNED_THEME)).isEqualTo("dark");
        assertThat(chromium.script(STORED_THEME)).isEqualTo("dark");
        waitForBackgroundOtherThan(lightBackground);
        assertThat(brightness()).isLessThan(0.3);
        chromium.screenshot(screenshots().resolve("home-chosen-dark-desktop.png"));

        chromium.open(site.home());

        assertThat(chromium.script(PINNED_THEME)).as("theme after a reload").isEqualTo("dark");
        assertThat(brightness()).isLessThan(0.3);

        chromium.driver().findElement(By.linkText("Publications")).click();

        assertThat(chromium.script(PINNED_THEME)).as("theme on another page").isEqualTo("dark");
        assertThat(brightness()).isLessThan(0.3);
    }

    @Test
    void withADarkSystemSchemeTheButtonSwitchesToLight() {
        chromium.emulateColorScheme("dark");
        chromium.open(site.home());
        Object darkBackground = chromium.script(BACKGROUND);

        clickThemeButton();

        assertThat(chromium.script(PINNED_THEME)).isEqualTo("light");
        assertThat(chromium.script(STORED_THEME)).isEqualTo("light");
        waitForBackgroundOtherThan(darkBackground);
        assertThat(brightness()).isGreaterThan(0.7);
    }

    private void clickThemeButton() {
        chromium.driver().findElement(By.cssSelector(".masthead button.theme-toggle")).click();
    }

    /** The theme may fade from one background to the other. */
    private void waitForBackgroundOtherThan(Object background) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(3))
                .until(driver -> !chromium.script(BACKGROUND).equals(background));
    }

    private double brightness() {
        return ((Number) chromium.script(BACKGROUND_BRIGHTNESS)).doubleValue();
    }

    private Path screenshots() {
        return Path.of(System.getProperty("homepage.screenshots"));
    }
}
