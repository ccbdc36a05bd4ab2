package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.ThemeSettings;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views templates see, made from the config's typed settings. */
class ViewsTest {

    @TempDir
    Path source;

    private Views views(String yaml) throws Exception {
        Files.writeString(source.resolve("_config.yml"), "title: Tessa Halvorsen\nbaseurl: /lab\n" + yaml,
                StandardCharsets.UTF_8);
        SiteConfig config = new ConfigLoader().load(source, Optional.empty());
        return new Views(config);
    }

    private static String markup(TemplateHTMLOutputModel model) throws Exception {
        return HTMLOutputFormat.INSTANCE.getMarkupString(model);
    }

    private static RenderedDocument post(ZonedDateTime date) {
        Document document = new Document(Path.of("_posts/2024-03-05-notes.md"), "posts", Map.of("title", "Notes"),
                "Hello.", 3, date, "notes", "/2024/03/05/notes.html", true, true);
        return new RenderedDocument(document, "<p>Hello.</p>", "<p>Hello.</p>", "", List.of());
    }

    @Test
    void theSiteViewCarriesTheContactNoteRelatedPostsAndTheNamesAPostIsCitedUnder() throws Exception {
        SiteView site = views("""
                contact_note: Write to me<br>at the lab <script>alert(1)</script>
                related_blog_posts:
                  enabled: true
                  max_related: 2
                first_name: Tessa
                last_name: Halvorsen
                """).site(Map.of(), "", "", List.of());

        assertThat(markup(site.contactNote())).isEqualTo("Write to me<br>at the lab ");
        assertThat(site.relatedPosts()).isEqualTo(new ThemeSettings.RelatedPosts(true, 2));
        assertThat(site.authorFirstName()).isEqualTo("Tessa");
        assertThat(site.authorLastName()).isEqualTo("Halvorsen");
    }

    @Test
    void theStyleRuleHoldsOnlyTheColoursAndFontsTheConfigSetsWell() throws Exception {
        SiteView site = views("accent_color: teal\naccent_color_dark: \"url(x)\"\nfonts:\n  code: Menlo\n")
                .site(Map.of(), "", "", List.of());

        assertThat(site.style()).isEqualTo("--color-accent: light-dark(teal, teal); --color-link: light-dark(teal,"
                + " teal); --color-link-hover: light-dark(teal, teal); --color-badge: light-dark(teal, teal);"
                + " --font-mono: Menlo;");
        assertThat(views("").site(Map.of(), "", "", List.of()).style()).isEmpty();
    }

    @Test
    void theIconIsTheConfigsElseTheSitesOwnElseOneMadeFromTheInitials() throws Exception {
        assertThat(views("favicon: /images/icon.png\n").site(Map.of(), "", "", List.of()).faviconUrl())
                .isEqualTo("/lab/images/icon.png");
        assertThat(views("favicon: /images/icon.png\n").makesFavicon(List.of())).isFalse();

        Views withoutSetting = views("");
        assertThat(withoutSetting.faviconUrl(List.of(Path.of("favicon.ico")))).isEqualTo("/favicon.ico");
        assertThat(withoutSetting.faviconUrl(List.of())).isEqualTo(SiteFiles.FAVICON_URL);
        assertThat(withoutSetting.makesFavicon(List.of())).isTrue();
        assertThat(withoutSetting.initials()).isEqualTo("TH");
    }

    @Test
    void datesReadAsTheConfigsDateFormatSaysElseAsTheThemeWritesThem() throws Exception {
        ZonedDateTime date = ZonedDateTime.of(2024, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC);

        assertThat(views("date_format: \"%-d %B %Y\"\n").page(post(date)).dateDisplay()).isEqualTo("5 March 2024");
        assertThat(views("lang: fr\ndate_format: \"%-d %B %Y\"\n").page(post(date)).dateDisplay())
                .isEqualTo("5 mars 2024");
        assertThat(views("").page(post(date)).dateDisplay()).isEqualTo("March 05, 2024");
        assertThat(views("").page(post(date)).dateIso()).isEqualTo("2024-03-05");
    }
}
