package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which layout names the theme draws itself, and so which of a site's own layouts homepage runs. */
class ThemeLayoutsTest {

    @TempDir
    Path folder;

    private ThemeLayouts layouts() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("poster.ftlh"), "<#import \"layout.ftlh\" as layout>${page.title}\n");
        return new ThemeLayouts(new TemplateRenderer(templates, List.of("poster.ftlh")));
    }

    @Test
    void theThemesTemplatesAndTheSitesOwnAreLayoutsOfTheirName() throws Exception {
        ThemeLayouts layouts = layouts();

        assertThat(layouts.template("page")).contains("page.ftlh");
        assertThat(layouts.template("course")).contains("course.ftlh");
        assertThat(layouts.template("poster")).contains("poster.ftlh");
        assertThat(layouts.knows("poster")).isTrue();
    }

    @Test
    void theJekyllThemesLayoutsAreKnownAsStandInsAndDefaultIsOnlyTheFrame() throws Exception {
        ThemeLayouts layouts = layouts();

        assertThat(List.of("default", "compress", "single", "archive", "talk", "splash", "post", "home", "about"))
                .allSatisfy(name -> assertThat(layouts.knows(name)).as(name).isTrue());
        assertThat(ThemeLayouts.isFrame("default")).isTrue();
        assertThat(ThemeLayouts.isFrame("page")).isFalse();
        assertThat(layouts.template("single")).isEmpty();
    }

    @Test
    void theThemesPartsThatAreNoLayoutsAreNotKnownAsLayouts() throws Exception {
        ThemeLayouts layouts = layouts();

        // The macro library, the listing, the redirect, the print page and the frame are templates, not layouts.
        assertThat(List.of("layout", "listing", "redirect", "print", "bibliography", "frame"))
                .allSatisfy(name -> assertThat(layouts.knows(name)).as(name).isFalse());
        assertThat(layouts.knows("people")).isFalse();
    }
}
