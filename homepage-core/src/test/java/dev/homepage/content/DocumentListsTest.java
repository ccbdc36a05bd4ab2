package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.Problem;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild keeps the lists of the content (which items are published, which documents get a page, the orders)
 * when the changed documents keep their place: what the lists said, and whether an item is published as the
 * build's time moves on, must still be as a full build finds them.
 */
class DocumentListsTest {

    private static final Instant BEFORE_THE_LATER_POST = Instant.parse("2029-06-01T00:00:00Z");
    private static final Instant AFTER_THE_LATER_POST = Instant.parse("2030-06-01T00:00:00Z");

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder.resolve("site"), folder.resolve("out"))
                .file("_config.yml", "title: Lab\n")
                .file("_posts/2020-01-01-early.md", "---\ntitle: Early\n---\nEarly text\n")
                .file("_posts/2030-01-01-later.md", "---\ntitle: Later\n---\nLater text\n");
    }

    @Test
    void aRebuildAfterATextChangedStillSaysWhichItemWaitsForItsDay() throws Exception {
        TestSite site = site();
        SiteGenerator generator = new SiteGenerator();
        BuildRequest request = site.request().withBuildTime(BEFORE_THE_LATER_POST);
        generator.generate(request);

        site.file("_posts/2020-01-01-early.md", "---\ntitle: Early\n---\nEarly text, edited\n");
        BuildReport rebuilt = generator.rebuild(request, Set.of(Path.of("_posts/2020-01-01-early.md")));

        assertThat(rebuilt.warnings()).extracting(Problem::file)
                .containsExactly(Path.of("_posts/2030-01-01-later.md"));
        assertThat(site.body("/2020/01/01/early.html").text()).contains("Early text, edited");
    }

    @Test
    void anItemIsPublishedByTheFirstRebuildAfterItsDay() throws Exception {
        TestSite site = site();
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request().withBuildTime(BEFORE_THE_LATER_POST));
        assertThat(site.outputFile("/2030/01/01/later.html")).doesNotExist();

        site.file("_posts/2020-01-01-early.md", "---\ntitle: Early\n---\nEarly text, edited\n");
        BuildReport rebuilt = generator.rebuild(site.request().withBuildTime(AFTER_THE_LATER_POST),
                Set.of(Path.of("_posts/2020-01-01-early.md")));

        assertThat(rebuilt.warnings()).isEmpty();
        assertThat(site.body("/2030/01/01/later.html").text()).contains("Later text");
        assertThat(Files.readString(site.outputFile("/posts/"))).contains("Later");
    }

    @Test
    void aRebuildAfterAnItemsDateChangedListsItInItsNewPlace() throws Exception {
        TestSite site = site()
                .file("_posts/2021-01-01-middle.md", "---\ntitle: Middle\n---\nMiddle text\n")
                .file("_pages/order.md", "---\ntitle: Order\npermalink: /order/\n---\n"
                        + "{% for post in site.posts %}[{{ post.title }}]{% endfor %}\n");
        SiteGenerator generator = new SiteGenerator();
        BuildRequest request = site.request().withBuildTime(BEFORE_THE_LATER_POST);
        generator.generate(request);
        assertThat(site.body("/order/").text()).contains("[Middle][Early]");

        // A permalink of its own, so that only the date changes, not the URL.
        site.file("_posts/2020-01-01-early.md", "---\ntitle: Early\npermalink: /early/\n---\nEarly text\n");
        generator.rebuild(request, Set.of(Path.of("_posts/2020-01-01-early.md")));
        site.file("_posts/2020-01-01-early.md",
                "---\ntitle: Early\npermalink: /early/\ndate: 2022-01-01\n---\nEarly text\n");
        generator.rebuild(request, Set.of(Path.of("_posts/2020-01-01-early.md")));

        assertThat(site.body("/order/").text()).contains("[Early][Middle]");
    }

    @Test
    void aRebuildAfterAnItemsDateMovedPastTheBuildsTimeLeavesItOut() throws Exception {
        TestSite site = site();
        SiteGenerator generator = new SiteGenerator();
        BuildRequest request = site.request().withBuildTime(BEFORE_THE_LATER_POST);
        site.file("_posts/2020-01-01-early.md", "---\ntitle: Early\npermalink: /early/\n---\nEarly text\n");
        generator.generate(request);
        assertThat(site.outputFile("/early/")).exists();

        site.file("_posts/2020-01-01-early.md",
                "---\ntitle: Early\npermalink: /early/\ndate: 2029-12-01\n---\nEarly text\n");
        BuildReport rebuilt = generator.rebuild(request, Set.of(Path.of("_posts/2020-01-01-early.md")));

        assertThat(site.outputFile("/early/")).doesNotExist();
        assertThat(rebuilt.warnings()).extracting(Problem::file).contains(Path.of("_posts/2020-01-01-early.md"));
    }

    @Test
    void aRebuildAfterTheTextOfADocumentWithoutAPageChangedStillGivesItNone() throws Exception {
        TestSite site = site()
                .file("_pages/first.md", "---\ntitle: First\npermalink: /same/\n---\nfirst\n")
                .file("_pages/second.md", "---\ntitle: Second\npermalink: /same/\n---\nsecond\n");
        SiteGenerator generator = new SiteGenerator();
        BuildRequest request = site.request().withBuildTime(BEFORE_THE_LATER_POST);
        generator.generate(request);

        site.file("_pages/first.md", "---\ntitle: First\npermalink: /same/\n---\nfirst, edited\n");
        BuildReport rebuilt = generator.rebuild(request, Set.of(Path.of("_pages/first.md")));

        assertThat(rebuilt.warnings()).extracting(Problem::file)
                .containsExactlyInAnyOrder(Path.of("_pages/first.md"), Path.of("_posts/2030-01-01-later.md"));
        assertThat(site.body("/same/").text()).contains("second").doesNotContain("first");
    }
}
