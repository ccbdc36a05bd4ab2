package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.config.Dates;
import dev.homepage.content.FrontMatter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own example site ({@code example/} beside the modules), built once, checked as a visitor would
 * check it. The expectations are read from the example's sources, so that editing the example does not break it.
 */
class ExampleSiteTest {

    @TempDir
    static Path output;

    private static Path example;
    private static BuildReport report;

    /** The example folder: {@code -Dhomepage.example=...}, or the nearest {@code example/_config.yml} upwards. */
    static Path exampleFolder() {
        String property = System.getProperty("homepage.example");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("example/_config.yml"))) {
                return dir.resolve("example");
            }
        }
        throw new AssertionError("no example/_config.yml above " + Path.of("").toAbsolutePath()
                + "; set -Dhomepage.example=<folder>");
    }

    @BeforeAll
    static void build() throws Exception {
        example = exampleFolder();
        report = new SiteGenerator().generate(new BuildRequest(example, output));
    }

    private Document page(String url) throws IOException {
        return new TestSite(example, output).page(url);
    }

    /** An item of a collection as its source file has it. */
    private record Item(String title, ZonedDateTime date) {
    }

    private List<Item> items(String collection) throws Exception {
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(example.resolve("_" + collection))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Map<String, Object> data = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8)).data();
                items.add(new Item(String.valueOf(data.get("title")),
                        Dates.parse(String.valueOf(data.get("date")), ZoneOffset.UTC).orElseThrow()));
            }
        }
        items.sort(Comparator.comparing((Item item) -> item.date().toInstant()).reversed());
        return items;
    }

    @Test
    void buildsWithoutWarnings() {
        assertThat(report.warnings()).isEmpty();
        assertThat(report.pagesWritten()).isGreaterThan(10);
    }

    @Test
    void homePageShowsTheAboutPage() throws Exception {
        Document home = page("/");
        Element main = home.selectFirst("main");

        assertThat(home.select("aside.author-profile .author-name").text()).isEqualTo("Tessa Halvorsen");
        assertThat(home.select("aside .author-avatar").attr("src")).isEqualTo("/images/profile.svg");
        assertThat(main.select("section.home-news .news-item")).hasSize(
                Math.min(5, items("news").size()));
        assertThat(main.select("section.home-news .news-item time").eachAttr("datetime"))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(main.select("p.notice")).hasSize(1);
        assertThat(main.text()).doesNotContain("{{", "{%", "markdown=\"1\"", "{: .notice}");
        assertThat(main.html()).doesNotContain("homepage-raw", "homepage-ial");
        assertThat(home.select("nav.site-nav a").eachText()).contains("Publications", "Talks", "CV");
    }

    @Test
    void talksAreAllListedNewestFirst() throws Exception {
        List<Item> talks = items("talks");
        assertThat(talks).hasSizeGreaterThan(2);

        Elements listed = page("/talks/").select("main article.archive-item");

        assertThat(listed.select(".archive-item-title a").eachText()).containsExactlyElementsOf(talks.stream().map(Item::title).toList());
        assertThat(listed.select(".archive-item-date time").eachAttr("datetime"))
                .containsExactlyElementsOf(talks.stream().map(talk -> talk.date().toLocalDate().toString()).toList());
    }

    @Test
    void publicationsAreGroupedByYearNewestFirst() throws Exception {
        List<String> years = new ArrayList<>();
        Map<String, List<String>> listed = new LinkedHashMap<>();
        for (Element group : page("/publications/").select("main section.year-group")) {
            years.add(group.selectFirst("h2").text());
            listed.put(group.selectFirst("h2").text(), group.select("article .paper-title").eachText());
        }

        assertThat(years).isSortedAccordingTo(Comparator.reverseOrder()).hasSizeGreaterThan(3);
        for (Item publication : items("publications")) {
            assertThat(listed.get(String.valueOf(publication.date().getYear()))).as(publication.title())
                    .contains(publication.title());
        }
        assertThat(listed.get("2021")).containsExactly(
                "Snowmelt Onset Detection from Sparse Temperature Loggers with Gaussian Processes");
    }

    @Test
    void papersFromBibTeXAndMarkdownShowBadgesAuthorsCitationsAndLinks() throws Exception {
        Document listing = page("/publications/");
        Element gapOde = listing.selectFirst("#paper-halvorsen2024gap");
        assertThat(gapOde.select(".paper-title a").attr("href")).isEqualTo("/publication/2024-12-10-gap-aware-neural-odes");
        assertThat(gapOde.select(".paper-badge").text()).isEqualTo("NeurIPS");
        assertThat(gapOde.select(".paper-author-self").text()).isEqualTo("Tessa Halvorsen");
        assertThat(gapOde.select(".paper-award").text()).isEqualTo("Award: Oral presentation");
        assertThat(gapOde.select(".paper-citations").text()).isEqualTo("Cited by 57");
        assertThat(gapOde.select(".paper-links a").eachText()).containsExactly("PDF", "Code", "Slides", "BibTeX");
        Element snowmelt = listing.selectFirst("#paper-halvorsen2021snowmelt");
        assertThat(snowmelt.select(".paper-authors").text()).isEqualTo("T. Halvorsen, María Fernández, Ruth Abernethy");
        assertThat(snowmelt.select(".paper-author-self").text()).isEqualTo("T. Halvorsen");
        assertThat(snowmelt.select("details.paper-abstract").text()).contains("Snowmelt onset sets the timing");
        assertThat(listing.select(".citations-total").text()).isEqualTo("Cited 412 times in all.");

        Document generated = page("/publications/halvorsen2021snowmelt/");
        assertThat(generated.select("meta[name=citation_journal_title]").attr("content"))
                .isEqualTo("Journal of Hydrometeorology");
        assertThat(generated.select("meta[name=citation_pdf_url]").attr("content"))
                .isEqualTo("https://example.org/papers/snowmelt-onset.pdf");
        assertThat(Files.readString(output.resolve("publications/halvorsen2021snowmelt.bib")))
                .startsWith("@article{halvorsen2021snowmelt,").doesNotContain("abbr");
    }

    @Test
    void theCvComesFromTheDataFileAndTheSite() throws Exception {
        Element cv = page("/cv/").selectFirst("article.cv");
        assertThat(cv.select("section.cv-section > h2").eachText()).containsExactly(
                "Education", "Positions", "Awards", "Service", "Publications", "Talks", "Teaching");
        assertThat(cv.select(".paper")).hasSameSizeAs(page("/publications/").select("main .paper"));
        assertThat(cv.select("section:has(h2:containsOwn(Talks)) .cv-entry")).hasSameSizeAs(items("talks"));
    }

    @Test
    void theHomePageListsTheSelectedPublications() throws Exception {
        assertThat(page("/").select("section.selected-publications .paper-title").eachText()).containsExactly(
                "Gap-Aware Neural ODEs for Irregularly Sampled Environmental Time Series",
                "Learning Where to Listen: Active Sensor Placement for Glacial Meltwater Monitoring");
    }

    @Test
    void everyInternalLinkResolvesToAWrittenFile() throws Exception {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.walk(output)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : pages) {
            String url = "/" + output.relativize(file).toString().replace('\\', '/');
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : document.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (!link.startsWith("/") || link.startsWith("//")) {
                    continue;
                }
                checked++;
                if (!resolves(URI.create(url).resolve(link).getPath())) {
                    broken.add(url + " -> " + link);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(pages.size() * 3);
    }

    private boolean resolves(String path) {
        Path target = output.resolve(path.substring(1)).normalize();
        if (!target.startsWith(output)) {
            return false;
        }
        return path.endsWith("/") ? Files.isRegularFile(target.resolve("index.html"))
                : Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html"));
    }

    @Test
    void publicationCitationsReadAsText() throws Exception {
        Elements citations = page("/publications/").select("main .citation");

        assertThat(citations).isNotEmpty();
        assertThat(citations.eachText()).noneMatch(text -> text.contains("&quot;") || text.contains("<i>")
                || text.contains("&ndash;"));
    }
}
