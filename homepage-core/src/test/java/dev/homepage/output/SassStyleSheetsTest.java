package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problem;
import dev.homepage.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sass as Jekyll sites keep it: compiled with Dart Sass, never published raw. */
class SassStyleSheetsTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", "title: Lab\n")
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\nHello.\n")
                .file("_sass/_colours.scss", "$accent: #8a1c4a;\n");
    }

    @Test
    void aSassFileWithFrontMatterIsCompiledToCssWithItsImportsFromTheSassFolder() throws Exception {
        TestSite site = site().file("assets/css/main.scss", """
                ---
                # Only the main Sass file needs front matter
                ---
                @import "colours";
                .page a { color: $accent; &:hover { text-decoration: none; } }
                """);

        assertThat(site.build().warnings()).isEmpty();

        assertThat(site.text("assets/css/main.css")).isEqualTo("""
                .page a {
                  color: #8a1c4a;
                }
                .page a:hover {
                  text-decoration: none;
                }
                """);
        assertThat(site.output().resolve("assets/css/main.scss")).doesNotExist();
        assertThat(site.output().resolve("_sass")).doesNotExist();
    }

    @Test
    void aSassMistakeIsAnErrorAtItsLineInTheFile() throws Exception {
        TestSite site = site().file("assets/css/main.scss", "---\n---\n@import \"colours\";\n\na { color: $missing; }\n");

        assertThat(site.buildFails().problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith(Path.of("assets/css/main.scss") + ":5: Sass: Undefined variable.");
    }

    @Test
    void aSassFileWithoutFrontMatterIsCopiedAsJekyllDoes() throws Exception {
        TestSite site = site().file("assets/lib/grid.scss", "$columns: 12;\n");
        site.build();

        assertThat(site.text("assets/lib/grid.scss")).isEqualTo("$columns: 12;\n");
        assertThat(site.output().resolve("assets/lib/grid.css")).doesNotExist();
    }

    @Test
    void theLiquidInASassFileIsRenderedFirstAsJekyllDoes() throws Exception {
        TestSite site = site().file("_config.yml", "title: Lab\nskin: colours\nmax_width: 930px\n")
                .file("assets/css/main.scss", """
                        ---
                        ---
                        @import "{{ site.skin | default: 'plain' }}";
                        .page { max-width: {{ site.max_width }}; color: $accent; }
                        """);

        assertThat(site.build().warnings()).isEmpty();

        assertThat(site.text("assets/css/main.css")).isEqualTo("""
                .page {
                  max-width: 930px;
                  color: #8a1c4a;
                }
                """);
    }

    @Test
    void aLiquidMistakeInASassFileIsAnErrorAtItsLine() throws Exception {
        TestSite site = site().file("assets/css/main.scss", "---\n---\n.a { b: c; }\n{% if site.x %}\n");

        assertThat(site.buildFails().problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith(Path.of("assets/css/main.scss") + ":4: Liquid: this {% if %} is never closed");
    }
}
