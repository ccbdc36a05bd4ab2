package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problem;
import dev.homepage.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look a site sets without templates: accent colour and fonts in the config, its stylesheet, its icon. */
class ThemeSettingsTest {

    @TempDir
    Path folder;

    private TestSite site(String config) throws Exception {
        return new TestSite(folder).file("_config.yml", "title: Lab\nbaseurl: /lab\n" + config)
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\nHello.\n");
    }

    @Test
    void theAccentColourAndFontsOfTheConfigAreCustomPropertiesAfterTheThemesStylesheet() throws Exception {
        TestSite site = site("""
                accent_color: "#8a1c4a"
                accent_color_dark: "#f49ac1"
                fonts:
                  body: 'Georgia, "Times New Roman", serif'
                  code: Menlo, monospace
                """);
        assertThat(site.build().warnings()).isEmpty();

        Document page = site.page("/");
        assertThat(page.select("head style").html()).isEqualTo(":root { --color-accent: light-dark(#8a1c4a, #f49ac1);"
                + " --color-link: light-dark(#8a1c4a, #f49ac1); --color-link-hover: light-dark(#8a1c4a, #f49ac1);"
                + " --color-badge: light-dark(#8a1c4a, #f49ac1); --font-sans: Georgia, \"Times New Roman\", serif;"
                + " --font-mono: Menlo, monospace; }");
        assertThat(page.select("head > link[rel=stylesheet], head > style").eachAttr("href"))
                .first().asString().endsWith("/homepage.css");
    }

    @Test
    void aValueThatIsNoColourOrFontListIsLeftOutWithAWarningAtItsLine() throws Exception {
        TestSite site = site("""
                accent_color: "red; } body { display: none"
                fonts:
                  headings: '</style><script>alert(1)</script>'
                """);

        assertThat(site.build().warnings()).extracting(Problem::toString).containsExactly(
                "_config.yml:3: accent_color: 'red; } body { display: none' is not a colour: write it as #rrggbb"
                        + " (such as #8a1c4a), a CSS colour name or rgb(...); the theme's colour is used meanwhile",
                "_config.yml:5: headings: the fonts '</style><script>alert(1)</script>' are not a list of font names:"
                        + " write names separated by commas, quoting those with spaces; the theme's are used meanwhile");
        assertThat(site.page("/").select("head style")).isEmpty();
        assertThat(site.text("index.html")).doesNotContain("alert(1)", "display: none");
    }

    @Test
    void theSitesOwnStylesheetIsLoadedLastAndWithoutItNoneIsLinked() throws Exception {
        TestSite site = site("accent_color: teal\n").file("assets/css/custom.css", "h1 { letter-spacing: 0.1em; }\n");
        site.build();

        assertThat(site.page("/").select("head link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/lab/assets/homepage/homepage.css", "/lab/assets/css/custom.css");
        assertThat(site.page("/").select("head style, head link[rel=stylesheet]").last().attr("href"))
                .isEqualTo("/lab/assets/css/custom.css");

        Files.delete(site.source().resolve("assets/css/custom.css"));
        site.build();
        assertThat(site.page("/").select("head link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/lab/assets/homepage/homepage.css");
    }

    @Test
    void aSiteWithoutAnIconGetsOneMadeFromTheAuthorsInitialsInTheAccentColour() throws Exception {
        TestSite site = site("accent_color: \"#8a1c4a\"\nauthor:\n  name: Tessa M. Halvorsen\n");
        site.build();

        assertThat(site.page("/").select("head link[rel=icon]").attr("href")).isEqualTo("/lab/favicon.svg");
        String svg = site.text("favicon.svg");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("fill=\"#8a1c4a\"")
                .contains(">TH</text>");
    }

    @Test
    void theSitesOwnIconIsLinkedAndNotReplaced() throws Exception {
        TestSite site = site("author:\n  name: Tessa Halvorsen\n").bytes("favicon.ico", new byte[] {0, 0, 1, 0});
        site.build();

        assertThat(site.page("/").select("head link[rel=icon]").attr("href")).isEqualTo("/lab/favicon.ico");
        assertThat(site.output().resolve("favicon.svg")).doesNotExist();

        TestSite named = site("favicon: /images/mark.png\nauthor:\n  name: Tessa Halvorsen\n");
        named.build();
        assertThat(named.page("/").select("head link[rel=icon]").attr("href")).isEqualTo("/lab/images/mark.png");
    }

    @Test
    void theProfileFoldsItsDetailsBehindOneFollowButtonThatTheScriptShowsOnPhones() throws Exception {
        TestSite site = site("author:\n  name: Tessa Halvorsen\n  bio: Glaciers\n  github: tessa\n");
        site.build();

        Document page = site.page("/");
        // Labelled as academicpages labels the same button.
        assertThat(page.select(".author-profile > button.profile-toggle[hidden][aria-controls=author-more]").text())
                .isEqualTo("Follow");
        assertThat(page.select("#author-more .author-bio").text()).isEqualTo("Glaciers");
        assertThat(page.select("#author-more .author-links a").attr("href")).isEqualTo("https://github.com/tessa");
    }

    @Test
    void theTemplateOverrideTheReadmeShowsReplacesOnlyThatTemplate() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```ftl\n", readme.indexOf("## Customising")) + "```ftl\n".length();
        String template = readme.substring(start, readme.indexOf("```", start));
        TestSite site = site("").file("templates/page.ftlh", template)
                .file("_talks/2024-05-01-tides.md", "---\ntitle: Tides\ndate: 2024-05-01\n---\nA talk.\n");
        site.build();

        Document page = site.page("/");
        assertThat(page.select("article.page .page-body").text()).isEqualTo("Hello.");
        assertThat(page.select("article.page p.page-note").text()).isEqualTo("Opinions are my own.");
        assertThat(page.select("header.masthead")).as("the theme's layout around it").hasSize(1);
        assertThat(site.page("/talks/2024-05-01-tides/").select("p.page-note")).as("an item's template").isEmpty();
    }

    @Test
    void datesReadAsTheConfigsDateFormatSays() throws Exception {
        TestSite site = site("date_format: \"%-d %B %Y\"\nlang: fr\n")
                .file("_talks/2024-05-01-tides.md", "---\ntitle: Tides\ndate: 2024-05-01\n---\nA talk.\n");
        site.build();

        assertThat(site.page("/talks/2024-05-01-tides/").select("time").first().text()).isEqualTo("1 mai 2024");

        TestSite plain = site("").file("_talks/2024-05-01-tides.md", "---\ntitle: Tides\ndate: 2024-05-01\n---\n.\n");
        plain.build();
        assertThat(plain.page("/talks/2024-05-01-tides/").select("time").first().text()).isEqualTo("May 01, 2024");
    }
}
