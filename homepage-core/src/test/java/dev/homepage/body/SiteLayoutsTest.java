package dev.homepage.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout of the site's own that the theme has none of, and that goes into one the theme knows, runs as Jekyll
 * runs it, with the page's content; the theme draws the page around what it gives.
 */
class SiteLayoutsTest {

    private static final String CONFIG = "title: Glacier Lab\n";

    private static final String PEOPLE_LAYOUT = """
            ---
            layout: default
            kind: team
            ---
            <h1 class="people-title">{{ page.title }}</h1>
            <div class="intro">{{ content }}</div>
            {% for person in site.data.students %}<p class="person">{{ person.name }} ({{ layout.kind }})</p>
            {% endfor %}
            """;

    private static final String PEOPLE_PAGE = """
            ---
            layout: people
            title: People
            permalink: /people/
            ---
            We study *ice* together.
            """;

    @TempDir
    Path folder;

    private TestSite peopleSite() throws Exception {
        return new TestSite(folder)
                .file("_config.yml", CONFIG)
                .file("_data/students.yml", "- name: Ana\n- name: Bo\n")
                .file("_layouts/people.html", PEOPLE_LAYOUT)
                .file("_pages/people.md", PEOPLE_PAGE);
    }

    @Test
    void aPageInALayoutOfTheSitesOwnShowsWhatTheLayoutWritesInsideTheThemesFrame() throws Exception {
        TestSite site = peopleSite();
        BuildReport report = site.build();

        Document page = site.page("/people/");
        // The theme's frame: its header and navigation, around the article the layout wrote.
        assertThat(page.select("header.masthead a.site-title").text()).isEqualTo("Glacier Lab");
        assertThat(page.select("footer.site-footer")).hasSize(1);
        assertThat(page.select("main article.page .page-body .intro em").text()).isEqualTo("ice");
        assertThat(page.select("main .person").eachText()).containsExactly("Ana (team)", "Bo (team)");
        // The layout writes the page's heading; the frame adds none of its own.
        assertThat(page.select("main h1").eachText()).containsExactly("People");
        assertThat(report.warnings()).extracting(Problem::message).noneMatch(message -> message.contains("'people'"));
    }

    @Test
    void layoutsThatGoIntoEachOtherRunInnermostFirstAndTheThemesPageLayoutDrawsTheLast() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", CONFIG)
                .file("_layouts/group.html", "---\nlayout: section\nshade: dark\n---\n"
                        + "<div class=\"group {{ layout.shade }}\">{{ content }}</div>\n")
                .file("_layouts/section.html", "---\nlayout: page\nshade: light\nwidth: wide\nnote:\n---\n"
                        + "<section class=\"{{ layout.shade }} {{ layout.width }}\">{{ content }}</section>\n")
                .file("_pages/groups.md", "---\nlayout: group\ntitle: Groups\npermalink: /groups/\n---\nTwo groups.\n");
        site.build();

        Document page = site.page("/groups/");
        assertThat(page.select("main h1.page-title").text()).isEqualTo("Groups");
        // Jekyll's layout variable: a layout's front matter under that of the layouts inside it.
        assertThat(page.select("main section.dark.wide > div.group.dark > p").text()).isEqualTo("Two groups.");
    }

    @Test
    void aLayoutThatIsAWholePageOfItsOwnIsNotRunAndTheWarningSaysWhy() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", CONFIG)
                .file("_layouts/distill.html", "<html><body class=\"distill\">{{ content }}</body></html>\n")
                .file("_posts/2024-01-01-essay.md", "---\nlayout: distill\ntitle: Essay\n---\nAn essay.\n");
        BuildReport report = site.build();

        assertThat(site.page("/2024/01/01/essay.html").select("main").text()).contains("Essay", "An essay.");
        assertThat(report.warnings()).filteredOn(warning -> warning.file().toString().endsWith("essay.md"))
                .extracting(Problem::message).singleElement().asString()
                .contains("the site's layout 'distill' is a whole HTML page of its own", "theme's item layout",
                        "add templates/distill.ftlh");
    }

    @Test
    void layoutsThatGoIntoEachOtherInALoopAreNotRunAndTheWarningNamesThem() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", CONFIG)
                .file("_layouts/left.html", "---\nlayout: right\n---\n<div class=\"left\">{{ content }}</div>\n")
                .file("_layouts/right.html", "---\nlayout: left\n---\n<div class=\"right\">{{ content }}</div>\n")
                .file("_pages/turn.md", "---\nlayout: left\ntitle: Turn\npermalink: /turn/\n---\nAround.\n");
        BuildReport report = site.build();

        assertThat(site.page("/turn/").select(".left, .right")).isEmpty();
        assertThat(report.warnings()).extracting(Problem::message)
                .anyMatch(message -> message.contains("the site's layouts 'left', 'right' go into each other in a loop"));
    }

    @Test
    void aLiquidMistakeInALayoutIsReportedAtTheLayoutsLine() throws Exception {
        TestSite site = peopleSite().file("_layouts/people.html", "---\nlayout: default\n---\n<h1>{{ page.title }}</h1>\n"
                + "{% for person in site.data.students %}\n<p>{{ person.name }}</p>\n");

        SiteBuildException error = site.buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_layouts/people.html"));
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).contains("for", "(laying out _pages/people.md)").doesNotContain("Exception");
        });
    }

    @Test
    void aRebuildRunsALayoutThatAppearedOrChangedSinceTheLastBuild() throws Exception {
        TestSite site = peopleSite();
        Files.delete(site.source().resolve("_layouts/people.html"));
        SiteGenerator generator = new SiteGenerator();
        BuildReport first = generator.generate(site.request());
        assertThat(first.warnings()).extracting(Problem::message).anyMatch(message -> message.contains("'people'"));
        assertThat(site.page("/people/").select(".person")).isEmpty();

        site.file("_layouts/people.html", PEOPLE_LAYOUT);
        generator.rebuild(site.request(), Set.of(Path.of("_layouts/people.html")));
        assertThat(site.page("/people/").select(".person").eachText()).containsExactly("Ana (team)", "Bo (team)");

        site.file("_layouts/people.html", PEOPLE_LAYOUT.replace("kind: team", "kind: crew"));
        generator.rebuild(site.request(), Set.of(Path.of("_layouts/people.html")));
        assertThat(site.page("/people/").select(".person").eachText()).containsExactly("Ana (crew)", "Bo (crew)");
    }
}
