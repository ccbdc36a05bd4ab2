package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;

/** Each seed page rendered as its site would be, and checked as a reader would see it. */
@Tag(Seeds.TAG)
class SeedPagesTest {

    private static final String CONFIG = """
            title: "Seed site"
            url: "https://seed.example.org"
            repository: "someone/someone.github.io"
            author:
              name: "Seed Author"
              avatar: "avatar.png"
            """;

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]+)]\\(([^)\\s]+)\\)");

    @TempDir
    Path folder;

    private Document buildAbout(String seed) throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG).file("_pages/about.md", Seeds.read(seed));
        site.build();
        return site.page("/");
    }

    /** The seed's text under its "Publications" heading. */
    private static String publicationsSection(String seed) {
        return seed.substring(seed.indexOf("Publications\n---------"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void publicationListsKeepEveryTitleLinkBoldNameColourAndLineBreak(String seed) throws Exception {
        String text = publicationsSection(Seeds.read(seed));
        Document page = buildAbout(seed);
        Elements items = page.select("main li");

        List<String> titles = text.lines().filter(line -> line.startsWith("- "))
                .map(line -> line.substring(2).replace(" \\", "").strip()).toList();
        assertThat(titles).hasSizeGreaterThan(2);
        for (String title : titles) {
            assertThat(items).as("a list item for '%s'", title).anyMatch(item -> item.text().startsWith(title));
        }

        Matcher link = MARKDOWN_LINK.matcher(text);
        int links = 0;
        while (link.find()) {
            links++;
            String href = link.group(2);
            String label = link.group(1);
            assertThat(page.select("main a[href]")).as("link %s to %s", label, href)
                    .anyMatch(a -> a.attr("href").equals(href) && a.text().equals(label));
        }
        assertThat(links).isGreaterThan(2);

        Matcher bold = Pattern.compile("\\*\\*([^*]+)\\*\\*").matcher(text);
        assertThat(bold.find()).isTrue();
        String owner = bold.group(1);
        assertThat(page.select("main li strong")).as("the owner's name in bold")
                .filteredOn(strong -> strong.text().equals(owner)).hasSize(titles.size());

        Elements orange = page.select("main font[color=orange]");
        assertThat(orange).hasSize(1);
        assertThat(orange.text()).isEqualTo("top 3%");

        long backslashLineEnds = text.lines().filter(line -> line.stripTrailing().endsWith(" \\")).count();
        assertThat(page.select("main li br")).hasSize((int) backslashLineEnds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"002", "003"})
    void paperBoxPagesRenderTheirLiquidMarkdownIdsAndScripts(String seed) throws Exception {
        String text = Seeds.read(seed);
        Document page = buildAbout(seed);
        Element body = page.selectFirst("main");

        assertThat(body.text()).doesNotContain("{%", "%}", "{{", "}}");
        assertThat(body.html()).doesNotContain("{%", "markdown=\"1\"");

        List<String> badges = new ArrayList<>();
        Matcher badge = Pattern.compile("<div class=\"badge\">([^<]+)</div>").matcher(text);
        while (badge.find()) {
            badges.add(badge.group(1));
        }
        Elements boxes = body.select("div.paper-box");
        assertThat(boxes.eachText()).hasSize(badges.size());
        for (int i = 0; i < boxes.size(); i++) {
            Element box = boxes.get(i);
            assertThat(box.select(".badge").text()).isEqualTo(badges.get(i));
            assertThat(box.select(".paper-box-image img").attr("src")).startsWith("images/");
            Element paper = box.selectFirst(".paper-box-text");
            assertThat(paper.select("a[href]")).as("the paper's link").isNotEmpty();
            assertThat(paper.select("strong")).as("the bold author").isNotEmpty();
            assertThat(paper.text()).doesNotContain("**", "](");
        }
        if (seed.equals("002")) {
            assertThat(boxes).allMatch(box -> box.select(".paper-box-text ul > li").size() == 1);
        }

        Element newsHeading = body.select("h1").stream().filter(h -> h.text().endsWith("News")).findFirst().orElseThrow();
        Element news = newsHeading.nextElementSibling();
        assertThat(news.tagName()).isEqualTo("ul");
        String newsSection = text.substring(text.indexOf("News\n") + 5);
        long newsLines = newsSection.lines().takeWhile(line -> line.startsWith("- ")).count();
        assertThat(news.children()).hasSize((int) newsLines);

        List<String> expectedIds = seed.equals("002")
                ? List.of("üî-news", "üìù-publications", "üìñ-educations")
                : List.of("about-me", "research-interests",
                        "publicationsmanuscripts-span-stylecolor-gray-font-size-13px-font-family-monospace-denotes"
                                + "-equal-contributionspan", "news", "educations");
        assertThat(body.select("h1").eachAttr("id")).containsExactlyElementsOf(expectedIds);

        List<String> scripts = new ArrayList<>();
        Matcher script = Pattern.compile("<script[^>]*src=\"([^\"]+)\"").matcher(text);
        while (script.find()) {
            scripts.add(script.group(1));
        }
        for (String src : scripts) {
            assertThat(body.select("script[src]").eachAttr("src")).contains(src);
        }
        assertThat(scripts.size()).isEqualTo(seed.equals("003") ? 2 : 0);
    }

    /** Seed 004 is the text of a talks page; its five talks are written back as _talks items, then built. */
    @Test
    void talksListingShowsEachTalkNewestFirst() throws Exception {
        List<Talk> talks = Talk.parse(Seeds.read("004"));
        assertThat(talks).hasSize(5);
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG);
        List<Talk> shuffled = new ArrayList<>(talks);
        Collections.reverse(shuffled);
        for (int i = 0; i < shuffled.size(); i++) {
            site.file("_talks/talk-" + i + ".md", shuffled.get(i).asMarkdown());
        }
        site.build();

        Document page = site.page("/talks/");
        assertThat(page.select("h1").text()).isEqualTo("Talks and presentations");
        Elements items = page.select("article.archive-item");
        assertThat(items).hasSize(talks.size());
        for (int i = 0; i < talks.size(); i++) {
            Talk talk = talks.get(i);
            Element item = items.get(i);
            Element link = item.selectFirst(".archive-item-title a");
            assertThat(link.text()).isEqualTo(talk.title());
            assertThat(site.output().resolve(link.attr("href").substring(1)).resolve("index.html")).exists();
            assertThat(item.select(".archive-item-date").text()).isEqualTo(talk.date());
            assertThat(item.select(".archive-item-meta").text()).isEqualTo(talk.meta());
            assertThat(item.select(".archive-item-excerpt").text()).isEqualTo(talk.description());
        }
    }

    /** One talk of seed 004: its title, date as shown, "type, venue, location" line and description. */
    private record Talk(String title, String date, String meta, String description) {

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH);

        static List<Talk> parse(String seed) {
            List<String> blocks = List.of(seed.strip().split("\\n\\s*\\n"));
            List<Talk> talks = new ArrayList<>();
            for (int i = 1; i + 3 < blocks.size() + 1; i += 4) {
                talks.add(new Talk(blocks.get(i).strip(), blocks.get(i + 1).strip(), blocks.get(i + 2).strip(),
                        blocks.get(i + 3).strip()));
            }
            return talks;
        }

        /** An academicpages talk: the type before the first comma, the location after the second-to-last. */
        String asMarkdown() {
            List<String> parts = List.of(meta.split(", "));
            String type = parts.get(0);
            String location = String.join(", ", parts.subList(parts.size() - 2, parts.size()));
            String venue = String.join(", ", parts.subList(1, parts.size() - 2));
            return "---\ntitle: \"" + yaml(title) + "\"\ncollection: talks\ntype: \"" + yaml(type) + "\"\nvenue: \""
                    + yaml(venue) + "\"\ndate: " + LocalDate.parse(date, SHOWN) + "\nlocation: \"" + yaml(location)
                    + "\"\n---\n\n" + description + "\n";
        }

        private static String yaml(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
