package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which template renders a page: the site's own, the one its layout names, or the theme's page or item layout. */
class LayoutsTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", "title: Lab\n");
    }

    /** The theme's page layout writes {@code <article class="page">}, its item layout {@code class="page item"}. */
    private static boolean isThemeItemLayout(Document page) {
        return page.select("main article.page.item").size() == 1;
    }

    private static boolean isThemePageLayout(Document page) {
        return page.select("main article.page").size() == 1 && page.select("main article.item").isEmpty();
    }

    @Test
    void aRebuildAfterAnotherPageChangedWarnsAgainOfALayoutNoOneHas() throws Exception {
        // The page with the unknown layout is unchanged, so its outputs could be taken from the last build: its
        // warning must be given again all the same.
        TestSite site = site()
                .file("_pages/odd.md", "---\ntitle: Odd\nlayout: nowhere\n---\nHi\n")
                .file("_pages/other.md", "---\ntitle: Other\n---\nHi\n");
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());

        site.file("_pages/other.md", "---\ntitle: Other\n---\nHi again\n");
        BuildReport rebuilt = generator.rebuild(site.request(), Set.of(Path.of("_pages/other.md")));

        assertThat(rebuilt.warnings()).extracting(Problem::file).containsExactly(Path.of("_pages/odd.md"));
        assertThat(rebuilt.warnings()).extracting(Problem::message).singleElement().asString()
                .contains("'nowhere'");
        assertThat(isThemePageLayout(site.page("/odd/"))).isTrue();
    }

    @Test
    void aSitesPageTemplateOverridesTheThemes() throws Exception {
        TestSite site = site()
                .file("templates/page.ftlh", """
                        <#import "layout.ftlh" as layout>
                        <@layout.page><section class="my-page"><h1>${page.title}</h1>${page.content}</section></@layout.page>
                        """)
                .file("_pages/cv.md", "---\ntitle: CV\n---\n*Body*\n");
        site.build();

        Document page = site.page("/cv/");
        assertThat(page.select("main section.my-page h1").text()).isEqualTo("CV");
        assertThat(page.select("main section.my-page em").text()).isEqualTo("Body");
        assertThat(page.select("main article")).isEmpty();
        assertThat(page.select("header.masthead")).as("the theme's layout macro is still used").hasSize(1);
    }

    @Test
    void aLayoutTheSiteProvidesIsUsed() throws Exception {
        TestSite site = site()
                .file("templates/bare.ftlh", "<!doctype html><title>${page.title}</title><div id=\"bare\">${page.content}</div>\n")
                .file("_pages/plain.md", "---\ntitle: Plain\nlayout: bare\n---\nHi\n")
                .file("_pages/other.md", "---\ntitle: Other\n---\nHi\n");
        site.build();

        assertThat(site.page("/plain/").select("#bare p").text()).isEqualTo("Hi");
        assertThat(site.page("/plain/").select("header.masthead")).isEmpty();
        assertThat(isThemePageLayout(site.page("/other/"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "archive", "talk", "default", "posts", "splash", "no-such-layout"})
    void jekyllLayoutNamesFallBackToTheThemesPageLayoutForPages(String layout) throws Exception {
        TestSite site = site().file("_pages/a.md", "---\ntitle: A\nlayout: " + layout + "\n---\nText\n");
        site.build();

        assertThat(isThemePageLayout(site.page("/a/"))).isTrue();
        assertThat(site.page("/a/").select("main .page-body p").text()).isEqualTo("Text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "archive", "talk", "default", "posts", "no-such-layout", "layout"})
    void jekyllLayoutNamesFallBackToTheThemesItemLayoutForItems(String layout) throws Exception {
        TestSite site = site().file("_talks/2024-01-01-t.md", "---\ntitle: T\nlayout: " + layout + "\nvenue: V\n---\nText\n");
        site.build();

        Document page = site.page("/talks/2024-01-01-t/");
        assertThat(isThemeItemLayout(page)).isTrue();
        assertThat(page.select("main .item-venue").text()).isEqualTo("V");
    }

    @Test
    void anItemMayAskForThePageLayout() throws Exception {
        TestSite site = site().file("_talks/t.md", "---\ntitle: T\nlayout: page\n---\nText\n");
        site.build();

        assertThat(isThemePageLayout(site.page("/talks/t/"))).isTrue();
    }

    @Test
    void aFailingSiteTemplateIsReportedWithItsFileAndLine() throws Exception {
        SiteBuildException error = site()
                .file("templates/page.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n${page.nope}\n</@layout.page>\n")
                .file("_pages/a.md", "---\ntitle: A\n---\n")
                .buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("templates/page.ftlh"));
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("_pages/a.md");
        });
    }

    @Test
    void siteTemplatesCannotReachJavaClasses() throws Exception {
        SiteBuildException error = site()
                .file("templates/page.ftlh", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n")
                .file("_pages/a.md", "---\ntitle: A\n---\n")
                .buildFails();

        assertThat(error.problems()).extracting(Problem::file).containsExactly(Path.of("templates/page.ftlh"));
    }

    @Test
    void theListingTemplateIsNotALayoutPagesCanName() throws Exception {
        TestSite site = site().file("_pages/a.md", "---\ntitle: A\nlayout: listing\n---\nText\n");
        site.build();

        assertThat(isThemePageLayout(site.page("/a/"))).isTrue();
    }
}
