package dev.homepage.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body goes through Liquid, then Markdown (for Markdown files); failures are located in the file. */
class BodyRendererTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", "title: Lab\nbaseurl: /lab\n");
    }

    @Test
    void liquidRunsBeforeMarkdown() throws Exception {
        TestSite site = site().file("_pages/a.md", """
                ---
                title: A
                ---
                {% assign who = "**Ada**" %}
                Hello {{ who }}, see [the talks]({{ "/talks/" | relative_url }}).
                """);
        site.build();

        Element body = site.body("/a/");
        assertThat(body.select("p strong").text()).isEqualTo("Ada");
        assertThat(body.select("p a").attr("href")).isEqualTo("/lab/talks/");
    }

    @Test
    void htmlFilesAreNotMarkdown() throws Exception {
        TestSite site = site().file("_pages/a.html", "---\ntitle: A\n---\n<p>*not emphasis*</p>\n\n    not code\n");
        site.build();

        Element body = site.body("/a/");
        assertThat(body.select("em, pre")).isEmpty();
        assertThat(body.text()).contains("*not emphasis*").contains("not code");
    }

    @Test
    void textWithoutLiquidIsNotRunThroughLiquid() throws Exception {
        TestSite site = site().file("_pages/a.md", """
                ---
                title: A
                ---
                The set { not liquid } and a lone %} and {% raw braces.
                """.replace("{% raw braces", "{ % spaced"));
        site.build();

        assertThat(site.body("/a/").text()).isEqualTo("The set { not liquid } and a lone %} and { % spaced.");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() throws Exception {
        SiteBuildException error = site().file("_pages/a.md", """
                ---
                title: A
                ---
                Fine line.

                {% for x in %}{% endfor %}
                """).buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_pages/a.md"));
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).startsWith("Liquid");
        });
    }

    @Test
    void aMissingIncludeIsReportedNamingTheInclude() throws Exception {
        SiteBuildException error = site()
                .file("_pages/a.md", "---\ntitle: A\n---\n{% include publication-list.html %}\n")
                .buildFails();

        Problem problem = error.problems().get(0);
        assertThat(problem.file()).isEqualTo(Path.of("_pages/a.md"));
        assertThat(problem.line()).isPositive();
        assertThat(problem.message()).contains("publication-list.html");
    }

    @Test
    void anIncludeEscapingTheIncludesFolderIsRefused() throws Exception {
        SiteBuildException error = site()
                .file("_pages/a.md", "---\ntitle: A\n---\n{% include ../_config.yml %}\n")
                .buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_pages/a.md"));
            assertThat(problem.message()).contains("../_config.yml");
        });
    }

    @Test
    void liquidErrorsInSeveralFilesAreAllReported() throws Exception {
        SiteBuildException error = site()
                .file("_pages/a.md", "---\ntitle: A\n---\n{% if %}\n")
                .file("_talks/b.md", "---\ntitle: B\n---\n{% include nope.html %}\n")
                .buildFails();

        assertThat(error.problems()).extracting(Problem::file)
                .containsExactlyInAnyOrder(Path.of("_pages/a.md"), Path.of("_talks/b.md"));
    }

    @Test
    void excerptIsTheFirstParagraphOrTheFrontMatters() throws Exception {
        TestSite site = site()
                .file("_talks/one.md", "---\ntitle: One\n---\nFirst *para*.\n\nSecond.\n")
                .file("_talks/two.md", "---\ntitle: Two\nexcerpt: Given **excerpt**\n---\nBody.\n")
                .file("_pages/list.html", "---\ntitle: L\n---\n{% for t in site.talks %}[{{ t.excerpt | strip }}]{% endfor %}");
        site.build();

        assertThat(site.body("/list/").html()).contains("[<p>First <em>para</em>.</p>]")
                .contains("[<p>Given <strong>excerpt</strong></p>]");
    }
}
