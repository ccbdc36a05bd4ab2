package dev.homepage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.cache.ContentFingerprints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the regenerator takes as unchanged, and what it keeps while its sources are the same. */
class RegeneratorTest {

    private static final ContentFingerprints CONTENT = new ContentFingerprints("config", Map.of(), "data", "whole");
    private static final Path SASS = Path.of("_sass");

    @TempDir
    Path source;

    private final Regenerator regenerator = new Regenerator();

    @BeforeEach
    void writeSources() throws Exception {
        Files.createDirectories(source.resolve("_includes"));
        Files.writeString(source.resolve("_includes/note.html"), "<p>A note</p>");
        Files.createDirectories(source.resolve("_sass"));
        Files.writeString(source.resolve("_sass/_colours.scss"), "$accent: red;");
    }

    /** A build of the content that succeeds. */
    private void succeededBuild(ContentFingerprints content) throws Exception {
        regenerator.madeFrom(source, source.resolve("_site"), content, SASS, List.of());
        regenerator.nextBuild(document -> false);
        regenerator.succeeded();
    }

    private boolean unchangedFor(ContentFingerprints content) throws Exception {
        regenerator.madeFrom(source, source.resolve("_site"), content, SASS, List.of());
        return regenerator.unchanged();
    }

    @Test
    void aBuildMadeFromWhatTheLastThatSucceededWasMadeFromIsUnchanged() throws Exception {
        assertThat(unchangedFor(CONTENT)).as("before any build").isFalse();
        succeededBuild(CONTENT);

        assertThat(unchangedFor(CONTENT)).isTrue();
    }

    @Test
    void aBuildThatDidNotSucceedIsNeverTakenAsTheLast() throws Exception {
        succeededBuild(CONTENT);
        regenerator.madeFrom(source, source.resolve("_site"), CONTENT, SASS, List.of());
        regenerator.nextBuild(document -> false);

        assertThat(unchangedFor(CONTENT)).isFalse();
    }

    @Test
    void aChangedIncludeSassPartialBibliographyOrContentIsAChange() throws Exception {
        succeededBuild(CONTENT);
        Files.writeString(source.resolve("_includes/note.html"), "<p>Another note</p>");
        assertThat(unchangedFor(CONTENT)).as("an include changed").isFalse();

        succeededBuild(CONTENT);
        Files.writeString(source.resolve("_sass/_colours.scss"), "$accent: blue;");
        assertThat(unchangedFor(CONTENT)).as("a Sass partial changed").isFalse();

        succeededBuild(CONTENT);
        Files.createDirectories(source.resolve("_bibliography"));
        Files.writeString(source.resolve("_bibliography/papers.bib"), "@article{a, title={A}}");
        assertThat(unchangedFor(CONTENT)).as("a bibliography file was added").isFalse();

        succeededBuild(CONTENT);
        assertThat(unchangedFor(new ContentFingerprints("config", Map.of(), "data", "other"))).as("the content")
                .isFalse();
    }

    @Test
    void theTemplatesChangeOnlyWhenTheirFilesDo() throws Exception {
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/page.ftlh"), "<#-- one -->");
        List<Path> templates = List.of(Path.of("templates/page.ftlh"));

        regenerator.madeFrom(source, source.resolve("_site"), CONTENT, SASS, templates);
        assertThat(regenerator.templatesChanged()).as("first build").isTrue();
        regenerator.madeFrom(source, source.resolve("_site"), CONTENT, SASS, templates);
        assertThat(regenerator.templatesChanged()).as("same files").isFalse();
        Files.writeString(source.resolve("templates/page.ftlh"), "<#-- two -->");
        regenerator.madeFrom(source, source.resolve("_site"), CONTENT, SASS, templates);
        assertThat(regenerator.templatesChanged()).as("a template changed").isTrue();
    }

    @Test
    void thePublicationsAreMadeOnceWhileTheirSourcesAreTheSame() throws Exception {
        int[] made = {0};
        Regenerator.Catalog<String> catalog = () -> "catalog " + ++made[0];

        succeededBuild(CONTENT);
        assertThat(regenerator.catalog(List.of(), catalog)).isEqualTo("catalog 1");
        regenerator.madeFrom(source, source.resolve("_site"), CONTENT, SASS, List.of());
        regenerator.nextBuild(document -> false);
        assertThat(regenerator.catalog(List.of(), catalog)).isEqualTo("catalog 1");

        regenerator.madeFrom(source, source.resolve("_site"),
                new ContentFingerprints("config", Map.of(), "other data", "whole"), SASS, List.of());
        regenerator.nextBuild(document -> false);
        assertThat(regenerator.catalog(List.of(), catalog)).isEqualTo("catalog 2");
    }
}
