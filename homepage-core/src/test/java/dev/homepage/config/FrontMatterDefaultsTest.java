package dev.homepage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config's {@code defaults:} list and the files each entry covers. */
class FrontMatterDefaultsTest {

    @TempDir
    Path source;

    @Test
    void defaultsAreReadWithTheirScope() throws Exception {
        Files.writeString(source.resolve("_config.yml"), """
                defaults:
                  - scope:
                      path: ""
                      type: talks
                    values:
                      layout: talk
                  - scope:
                      path: "/_pages/"
                    values:
                      author_profile: true
                  - values:
                      share: false
                  - scope:
                      path: ignored
                """, StandardCharsets.UTF_8);

        List<FrontMatterDefault> defaults = new ConfigLoader().load(source, Optional.empty()).defaults();

        assertThat(defaults).containsExactly(
                new FrontMatterDefault("", "talks", Map.of("layout", "talk")),
                new FrontMatterDefault("_pages", "", Map.of("author_profile", true)),
                new FrontMatterDefault("", "", Map.of("share", false)));
    }

    @Test
    void pathScopeCoversTheFolderAndWhatIsInIt() {
        FrontMatterDefault pages = new FrontMatterDefault("_pages", "", Map.of());

        assertThat(pages.covers("_pages/cv.md", "pages")).isTrue();
        assertThat(pages.covers("_pages/sub/x.md", "pages")).isTrue();
        assertThat(pages.covers("_pages", "pages")).isTrue();
        assertThat(pages.covers("_pages-old/cv.md", "pages")).isFalse();
        assertThat(pages.covers("about.md", "pages")).isFalse();
    }

    @Test
    void typeScopeCoversOneKind() {
        FrontMatterDefault talks = new FrontMatterDefault("", "talks", Map.of());

        assertThat(talks.covers("_talks/a.md", "talks")).isTrue();
        assertThat(talks.covers("_pages/a.md", "pages")).isFalse();
        assertThat(new FrontMatterDefault("", "", Map.of()).covers("anything.md", "posts")).isTrue();
    }
}
