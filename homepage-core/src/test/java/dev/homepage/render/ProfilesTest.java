package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import freemarker.core.HTMLOutputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The people al-folio's profiles and about layouts show beside a page's text. */
class ProfilesTest {

    private final Profiles profiles = new Profiles(new Urls("https://lab.example.org", "/lab"));

    private static RenderedDocument page(Map<String, Object> frontMatter, Map<String, String> included) {
        Document document = new Document(Path.of("_pages/people.md"), "", frontMatter, "Text.", 5, null, "people",
                "/people/", true, true);
        return new RenderedDocument(document, "<p>Text.</p>", "", "", List.of(), List.of(), included);
    }

    private static String markup(freemarker.core.TemplateHTMLOutputModel model) throws Exception {
        return HTMLOutputFormat.INSTANCE.getMarkupString(model);
    }

    @Test
    void eachPersonOfAProfilesPageHasTheirPhotoLinesAndTheTextOfTheFileTheirContentNames() throws Exception {
        List<ProfileView> people = profiles.of(page(Map.of("layout", "profiles", "profiles", List.of(
                Map.of("align", "left", "image", "ada.jpg", "image_circular", true, "more_info", "Room 12<br>Lab",
                        "content", "ada.md"),
                Map.of("image", "https://img.example.org/bo.png", "address", "Building <b>B</b>"),
                "not a profile")), Map.of("ada.md", "<p>Ada's text.</p>")));

        assertThat(people).hasSize(2);
        ProfileView ada = people.get(0);
        assertThat(ada.align()).isEqualTo("left");
        assertThat(ada.image()).isEqualTo("/lab/assets/img/ada.jpg");
        assertThat(ada.circular()).isTrue();
        assertThat(markup(ada.moreInfo())).isEqualTo("Room 12<br>Lab");
        assertThat(markup(ada.content())).isEqualTo("<p>Ada's text.</p>");
        ProfileView bo = people.get(1);
        assertThat(bo.align()).isEqualTo("right");
        assertThat(bo.image()).isEqualTo("https://img.example.org/bo.png");
        assertThat(bo.circular()).isFalse();
        assertThat(markup(bo.moreInfo())).isEqualTo("Building <b>B</b>");
        assertThat(markup(bo.content())).as("the page's own text without content:").isEqualTo("<p>Text.</p>");
    }

    @Test
    void anAboutPageShowsItsProfileBesideThePagesText() throws Exception {
        List<ProfileView> about = profiles.of(page(Map.of("layout", "about", "profile",
                Map.of("image", "me.png", "more_info", "<p>Office 3</p><script>x()</script>")), Map.of()));

        assertThat(about).hasSize(1);
        assertThat(about.get(0).image()).isEqualTo("/lab/assets/img/me.png");
        assertThat(markup(about.get(0).moreInfo())).isEqualTo("<p>Office 3</p>");
        assertThat(markup(about.get(0).content())).isEqualTo("<p>Text.</p>");
    }

    @Test
    void otherLayoutsAndProfilesPagesWithoutAListShowNobody() {
        assertThat(profiles.of(page(Map.of("layout", "page", "profile", Map.of("image", "me.png")), Map.of())))
                .isEmpty();
        assertThat(profiles.of(page(Map.of("layout", "profiles", "profiles", "everyone"), Map.of()))).isEmpty();
        assertThat(profiles.of(page(Map.of(), Map.of()))).isEmpty();
    }
}
