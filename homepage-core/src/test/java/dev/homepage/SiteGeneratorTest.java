package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void reportTracesEveryWrittenFileToWhatItWasMadeFrom() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Ada\n")
                .file("_pages/about.md", "---\npermalink: /\n---\n\nHello.\n")
                .file("_talks/2024-05-01-moths.md", "---\ntitle: Moths\n---\n\nMoths.\n")
                .file("images/ada.png", "png");

        BuildReport report = site.build();

        assertThat(report.sources()).contains(
                entry(Path.of("index.html"), Path.of("_pages/about.md")),
                entry(Path.of("talks/2024-05-01-moths/index.html"), Path.of("_talks/2024-05-01-moths.md")),
                entry(Path.of("talks/index.html"), Path.of("_talks")),
                entry(Path.of("images/ada.png"), Path.of("images/ada.png")),
                entry(Path.of("assets/homepage/homepage.css"), Path.of("theme asset homepage.css")));
        assertThat(report.sources()).hasSize(report.pagesWritten() + report.filesCopied());
        assertThat(report.sources().keySet()).allMatch(file -> site.output().resolve(file).toFile().isFile());
    }
}
