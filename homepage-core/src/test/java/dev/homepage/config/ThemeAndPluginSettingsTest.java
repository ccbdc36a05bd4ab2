package dev.homepage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings of the theme and of Jekyll's plugins, read once as records: their values, their defaults, and a value
 * of the wrong kind left out with a warning at its file and line.
 */
class ThemeAndPluginSettingsTest {

    @TempDir
    Path source;

    private final Problems problems = new Problems();

    private SiteConfig load(String file, String yaml) throws Exception {
        Files.writeString(source.resolve(file), yaml, StandardCharsets.UTF_8);
        return new ConfigLoader().load(source, Optional.empty(), problems);
    }

    private SiteConfig load(String yaml) throws Exception {
        return load("_config.yml", yaml);
    }

    @Test
    void withoutSettingsImagesAreResizedSearchIsOnNothingIsPaginatedAndTheThemeKeepsItsOwnLook() throws Exception {
        SiteConfig config = load("title: Lab\n");

        assertThat(config.images().responsive()).isTrue();
        assertThat(config.search().enabled()).isTrue();
        assertThat(config.sassFolder()).isEqualTo("_sass");
        assertThat(config.pagination()).isEqualTo(new PaginationSettings(false, 10, "/page:num/", Optional.empty()));
        assertThat(config.style()).isEqualTo(new StyleSettings(Optional.empty(), Optional.empty(), Map.of()));
        assertThat(config.theme()).isEqualTo(new ThemeSettings(Optional.empty(), "", "",
                new ThemeSettings.RelatedPosts(false, 5)));
        assertThat(config.author().firstName()).isEmpty();
        assertThat(config.author().lastName()).isEmpty();
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void theImageSearchAndSassSettingsAreReadAsTypes() throws Exception {
        SiteConfig config = load("images:\n  responsive: false\nsearch:\n  enabled: false\nsass:\n  sass_dir: css/_parts\n");

        assertThat(config.images().responsive()).isFalse();
        assertThat(config.search().enabled()).isFalse();
        assertThat(config.sassFolder()).isEqualTo("css/_parts");
        assertThat(load("search: false\nimages:\n  responsive: \"False\"\n").search().enabled()).isFalse();
        assertThat(load("search: false\nimages:\n  responsive: \"False\"\n").images().responsive()).isFalse();
        assertThat(load("search:\n  provider: lunr\n").search().enabled()).isTrue();
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void jekyllPaginatePaginatesThePostsOnlyWhenItIsListedAndPaginateIsSet() throws Exception {
        PaginationSettings listed = load("plugins: [jekyll-feed, jekyll-paginate]\npaginate: 3\n"
                + "paginate_path: /blog/page:num/\n").pagination();
        assertThat(listed.paginatesPosts()).isTrue();
        assertThat(listed.perPage()).isEqualTo(3);
        assertThat(listed.path()).isEqualTo("/blog/page:num/");

        assertThat(load("gems: [jekyll-paginate]\npaginate: 3\n").pagination().paginatesPosts()).isTrue();
        assertThat(load("plugins: [jekyll-feed]\npaginate: 3\n").pagination().paginatesPosts()).isFalse();
        assertThat(load("plugins: [jekyll-paginate]\n").pagination().paginatesPosts()).isFalse();
    }

    @Test
    void jekyllPaginateV2sBlockIsTheDefaultsOfEveryPaginatedPageOnlyWhenEnabled() throws Exception {
        PaginationSettings enabled = load("pagination:\n  enabled: true\n  per_page: 4\n").pagination();
        assertThat(enabled.v2Defaults()).contains(Map.of("enabled", true, "per_page", 4));

        assertThat(load("pagination:\n  enabled: false\n  per_page: 4\n").pagination().v2Defaults()).isEmpty();
        assertThat(load("pagination:\n  per_page: 4\n").pagination().v2Defaults()).isEmpty();
    }

    @Test
    void theThemesDatesIconContactNoteRelatedPostsAndCitedNamesAreReadAsTypes() throws Exception {
        SiteConfig config = load("""
                date_format: "%-d %B %Y"
                favicon: " /assets/icon.svg "
                contact_note: You can reach me <b>by mail</b>.
                related_blog_posts:
                  enabled: true
                  max_related: 3
                first_name: Ada
                last_name: Lovelace
                """);

        assertThat(config.theme()).isEqualTo(new ThemeSettings(Optional.of("%-d %B %Y"), "/assets/icon.svg",
                "You can reach me <b>by mail</b>.", new ThemeSettings.RelatedPosts(true, 3)));
        assertThat(config.author().firstName()).isEqualTo("Ada");
        assertThat(config.author().lastName()).isEqualTo("Lovelace");
        assertThat(config.author().exists()).as("first and last names alone make no author: block").isFalse();
    }

    @Test
    void aColourOrFontListIsTakenOnlyWhenItIsOneAndTheFontsAreInTheOrderOfTheirKinds() throws Exception {
        StyleSettings style = load("""
                accent_color: " teal "
                accent_color_dark: "red; } body { display: none"
                fonts:
                  headings: Georgia, serif
                  body: '"Fira Sans", sans-serif'
                """).style();

        assertThat(style.accent()).contains("teal");
        assertThat(style.accentDark()).isEmpty();
        assertThat(style.fonts()).containsExactly(Map.entry("body", "\"Fira Sans\", sans-serif"),
                Map.entry("headings", "Georgia, serif"));
        assertThat(problems.warnings()).extracting(Problem::toString).containsExactly("_config.yml:2: accent_color_dark:"
                + " 'red; } body { display: none' is not a colour: write it as #rrggbb (such as #8a1c4a), a CSS colour"
                + " name or rgb(...); the theme's colour is used meanwhile");
    }

    @Test
    void aValueOfTheWrongKindIsLeftOutWithAWarningAtItsFileAndLineAndTheDefaultIsUsed() throws Exception {
        SiteConfig config = load("homepage.yml", """
                title: Lab
                images:
                  responsive: maybe
                paginate: many
                related_blog_posts:
                  enabled: true
                  max_related: -2
                favicon: [a.png, b.png]
                fonts: Georgia
                """);

        assertThat(config.images().responsive()).isTrue();
        assertThat(config.pagination().perPage()).isEqualTo(10);
        assertThat(config.theme().relatedPosts()).isEqualTo(new ThemeSettings.RelatedPosts(true, 5));
        assertThat(config.theme().favicon()).isEmpty();
        assertThat(config.style().fonts()).isEmpty();
        assertThat(problems.warnings()).extracting(Problem::toString).containsExactly(
                "homepage.yml:3: 'responsive' should be true or false, not 'maybe': it is left out, as if true",
                "homepage.yml:4: 'paginate' should be a whole number of 0 or more, not 'many': it is left out, and 10"
                        + " is used",
                "homepage.yml:7: 'max_related' should be a whole number of 0 or more, not '-2' (a number): it is left"
                        + " out, and 5 is used",
                "homepage.yml:8: 'favicon' should be one value, not a list ([a.png, b.png]): it is left out",
                "homepage.yml:9: fonts: fonts: takes the keys body, headings and code, each a list of font names"
                        + " (body: 'Georgia, serif'); the theme's fonts are used meanwhile");
    }

    @Test
    void theCvPdfIsTheDefaultTheConfigsPathOrNoneAndOneThatNamesNoPdfIsAnErrorAtItsLine() throws Exception {
        assertThat(load("title: Lab\n").cv()).isEqualTo(new CvSettings(Optional.of("/cv.pdf"), List.of()));
        assertThat(load("cv:\n  pdf: files/cv.pdf\n  fonts: _fonts/Noto.ttf\n").cv())
                .isEqualTo(new CvSettings(Optional.of("/files/cv.pdf"), List.of("_fonts/Noto.ttf")));
        assertThat(load("cv:\n  pdf: false\n  fonts: [a.ttf, b.otf]\n").cv())
                .isEqualTo(new CvSettings(Optional.empty(), List.of("a.ttf", "b.otf")));
        assertThat(problems.hasErrors()).isFalse();

        assertThat(load("title: Lab\ncv:\n  pdf: https://cdn.example.org/cv.pdf\n").cv().pdf()).isEmpty();
        SiteBuildException error = catchThrowableOfType(SiteBuildException.class, problems::throwIfErrors);
        assertThat(error.problems()).extracting(Problem::toString).containsExactly("_config.yml:3: pdf:"
                + " 'https://cdn.example.org/cv.pdf' is not the path of a PDF file in the site: write a path such as"
                + " /cv.pdf or /files/my-cv.pdf, or false for no PDF");
    }

    @Test
    void aSearchOrDateFormatOfTheWrongKindIsLeftOutWithAWarningAtItsLine() throws Exception {
        SiteConfig config = load("search: sometimes\ndate_format: [\"%Y\"]\nsass:\n  sass_dir: [a, b]\n");

        assertThat(config.search().enabled()).isTrue();
        assertThat(config.theme().dateFormat()).isEmpty();
        assertThat(config.sassFolder()).isEqualTo("_sass");
        assertThat(problems.warnings()).extracting(Problem::toString).containsExactly(
                "_config.yml:1: 'search' should be true or false, not 'sometimes': it is left out, as if true",
                "_config.yml:2: 'date_format' should be one value, not a list ([%Y]): it is left out",
                "_config.yml:4: 'sass_dir' should be one value, not a list ([a, b]): it is left out");
    }
}
