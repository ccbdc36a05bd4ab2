package dev.homepage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A homepage source folder written file by file in a test's temporary folder, and its build. */
public final class TestSite {

    private final Path source;
    private final Path output;

    public TestSite(Path folder) {
        this.source = folder.resolve("site");
        this.output = folder.resolve("out");
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

    public BuildReport build() throws IOException, SiteBuildException {
        return new SiteGenerator().generate(new BuildRequest(source, output));
    }

    /** The page written for a URL, parsed. */
    public Document page(String url) throws IOException {
        String path = url.endsWith("/") ? url + "index.html" : url;
        Path file = output.resolve(path.substring(1));
        return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost" + url);
    }
}
