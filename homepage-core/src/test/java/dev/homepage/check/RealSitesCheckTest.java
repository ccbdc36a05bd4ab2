package dev.homepage.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.Problem;
import dev.homepage.Seeds;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check on the repository's example homepage and on the seed pages. */
class RealSitesCheckTest {

    /** The example homepage, beside this module (tests run in the module's folder). */
    private static final Path EXAMPLE = Path.of("../example");

    private static final String SEED_CONFIG = """
            title: "Seed site"
            url: "https://seed.example.org"
            author:
              name: "Seed Author"
            """;

    @TempDir
    Path folder;

    @Test
    void exampleHomepageHasNoErrors() throws Exception {
        assertThat(EXAMPLE.resolve("_config.yml")).isRegularFile();
        BuildRequest request = new BuildRequest(EXAMPLE, folder.resolve("out"));

        List<Finding> findings = new SiteChecker().check(request, new SiteGenerator().generate(request));

        assertThat(findings).isEmpty();
    }

    /** What the build warns of the seed's text, after checking that the check finds none of it again. */
    private List<String> encodingWarnings(String seed) throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", SEED_CONFIG).file("_pages/about.md", Seeds.read(seed));
        BuildReport built = site.build();
        List<String> warnings = built.warnings().stream().map(Problem::toString)
                .filter(warning -> warning.contains("wrong encoding")).toList();
        assertThat(new SiteChecker().check(site.request(), built)).extracting(Finding::toString)
                .filteredOn(warnings::contains).isEmpty();
        return warnings;
    }

    @Test
    @Tag(Seeds.TAG)
    void seedSavedWithTheWrongEncodingGetsAWarningForEachGarbledRunWithItsFix() throws Exception {
        List<String> warnings = encodingWarnings("002");

        // The seed kept the Apple logo (U+F8FF) that Mac Roman reads the emoji's first byte as.
        String about = Path.of("_pages", "about.md") + ":";
        String macRoman = " saved with the wrong encoding (UTF-8 read as Mac Roman): replace ";
        assertThat(warnings).contains(
                about + "25: \"\uF8FFüî•\" looks like \"🔥\"" + macRoman + "it with 🔥",
                about + "26: \"\uF8FFüéâ\uF8FFüéâ\" looks like \"🎉🎉\"" + macRoman + "it with 🎉🎉",
                about + "31: \"\uF8FFüìù\" looks like \"📝\"" + macRoman + "it with 📝",
                about + "33: \"‚Ä†\" looks like \"†\"" + macRoman + "it with †",
                about + "97: \"\uF8FFüìñ\" looks like \"📖\"" + macRoman + "it with 📖");
        assertThat(warnings).allMatch(warning -> warning.contains(macRoman));
        assertThat(warnings).contains(about + "51: \"‚Ä†\" (3 times) looks like \"†\"" + macRoman + "each with †");
        assertThat(warnings).filteredOn(warning -> warning.endsWith("†")).hasSize(6);
    }

    @Test
    @Tag(Seeds.TAG)
    void seedInProperUtf8GetsNoEncodingWarning() throws Exception {
        assertThat(Seeds.read("003")).contains("📖", "👉");

        assertThat(encodingWarnings("003")).isEmpty();
    }
}
