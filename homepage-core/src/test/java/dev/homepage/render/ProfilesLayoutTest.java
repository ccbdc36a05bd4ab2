package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * al-folio's layout: profiles: each profile's photo and lines, beside the text of the file its content: names,
 * rendered as a body is (Liquid in the page's context, then Markdown).
 */
class ProfilesLayoutTest {

    private static final String CONFIG = """
            title: Engine Lab
            baseurl: /lab
            """;

    private static final String PEOPLE = """
            ---
            layout: profiles
            title: People
            permalink: /people/
            profiles:
              - align: right
                image: mill.png
                content: about_mill.md
                image_circular: true
                more_info: >
                  <p>Room 12</p>
                  <p onclick="steal()">Engine Street 1</p><script>steal()</script>
              - align: left
                image: https://example.org/store.jpg
                content: about_store.md
              - align: left
            ---
            Words of the lab itself.
            """;

    @TempDir
    Path folder;

    @Test
    void eachProfileShowsItsPhotoLinesAndTheTextOfItsFileInOrder() throws Exception {
        TestSite site = people("The *mill* of {{ site.title }} computes.\n")
                .file("_pages/about_store.md", "The store keeps [numbers](/numbers/).\n");
        BuildReport report = site.build();

        Elements profiles = site.page("/people/").select("article.profiles section.profile");
        assertThat(profiles).hasSize(3);
        Element mill = profiles.get(0);
        assertThat(mill.select(".profile-aside.right img.profile-image.circular").attr("src"))
                .isEqualTo("/lab/assets/img/mill.png");
        assertThat(mill.select(".profile-more-info p").eachText()).containsExactly("Room 12", "Engine Street 1");
        assertThat(mill.select(".profile-more-info").html()).doesNotContain("script", "onclick");
        assertThat(mill.select(".profile-text").html().strip())
                .isEqualTo("<p>The <em>mill</em> of Engine Lab computes.</p>");
        Element store = profiles.get(1);
        assertThat(store.select(".profile-aside.left img.profile-image:not(.circular)").attr("src"))
                .isEqualTo("https://example.org/store.jpg");
        assertThat(store.select(".profile-text a").attr("href")).isEqualTo("/numbers/");
        assertThat(store.select(".profile-text").text()).isEqualTo("The store keeps numbers.");
        // A profile that names no file shows the page's own text, as al-folio's layout does.
        assertThat(profiles.get(2).select(".profile-aside")).isEmpty();
        assertThat(profiles.get(2).select(".profile-text").text()).isEqualTo("Words of the lab itself.");
        assertThat(report.warnings()).extracting(Problem::message)
                .noneMatch(message -> message.contains("layout 'profiles'") || message.contains("'profiles'"));
    }

    @Test
    void aProfilesPhotoGetsTheResponsiveCopiesOfTheTheme() throws Exception {
        TestSite site = people("Mill.\n");
        site.build();

        Element photo = site.page("/people/").selectFirst("img.profile-image");
        assertThat(photo.attr("srcset")).contains("/lab/assets/homepage/resized/assets/img/mill-160w.png 160w");
        assertThat(photo.attr("sizes")).startsWith("(min-width: 72em) 14.4rem");
        assertThat(photo.attr("width")).isEqualTo("400");
    }

    @Test
    void aMissingIncludedFileIsAWarningAtTheLineThatNamesIt() throws Exception {
        TestSite site = people("The mill.\n");
        BuildReport report = site.build();

        assertThat(report.warnings()).extracting(Problem::toString).contains("_pages/people.md:15: the file"
                + " 'about_store.md' that this profiles layout includes is not in _pages/, so its profile shows no"
                + " text: add it, or fix the name");
        Elements texts = site.page("/people/").select("section.profile .profile-text");
        assertThat(texts.stream().map(Element::text)).containsExactly("The mill.", "", "Words of the lab itself.");
    }

    @Test
    void aRebuildShowsTheIncludedFileAsItIsNow() throws Exception {
        TestSite site = people("The mill, first.\n").file("_pages/about_store.md", "The store.\n");
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());
        site.file("_pages/about_mill.md", "The mill, second.\n");
        generator.generate(site.request());

        assertThat(site.page("/people/").selectFirst(".profile-text").text()).isEqualTo("The mill, second.");
    }

    /** The people page, the first profile's file with the given text and its photo; the second's file left out. */
    private TestSite people(String millText) throws IOException {
        return new TestSite(folder).file("_config.yml", CONFIG)
                .file("_pages/people.md", PEOPLE)
                .file("_pages/about_mill.md", millText)
                .bytes("assets/img/mill.png", png(400, 400));
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
