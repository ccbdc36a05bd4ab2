package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KaTeX and highlight.js: loaded by the pages that need them, copied from their WebJars only then. */
class LibraryAssetsTest {

    @TempDir
    Path folder;

    @Test
    void pagesWithMathOrCodeLoadTheirLibrariesFromTheSiteUnderItsBaseUrl() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\nbaseurl: /lab\n")
                // Text beyond ASCII before the links: the pages are searched as bytes, not as decoded text.
                .file("_pages/math.md", "---\ntitle: Énergie “relativiste”\n---\nÉnergie : $$E = mc^2$$\n")
                .file("_pages/code.md", "---\ntitle: Code\n---\n```java\nclass A {}\n```\n")
                .file("_pages/plain.md", "---\ntitle: Plain\n---\nNo math, `no highlighting`.\n");
        site.build();

        Document math = site.page("/math/");
        assertThat(math.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/lab/assets/homepage/homepage.css", "/lab/assets/homepage/katex/katex.min.css");
        assertThat(math.select("script[src]").eachAttr("src")).containsExactly(
                "/lab/assets/homepage/katex/katex.min.js", "/lab/assets/homepage/katex/contrib/auto-render.min.js",
                "/lab/assets/homepage/homepage.js");
        assertThat(site.page("/code/").select("script[src]").eachAttr("src"))
                .containsExactly("/lab/assets/homepage/highlight/highlight.min.js", "/lab/assets/homepage/homepage.js");
        assertThat(site.page("/plain/").select("script[src]").eachAttr("src"))
                .containsExactly("/lab/assets/homepage/homepage.js");

        Path assets = site.output().resolve("assets/homepage");
        assertThat(assets.resolve("katex/katex.min.js")).isNotEmptyFile();
        assertThat(assets.resolve("katex/contrib/auto-render.min.js")).isNotEmptyFile();
        assertThat(assets.resolve("katex/fonts/KaTeX_Main-Regular.woff2")).isNotEmptyFile();
        assertThat(assets.resolve("highlight/highlight.min.js")).isNotEmptyFile();
        String css = Files.readString(assets.resolve("katex/katex.min.css"));
        assertThat(css).doesNotContain("http://", "https://");
    }

    @Test
    void sitesWithoutMathOrCodeDoNotCarryTheLibraries() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\n")
                .file("_pages/plain.md", "---\ntitle: Plain\n---\nText.\n");
        site.build();

        assertThat(site.output().resolve("assets/homepage/katex")).doesNotExist();
        assertThat(site.output().resolve("assets/homepage/highlight")).doesNotExist();
    }
}
