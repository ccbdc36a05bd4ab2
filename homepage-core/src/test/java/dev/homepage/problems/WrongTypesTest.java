package dev.homepage.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value of the wrong type falls back to what the site does without it, instead of showing as {@code [a, b]} or
 * making a folder of a mapping; bad-input/ holds the warnings each gives.
 */
class WrongTypesTest {

    @TempDir
    Path folder;

    private static String everything(Path output) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.sorted().toList()) {
                all.append(output.relativize(file)).append('\n');
                if (Files.isRegularFile(file)) {
                    all.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
        }
        return all.toString();
    }

    @Test
    void frontMatterOfTheWrongTypeIsLeftOut() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\nurl: https://lab.example.org\n")
                .file("_talks/2024-05-01-moths.md", "---\ntitle: [a, b]\nredirect_from: {old: path}\n"
                        + "last_modified_at: not a date\nsitemap: \"no\"\n---\n\nMoths.\n");

        site.build();

        Document talk = site.page("/talks/2024-05-01-moths/");
        assertThat(talk.select("h1").text()).contains("Moths");
        String output = everything(site.output());
        assertThat(output).doesNotContain("[a, b]", "old=path", "not a date");
        assertThat(site.text("sitemap.xml")).contains("<loc>https://lab.example.org/talks/2024-05-01-moths/</loc>",
                "<lastmod>2024-05-01</lastmod>");
    }

    @Test
    void configOfTheWrongTypeIsLeftOut() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: [Lab, Notes]\nlang: [en, fr]\n"
                        + "url: not a url\nbaseurl: https://example.org/lab\nnews:\n  home_limit: -3\n")
                .file("_pages/about.md", "---\ntitle: About\npermalink: /\n---\n\nHello.\n");
        for (int day = 1; day <= 7; day++) {
            site.file("_news/2024-01-0" + day + "-n.md", "---\ntitle: News " + day + "\n---\n\nNews " + day + ".\n");
        }

        site.build();

        Document home = site.page("/");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("link[rel=canonical]")).isEmpty();
        assertThat(everything(site.output())).doesNotContain("[Lab, Notes]", "[en, fr]", "not a url",
                "https://example.org/lab");
        assertThat(home.text()).contains("News 7", "News 3").doesNotContain("News 2");
    }

    @Test
    void countsThatAreNoCountsAreNotShown() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\n")
                .file("_data/citations.yml", "total: 1e30\npapers:\n  paper-one: -5\n  paper-two: 57\n")
                .file("_publications/paper-one.md", "---\ntitle: Paper one\ndate: 2024-01-01\n---\n\nAbstract.\n")
                .file("_publications/paper-two.md", "---\ntitle: Paper two\ndate: 2023-01-01\n---\n\nAbstract.\n");

        site.build();

        String publications = site.page("/publications/").text();
        assertThat(publications).contains("57").doesNotContain("-5", "2147483647", "1e30", "1E+30");
    }
}
