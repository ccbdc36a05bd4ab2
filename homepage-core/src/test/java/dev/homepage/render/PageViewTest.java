package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.config.ConfigLoader;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which kind of page view a document gets, what each kind holds, and how templates read them. */
class PageViewTest {

    private static final String HOME_HTML = "<p>I study tides.</p>\n<h2 id=\"contact\">Contact</h2>\n<p>Write.</p>";

    @TempDir
    Path source;

    private Views views() throws Exception {
        Files.writeString(source.resolve("_config.yml"), "title: Tessa Halvorsen\nbaseurl: /lab\n",
                StandardCharsets.UTF_8);
        return new Views(new ConfigLoader().load(source, Optional.empty()));
    }

    private static String markup(TemplateHTMLOutputModel model) throws Exception {
        return HTMLOutputFormat.INSTANCE.getMarkupString(model);
    }

    private static RenderedDocument rendered(String file, String collection, Map<String, Object> frontMatter,
            String url, String html, String citationHtml) {
        Document document = new Document(Path.of(file), collection, frontMatter, "text", 3,
                ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, ZoneOffset.UTC), "slug", url, true, true);
        return new RenderedDocument(document, html, "<p>Excerpt.</p>", citationHtml, List.of());
    }

    @Test
    void aDocumentOfACollectionIsAnItemWithItsVenueLinksCitationAndReadingTime() throws Exception {
        PageView view = views().page(rendered("_talks/tides.md", "talks", Map.of("title", "Tides",
                "type", "Invited Talk", "venue", "Ocean Days", "location", "Bergen", "paperurl", "/files/tides.pdf",
                "slidesurl", "/files/slides.pdf", "read_time", true), "/talks/tides/", "<p>Tides rise.</p>",
                "Halvorsen, T. <i>Tides</i>."));

        assertThat(view).isInstanceOf(CollectionItemView.class);
        CollectionItemView item = (CollectionItemView) view;
        assertThat(item.title()).isEqualTo("Tides");
        assertThat(item.url()).isEqualTo("/lab/talks/tides/");
        assertThat(item.collection()).isEqualTo("talks");
        assertThat(item.year()).isEqualTo("2024");
        assertThat(List.of(item.type(), item.venue(), item.location(), item.paperUrl(), item.slidesUrl()))
                .containsExactly("Invited Talk", "Ocean Days", "Bergen", "/lab/files/tides.pdf",
                        "/lab/files/slides.pdf");
        assertThat(markup(item.citation())).isEqualTo("Halvorsen, T. <i>Tides</i>.");
        assertThat(item.readTime()).isEqualTo("less than 1 minute read");
    }

    @Test
    void aPageIsAPlainPageAndOnlyTheHomePageIsCutWhereItsSectionsStart() throws Exception {
        Views views = views();
        PageView home = views.page(rendered("index.md", "", Map.of("title", "Home"), "/", HOME_HTML, ""));
        PageView about = views.page(rendered("about.md", "", Map.of("title", "About"), "/about/", HOME_HTML, ""));

        assertThat(home).isInstanceOf(PlainPageView.class);
        HomeSections sections = ((PlainPageView) home).homeSections();
        assertThat(markup(sections.introduction())).isEqualTo("<p>I study tides.</p>\n");
        assertThat(markup(sections.sections())).startsWith("<h2 id=\"contact\">");
        HomeSections whole = ((PlainPageView) about).homeSections();
        assertThat(markup(whole.introduction())).isEqualTo(HOME_HTML);
        assertThat(markup(whole.sections())).isEmpty();
        assertThat(((PlainPageView) about).profiles()).isEmpty();
        assertThat(markup(about.content())).isEqualTo(HOME_HTML);
    }

    @Test
    void aGeneratedPageIsAnEmptyPlainPageWithTheSitesDescription() throws Exception {
        PlainPageView listing = views().generatedPage("talks", "Talks", "/talks/");

        assertThat(listing.basics().url()).isEqualTo("/lab/talks/");
        assertThat(listing.collection()).isEqualTo("talks");
        assertThat(markup(listing.content())).isEmpty();
        assertThat(markup(listing.homeSections().introduction())).isEmpty();
        assertThat(listing.profiles()).isEmpty();
        assertThat(listing.toc()).isEmpty();
    }

    @Test
    void templatesReadWhatEveryPageHasUnderTheSameNamesOfEitherKindAndWhatOnlyItemsHaveOnItems() throws Exception {
        Path templates = Files.createDirectories(source.resolve("_templates"));
        Files.writeString(templates.resolve("probe.ftlh"),
                "${page.title}|${page.url}|${page.year}|${page.content}|${page.venue!\"-\"}|${(page.profiles?size)!\"-\"}",
                StandardCharsets.UTF_8);
        TemplateRenderer renderer = new TemplateRenderer(templates, List.of("probe.ftlh"));
        Views views = views();
        PageView talk = views.page(rendered("_talks/tides.md", "talks", Map.of("title", "Tides", "venue", "Bergen"),
                "/talks/tides/", "<p>Rise.</p>", ""));
        PageView page = views.page(rendered("about.md", "", Map.of("title", "About"), "/about/", "<p>Me.</p>", ""));

        assertThat(renderer.render("probe.ftlh", Map.of("page", talk)))
                .isEqualTo("Tides|/lab/talks/tides/|2024|<p>Rise.</p>|Bergen|-");
        assertThat(renderer.render("probe.ftlh", Map.of("page", page)))
                .isEqualTo("About|/lab/about/|2024|<p>Me.</p>|-|0");
    }
}
