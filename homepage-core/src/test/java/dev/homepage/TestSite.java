package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A homepage source folder written file by file in a test's temporary folder, and its build. Public so that the
 * tests of every package can build small sites.
 */
public final class TestSite {

    private final Path source;
    private final Path output;
    private Optional<String> baseUrl = Optional.empty();

    public TestSite(Path folder) {
        this(folder.resolve("site"), folder.resolve("out"));
    }

    /** A site whose sources and output live where given (the output may lie inside the sources). */
    public TestSite(Path source, Path output) {
        this.source = source;
        this.output = output;
    }

    public Path source() {
        return source;
    }

    public Path output() {
        return output;
    }

    public TestSite file(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public TestSite bytes(String path, byte[] content) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return this;
    }

    /** Builds with the given base URL override, as {@code -Dhomepage.baseUrl} would. */
    public TestSite baseUrl(String override) {
        this.baseUrl = Optional.of(override);
        return this;
    }

    public BuildRequest request() {
        return new BuildRequest(source, output, baseUrl);
    }

    public BuildReport build() throws IOException, SiteBuildException {
        return new SiteGenerator().generate(request());
    }

    /** Builds a site that must be refused, and returns why. */
    public SiteBuildException buildFails() {
        SiteBuildException error = catchThrowableOfType(SiteBuildException.class, this::build);
        assertThat(error).as("the build should fail with a SiteBuildException").isNotNull();
        return error;
    }

    /** The file a site-relative URL is written to: {@code /x/} and {@code /x} to x/index.html, {@code /x.html} as is. */
    public Path outputFile(String url) {
        String path = url;
        if (!path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            path = (path.endsWith("/") ? path : path + "/") + "index.html";
        }
        return output.resolve(path.substring(1));
    }

    /** The page written for a URL, parsed; its {@code html()} is the markup as written, not pretty-printed. */
    public Document page(String url) throws IOException {
        Path file = outputFile(url);
        assertThat(file).as("the page written for %s", url).isRegularFile();
        Document page = Jsoup.parse(file.toFile(), "UTF-8", "http://localhost" + url);
        page.outputSettings().prettyPrint(false);
        return page;
    }

    /** The rendered body of a page (its {@code .page-body}, inside the layout). */
    public Element body(String url) throws IOException {
        Element body = page(url).selectFirst("main .page-body");
        assertThat(body).as("the .page-body of %s", url).isNotNull();
        return body;
    }

    /** The text of an output file. */
    public String text(String outputPath) throws IOException {
        return Files.readString(output.resolve(outputPath), StandardCharsets.UTF_8);
    }
}
