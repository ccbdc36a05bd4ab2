package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Files other than pages come out as their authors and readers expect: XML without the characters XML forbids,
 * {@code layout: null} or {@code none} as the rendered content alone, and feeds, JSON and text files with front
 * matter run through Liquid and written under their own names, as Jekyll writes them.
 */
class WellFormedOutputTest {

    private static final String CONFIG = "title: Lab\nurl: https://lab.example.org\n";

    @TempDir
    Path folder;

    private static Document parsedXml(TestSite site, String file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(site.output().resolve(file))));
    }

    @Test
    void controlCharactersPastedFromAPdfAreLeftOutOfTheFeedAndNamedAtTheirLine() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG)
                .file("_posts/2024-05-01-pasted.md", "---\ntitle: \"Pasted\\ffrom a PDF\"\n---\n\nIt said\b\b so.\n");

        BuildReport report = site.build();

        assertThat(report.warnings()).containsExactly(new Problem(Path.of("_posts/2024-05-01-pasted.md"), 5,
                "holds the control character U+0008 (backspace), and 1 more, which XML forbids: the feed and"
                        + " sitemap leave it out, and a page shows nothing for it; delete it (text pasted from a PDF"
                        + " often brings it)"));
        Document feed = parsedXml(site, "feed.xml");
        assertThat(feed.getElementsByTagName("entry").item(0).getTextContent()).contains("Pastedfrom a PDF",
                "It said so.");
        parsedXml(site, "sitemap.xml");
    }

    @Test
    void layoutNullOrNoneWritesTheRenderedContentAsItIs() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG + "defaults:\n  - scope: {path: \"\"}\n"
                        + "    values: {layout: default}\n")
                .file("_pages/raw.html", "---\nlayout: null\npermalink: /raw.html\n---\n<p>{{ site.title }}</p>\n")
                .file("_pages/bare.md", "---\nlayout: none\npermalink: /bare/\n---\n*Bare*\n")
                .file("_pages/empty.md", "---\nlayout:\npermalink: /empty/\n---\n*Empty*\n")
                .file("_pages/framed.md", "---\npermalink: /framed/\n---\n*Framed*\n");

        site.build();

        assertThat(site.text("raw.html")).isEqualTo("<p>Lab</p>\n");
        assertThat(site.text("bare/index.html")).isEqualTo("<p><em>Bare</em></p>\n");
        // An empty value is YAML's null too.
        assertThat(site.text("empty/index.html")).isEqualTo("<p><em>Empty</em></p>\n");
        assertThat(site.text("framed/index.html")).startsWith("<!doctype html>");
    }

    @Test
    void rootFilesWithFrontMatterAreRenderedUnderTheirOwnNames() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG)
                .file("_posts/2024-05-01-first.md", "---\ntitle: First & best\n---\nHello.\n")
                .file("feed.xml", "---\nlayout: null\n---\n<?xml version=\"1.0\"?>\n<rss><channel>"
                        + "{% for post in site.posts %}<item><title>{{ post.title | xml_escape }}</title></item>"
                        + "{% endfor %}</channel></rss>\n")
                .file("assets/search.json", "---\n---\n[{% for post in site.posts %}{{ post.title | jsonify }}"
                        + "{% endfor %}]\n")
                .file("humans.txt", "---\n---\nSite: {{ site.title }}\n")
                .file("plain.json", "{\"kept\": \"{{ as written }}\"}\n");

        BuildReport report = site.build();

        assertThat(report.warnings()).isEmpty();
        assertThat(parsedXml(site, "feed.xml").getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("First & best");
        assertThat(site.text("assets/search.json")).isEqualTo("[\"First & best\"]\n");
        assertThat(site.text("humans.txt")).isEqualTo("Site: Lab\n");
        assertThat(site.text("plain.json")).isEqualTo("{\"kept\": \"{{ as written }}\"}\n");
        assertThat(site.text("sitemap.xml")).doesNotContain("search.json", "humans.txt", "feed.xml");
    }

    @Test
    void aRenderedFileGetsALayoutOnlyWhenItNamesOne() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG)
                .file("notes.txt", "---\nlayout: page\n---\nFramed notes.\n");

        site.build();

        assertThat(site.text("notes.txt")).startsWith("<!doctype html>").contains("Framed notes.");
    }
}
