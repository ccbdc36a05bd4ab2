package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The example works from any static host: nothing it links to, shows or loads is missing, at a root or not. */
class SiteLinksIT {

    @ParameterizedTest
    @EnumSource(ExampleSite.class)
    void everyInternalLinkImageStylesheetScriptAndAnchorResolves(ExampleSite site) throws Exception {
        try (StaticSite served = site.serve()) {
            URI home = served.home();

            SiteCrawl crawl = SiteCrawl.of(home);

            assertThat(crawl.problems()).isEmpty();
            // The crawl did follow the navigation and the listings down to single items.
            assertThat(crawl.pages()).contains(home, home.resolve("publications/"), home.resolve("talks/"),
                    home.resolve("teaching/"), home.resolve("news/"), home.resolve("cv/"));
            assertThat(crawl.pages()).anyMatch(page -> page.getPath().contains("/publication/"));
        }
    }
}
