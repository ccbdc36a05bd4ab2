package dev.homepage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The site configuration: which file, base URL, time zone, and what is refused. */
class ConfigLoaderTest {

    @TempDir
    Path source;

    private SiteConfig load(String yaml) throws Exception {
        return load(yaml, Optional.empty());
    }

    private SiteConfig load(String yaml, Optional<String> baseUrl) throws Exception {
        write("_config.yml", yaml);
        return new ConfigLoader().load(source, baseUrl);
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(source.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    private SiteBuildException refused(String yaml) throws IOException {
        write("_config.yml", yaml);
        SiteBuildException error = catchThrowableOfType(SiteBuildException.class,
                () -> new ConfigLoader().load(source, Optional.empty()));
        assertThat(error).as("the config should be refused").isNotNull();
        return error;
    }

    @Test
    void readsJekyllsConfigFile() throws Exception {
        SiteConfig config = load("title: Ada\ndescription: Notes\nurl: https://ada.example.org/\nlang: fr\n");

        assertThat(config.title()).isEqualTo("Ada");
        assertThat(config.description()).isEqualTo("Notes");
        assertThat(config.url()).isEqualTo("https://ada.example.org");
        assertThat(config.lang()).isEqualTo("fr");
        assertThat(config.raw()).containsEntry("title", "Ada").containsEntry("url", "https://ada.example.org");
    }

    @Test
    void readsHomepageYmlWhenThereIsNoJekyllConfig() throws Exception {
        write("homepage.yml", "title: From homepage.yml\n");

        assertThat(new ConfigLoader().load(source, Optional.empty()).title()).isEqualTo("From homepage.yml");
    }

    @Test
    void jekyllsConfigWinsOverHomepageYml() throws Exception {
        write("homepage.yml", "title: From homepage.yml\n");

        assertThat(load("title: From _config.yml\n").title()).isEqualTo("From _config.yml");
    }

    @Test
    void noConfigAtAllGivesDefaults() throws Exception {
        SiteConfig config = new ConfigLoader().load(source, Optional.empty());

        assertThat(config.title()).isEmpty();
        assertThat(config.baseurl()).isEmpty();
        assertThat(config.url()).isEmpty();
        assertThat(config.lang()).isEqualTo("en");
        assertThat(config.timeZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(config.author().exists()).isFalse();
    }

    @Test
    void localeGivesTheLanguageWhenLangIsMissing() throws Exception {
        assertThat(load("locale: en_GB\n").lang()).isEqualTo("en-GB");
    }

    @ParameterizedTest(name = "baseurl \"{0}\" -> \"{1}\"")
    @CsvSource(value = {"'',''", "/,''", "lab,/lab", "/lab/,/lab", "/lab,/lab", "lab/,/lab", "/a/b/,/a/b", "' /lab ',/lab"})
    void baseurlIsNormalized(String written, String expected) throws Exception {
        SiteConfig config = load("baseurl: \"" + written + "\"\n");

        assertThat(config.baseurl()).isEqualTo(expected);
        assertThat(config.raw()).containsEntry("baseurl", expected);
    }

    @Test
    void aFullUrlOverrideSetsUrlAndBaseurl() throws Exception {
        SiteConfig config = load("url: https://old.example.org\nbaseurl: /old\n",
                Optional.of("https://ada.example.org/lab/"));

        assertThat(config.url()).isEqualTo("https://ada.example.org");
        assertThat(config.baseurl()).isEqualTo("/lab");
        assertThat(config.raw()).containsEntry("url", "https://ada.example.org").containsEntry("baseurl", "/lab");
    }

    @Test
    void aFullUrlOverrideWithoutPathClearsTheBaseurl() throws Exception {
        SiteConfig config = load("baseurl: /old\n", Optional.of("http://localhost:8080"));

        assertThat(config.url()).isEqualTo("http://localhost:8080");
        assertThat(config.baseurl()).isEmpty();
    }

    @Test
    void aPathOverrideSetsTheBaseurlOnly() throws Exception {
        SiteConfig config = load("url: https://ada.example.org\nbaseurl: /old\n", Optional.of("lab/"));

        assertThat(config.url()).isEqualTo("https://ada.example.org");
        assertThat(config.baseurl()).isEqualTo("/lab");
    }

    @Test
    void timeZoneIsRead() throws Exception {
        assertThat(load("timezone: America/New_York\n").timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void unknownTimeZoneIsReportedAgainstTheConfig() throws Exception {
        SiteBuildException error = refused("title: x\ntimezone: Mars/Olympus_Mons\n");

        assertThat(error.problems()).hasSize(1);
        Problem problem = error.problems().get(0);
        assertThat(problem.file()).isEqualTo(Path.of("_config.yml"));
        assertThat(problem.message()).contains("Mars/Olympus_Mons").contains("Europe/Paris");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirLine() throws Exception {
        SiteBuildException error = refused("title: a\nurl: https://x.org\ntitle: b\n");

        Problem problem = error.problems().get(0);
        assertThat(problem.file()).isEqualTo(Path.of("_config.yml"));
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("title");
    }

    @Test
    void yamlThatIsNotAMapIsRefused() throws Exception {
        SiteBuildException error = refused("- title\n- url\n");

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_config.yml"));
            assertThat(problem.message()).contains("mapping");
        });
    }

    @Test
    void invalidYamlIsRefusedWithItsLine() throws Exception {
        SiteBuildException error = refused("title: ok\nauthor:\n  name: \"unclosed\n");

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_config.yml"));
            assertThat(problem.line()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void excludeAddsToTheAlwaysExcludedToolingFiles() throws Exception {
        SiteConfig config = load("exclude: [drafts, \"*.bak\"]\ninclude: .well-known\n");

        assertThat(config.exclude()).contains("Gemfile", "README.md", "drafts", "*.bak");
        assertThat(config.include()).containsExactly(".well-known");
    }

    @Test
    void authorBlockIsExposed() throws Exception {
        assertThat(load("author:\n  name: Ada\n").author().written()).containsEntry("name", "Ada");
        assertThat(load("author: Ada\n").author().exists()).isFalse();
    }

    @Test
    void unknownTimeZoneInHomepageYmlIsReportedAgainstHomepageYml() throws Exception {
        write("homepage.yml", "title: x\ntimezone: Mars/Olympus_Mons\n");

        SiteBuildException error = catchThrowableOfType(SiteBuildException.class,
                () -> new ConfigLoader().load(source, Optional.empty()));

        assertThat(error).isNotNull();
        assertThat(error.problems()).extracting(Problem::file).containsExactly(Path.of("homepage.yml"));
    }

    @Test
    void theAuthorPublicationNewsAndTwitterSettingsAreReadOnceAsTypes() throws Exception {
        SiteConfig config = load("""
                author:
                  name: " Ada Lovelace "
                  avatar: ada.png
                  aliases: [A. Lovelace]
                  twitter: "@ada_author"
                twitter:
                  username: ada
                publications:
                  group_by: category
                publication_category:
                  books:
                    title: Monographs
                news:
                  home_limit: 2
                """);

        assertThat(config.author().name()).isEqualTo("Ada Lovelace");
        assertThat(config.author().avatar()).isEqualTo("ada.png");
        assertThat(config.author().names()).containsExactly(" Ada Lovelace ", "A. Lovelace");
        assertThat(config.twitter()).isEqualTo("ada");
        assertThat(config.publications().byCategory()).isTrue();
        assertThat(config.publications().categoryTitle("books")).isEqualTo("Monographs");
        assertThat(config.publications().categoryTitle("theses")).isEqualTo("Theses");
        assertThat(config.publications().categoryTitle("posters")).isEqualTo("Posters");
        assertThat(config.news().homeLimit()).isEqualTo(2);
    }

    @Test
    void withoutSettingsTheAuthorIsAbsentPapersGoByYearAndTheHomePageShowsFiveNews() throws Exception {
        SiteConfig config = load("title: x\nauthor:\n  twitter: ada\n");

        assertThat(config.author().exists()).isTrue();
        assertThat(config.twitter()).isEqualTo("ada");
        assertThat(load("title: x\n").author().exists()).isFalse();
        assertThat(config.publications().byCategory()).isFalse();
        assertThat(config.news().homeLimit()).isEqualTo(5);
    }

    @Test
    void thePermalinkStyleOfPostsAndPagesIsReadOnceAndIsJekyllsDateWhenUnset() throws Exception {
        assertThat(load("permalink: pretty\n").permalink()).isEqualTo("pretty");
        assertThat(load("permalink: /:year/:title/\n").permalink()).isEqualTo("/:year/:title/");
        assertThat(load("title: x\n").permalink()).isEqualTo("date");
    }
}
