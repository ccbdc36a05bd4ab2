package dev.homepage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import dev.homepage.cache.ContentFingerprints;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyCacheTest {

    private static final Path SOURCE = Path.of("_posts/2024-01-01-a.md");
    /** A build's content: the one document, as one version of its file made it. */
    private static final ContentFingerprints NO_CONTENT = new ContentFingerprints("", Map.of(SOURCE, "fingerprint-1"),
            "", "");
    /** The same document, from another version of its file. */
    private static final ContentFingerprints CHANGED = new ContentFingerprints("", Map.of(SOURCE, "fingerprint-2"),
            "", "");

    @TempDir
    Path folder;

    private final Document document = new Document(SOURCE, "posts", Map.of(), "Body",
            5, null, "a", "/posts/a/", true, true);

    private BodyCache savedWith(String version, String html) throws Exception {
        BodyCache cache = new BodyCache();
        cache.nextBuild(NO_CONTENT, "", document -> false);
        cache.keep(new RenderedDocument(document, html, "<p>excerpt</p>", "", java.util.List.of()));
        cache.save(folder, version);
        return cache;
    }

    /** A new cache, as the next run makes it, with what the folder holds loaded, and its first build begun. */
    private BodyCache loaded(String version) {
        BodyCache cache = new BodyCache();
        cache.load(folder, version);
        cache.nextBuild(NO_CONTENT, "", document -> false);
        return cache;
    }

    @Test
    void aBodySavedByOneRunIsFoundByTheNextAsTheDocumentOfThatRun() throws Exception {
        savedWith("v1", "<p>" + "long body ".repeat(10_000) + "</p>");

        BodyCache next = loaded("v1");
        RenderedDocument found = next.find(document);

        assertThat(found).isNotNull();
        assertThat(found.html()).isEqualTo("<p>" + "long body ".repeat(10_000) + "</p>");
        assertThat(found.excerptHtml()).isEqualTo("<p>excerpt</p>");
        assertThat(found.document()).isSameAs(document);
        next.nextBuild(CHANGED, "", document -> false);
        assertThat(next.find(document)).isNull();
    }

    @Test
    void aPaginatedPagesLaterPagesAndWarningsComeBackWithIt() throws Exception {
        BodyCache cache = new BodyCache();
        cache.nextBuild(NO_CONTENT, "", document -> false);
        List<Problem> warnings = List.of(new Problem(Path.of("_includes/x.html"), 3, "a warning"));
        cache.keep(new RenderedDocument(document, "<p>1</p>", "", "", warnings,
                List.of(new RenderedDocument(document.at("/posts/page/2/"), "<p>2</p>", "", "", warnings))));
        cache.save(folder, "v1");

        RenderedDocument found = loaded("v1").find(document);

        assertThat(found.warnings()).isEqualTo(warnings);
        assertThat(found.laterPages()).singleElement().satisfies(page -> {
            assertThat(page.document().url()).isEqualTo("/posts/page/2/");
            assertThat(page.html()).isEqualTo("<p>2</p>");
        });
    }

    @Test
    void bodiesSavedByAnotherVersionOfHomepageAreNotUsed() throws Exception {
        savedWith("v1", "<p>old</p>");

        BodyCache next = loaded("v2");

        assertThat(next.find(document)).isNull();
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        savedWith("v1", "<p>" + "x".repeat(1000) + "</p>");
        Path file = folder.resolve("bodies.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(new BodyCache().load(folder, "v1")).isFalse();
        assertThat(loaded("v1").find(document)).isNull();
    }

    @Test
    void aCacheDamagedWithoutChangingItsLengthIsNotUsed() throws Exception {
        savedWith("v1", "<p>" + "x".repeat(1000) + "</p>");
        Path file = folder.resolve("bodies.bin");
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        Files.writeString(file, text.replace("xxxxx", "xxyxx"), StandardCharsets.ISO_8859_1);
        assertThat(Files.size(file)).isEqualTo(text.length());

        assertThat(new BodyCache().load(folder, "v1")).isFalse();
        assertThat(loaded("v1").find(document)).isNull();
    }

    @Test
    void aDamagedCacheIsNotedAndTheBuildIsTheSameAsWithoutIt() throws Exception {
        TestSite site = new TestSite(folder.resolve("site"), folder.resolve("out"))
                .file("_config.yml", "title: Lab\n")
                .file("_pages/about.md", "---\npermalink: /\n---\nThe *original* text.\n");
        Path cache = folder.resolve("cache");
        new SiteGenerator().generate(site.request().withCache(cache));
        String clean = site.text("index.html");
        Path file = BodyCache.file(cache);
        String saved = Files.readString(file, StandardCharsets.ISO_8859_1);
        Files.writeString(file, saved.replace("original", "damaged!"), StandardCharsets.ISO_8859_1);

        BuildReport report = new SiteGenerator().generate(site.request().withCache(cache));

        assertThat(report.warnings()).containsExactly(new Problem(file, BodyCache.DAMAGED));
        assertThat(site.text("index.html")).isEqualTo(clean).contains("<em>original</em>");
        assertThat(new SiteGenerator().generate(site.request().withCache(cache)).warnings()).isEmpty();
    }

    @Test
    void savedBodiesAreOfferedToTheFirstBuildOnly() throws Exception {
        savedWith("v1", "<p>saved</p>");
        BodyCache next = loaded("v1");

        next.nextBuild(NO_CONTENT, "", document -> false);

        assertThat(next.find(document)).isNull();
    }
}
