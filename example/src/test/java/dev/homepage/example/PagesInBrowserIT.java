package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every page of both builds of the example, linked or not, opened in Chromium at desktop and phone width: the console stays free
 * of errors, and at phone width nothing makes the page scroll sideways. The pages of the root build are saved as
 * screenshots in both colour schemes, for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInBrowserIT {

    /** Lists, from the page, the elements that stick out of the viewport on the right: what to fix. */
    private static final String ELEMENTS_TOO_WIDE = """
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                    + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + 'px)');""";

    private final Map<ExampleSite, StaticSite> served = new EnumMap<>(ExampleSite.class);
    private HeadlessChromium chromium;

    @BeforeAll
    void serveBothBuildsAndStartChromium() throws IOException {
        for (ExampleSite site : ExampleSite.values()) {
            served.put(site, site.serve());
        }
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    void stop() {
        served.values().forEach(StaticSite::close);
        if (chromium != null) {
            chromium.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyPageAtDesktopAndPhoneWidth() {
        return Stream.of(ExampleSite.values()).map(site -> dynamicContainer(site.name(), pagesOf(site)));
    }

    private Stream<DynamicNode> pagesOf(ExampleSite site) {
        URI home = served.get(site).home();
        List<URI> pages;
        try {
            pages = served.get(site).pages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages.stream().map(page -> dynamicTest("/" + home.relativize(page).getPath(),
                () -> checkPage(site, page, screenshotName(home, page))));
    }

    private void checkPage(ExampleSite site, URI page, String name) throws Exception {
        chromium.resize(HeadlessChromium.DESKTOP);
        openWithoutConsoleErrors(page);
        saveScreenshots(site, name + "-desktop");

        chromium.resize(HeadlessChromium.PHONE);
        openWithoutConsoleErrors(page);
        assertThat(chromium.script("return window.innerWidth;")).as("viewport width").isEqualTo(375L);
        Long scrollWidth = (Long) chromium.script("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth)
                .as("page width at 375px, wider than the screen because of %s", chromium.script(ELEMENTS_TOO_WIDE))
                .isLessThanOrEqualTo(375L);
        saveScreenshots(site, name + "-phone");
    }

    private void openWithoutConsoleErrors(URI page) {
        chromium.emulateColorScheme("light");
        chromium.consoleErrors();
        chromium.open(page);
        assertThat(chromium.consoleErrors()).as("console errors of %s", page).isEmpty();
    }

    /** The page as it is, then in the dark scheme; only for the root build, the other one looks the same. */
    private void saveScreenshots(ExampleSite site, String name) throws Exception {
        if (site != ExampleSite.AT_ROOT) {
            return;
        }
        Path folder = Path.of(System.getProperty("homepage.screenshots"));
        chromium.screenshot(folder.resolve(name + ".png"));
        chromium.emulateColorScheme("dark");
        chromium.screenshot(folder.resolve(name + "-dark.png"));
        chromium.emulateColorScheme("light");
    }

    /** {@code home}, or the page's path with dashes: {@code publications}, {@code talks-2024-some-talk}, {@code 404}. */
    private String screenshotName(URI home, URI page) {
        String path = home.relativize(page).getPath().replaceFirst("(/|\\.html)$", "");
        return path.isEmpty() ? "home" : path.replace('/', '-');
    }
}
