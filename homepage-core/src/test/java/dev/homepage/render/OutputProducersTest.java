package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each producer on its own, from the views of a build: which pages it asks to be rendered with which template, and
 * which files it adds as they are, before any template runs.
 */
class OutputProducersTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder)
                .file("_config.yml", "title: Glacier Lab\nsearch: true\n")
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\nredirect_from: /about-me/\n---\nHello.\n")
                .file("_pages/poster.md", "---\ntitle: Poster\nlayout: poster\npermalink: /poster/\n---\nPinned.\n")
                .file("_pages/people.md", "---\ntitle: People\nlayout: people\npermalink: /people/\n---\nUs.\n")
                .file("_layouts/people.html", "---\nlayout: default\n---\n<h1>{{ page.title }}</h1>{{ content }}\n")
                .file("data.json", "---\nlayout: none\n---\n{\"a\": 1}\n")
                .file("_pages/hidden.md", "---\ntitle: Hidden\nsitemap: false\nsearch: false\npermalink: /hidden/\n---\nx\n")
                .file("_posts/2024-05-01-first.md", "---\ntitle: First\n---\nThe first post.\n")
                .file("_talks/2023-01-01-talk.md", "---\ntitle: A talk\nvenue: Ice Days\n---\nSlides soon.\n")
                .file("_publications/2024-02-01-melt.md", "---\ntitle: Melt\ncategory: manuscripts\n---\nAbstract.\n")
                .file("_bibliography/papers.bib", "@article{snow2023, title={Snow}, author={Okafor, Ines},"
                        + " journal={Ice}, year={2023}}\n");
    }

    private static <P extends OutputProducer> P producer(BuiltViews views, Class<P> kind) {
        return views.renderer.producers(views.build).stream().filter(kind::isInstance).map(kind::cast).findFirst()
                .orElseThrow();
    }

    private static Map<String, String> templatesByUrl(Outputs out) {
        Map<String, String> templates = new LinkedHashMap<>();
        out.jobs().forEach(job -> templates.put(job.url(), job.template()));
        return templates;
    }

    @Test
    void documentPagesGiveEachDocumentItsLayoutsTemplateAndADocumentWithoutLayoutAsItIs() throws Exception {
        BuiltViews views = BuiltViews.of(site());

        Outputs out = views.producedBy(producer(views, DocumentPages.class));

        assertThat(templatesByUrl(out)).containsEntry("/", "page.ftlh")
                .containsEntry("/poster/", "page.ftlh")
                .containsEntry("/people/", "frame.ftlh")
                .containsEntry("/2024/05/01/first.html", "item.ftlh")
                .containsEntry("/talks/2023-01-01-talk/", "item.ftlh")
                .containsEntry("/publications/2024-02-01-melt/", "publication.ftlh")
                .containsEntry("/about-me/", "redirect.ftlh")
                .doesNotContainKey("/data.json");
        assertThat(out.files()).extracting(OutputPage::url).containsExactly("/data.json");
        assertThat(out.files()).filteredOn(file -> file.url().equals("/data.json")).singleElement()
                .extracting(OutputPage::html).asString().contains("{\"a\": 1}");
        assertThat(out.sitemap()).extracting(SitemapEntry::url).contains("/", "/poster/", "/people/")
                .doesNotContain("/hidden/", "/data.json");
        assertThat(views.build.problems().warnings()).anyMatch(warning -> warning.message()
                .contains("the layout 'poster' is neither in templates/, _layouts/ nor in the theme"));
    }

    @Test
    void listingsGiveEachCollectionWithItemsAListingAtItsFolderUnlessADocumentIsThere() throws Exception {
        BuiltViews views = BuiltViews.of(site().file("_pages/talks.md", "---\ntitle: Talks\npermalink: /talks/\n---\n"
                + "My talks.\n"));

        Outputs out = views.producedBy(new Listings());

        assertThat(templatesByUrl(out)).containsEntry("/posts/", "listing.ftlh")
                .containsEntry("/publications/", "listing.ftlh")
                .doesNotContainKeys("/talks/", "/news/", "/teaching/");
        assertThat(out.files()).isEmpty();
    }

    @Test
    void paperPagesGiveAPageToAPaperKnownOnlyFromBibTeXAndEveryPaperItsBibFile() throws Exception {
        BuiltViews views = BuiltViews.of(site());

        Outputs out = views.producedBy(new PaperPages());

        assertThat(out.jobs()).singleElement().satisfies(job -> {
            assertThat(job.template()).isEqualTo("publication.ftlh");
            assertThat(job.url()).contains("snow2023");
        });
        assertThat(out.files()).extracting(OutputPage::url).hasSize(2)
                .allMatch(url -> url.startsWith("/publications/") && url.endsWith(".bib"))
                .anyMatch(url -> url.endsWith("/snow2023.bib"));
    }

    @Test
    void theSearchPageAndItsIndexAreMadeUnlessTheConfigTurnsSearchOff() throws Exception {
        BuiltViews views = BuiltViews.of(site());

        Outputs out = views.producedBy(producer(views, SearchPage.class));

        assertThat(templatesByUrl(out)).containsOnlyKeys("/search/");
        assertThat(out.files()).singleElement().satisfies(index -> {
            assertThat(index.url()).isEqualTo("/search/index.json");
            assertThat(index.html()).contains("\"A talk\"", "Ice Days", "\"Snow\"").doesNotContain("Hidden\"");
        });

        BuiltViews withoutSearch = BuiltViews.of(site().file("_config.yml", "title: Glacier Lab\nsearch: false\n"));
        assertThat(withoutSearch.producedBy(producer(withoutSearch, SearchPage.class)).jobs()).isEmpty();
    }
}
