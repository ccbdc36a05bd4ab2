package dev.homepage.render;

import dev.homepage.body.LayoutIncludes;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The people al-folio's layouts show beside a page's text: each profile of {@code layout: profiles}, and the
 * {@code profile:} of {@code layout: about}.
 */
final class Profiles {

    private final Urls urls;

    Profiles(Urls urls) {
        this.urls = urls;
    }

    /**
     * The people of a page in al-folio's {@code layout: profiles}: each one's photo from {@code assets/img/}, the
     * lines under it, and the text of the file its {@code content:} names (the page's own text when it names none);
     * on a page in al-folio's {@code layout: about}, its {@code profile:}, with the page's text. None on other pages.
     */
    List<ProfileView> of(RenderedDocument rendered) {
        Document document = rendered.document();
        String layout = document.text("layout").strip();
        if (layout.equals(Views.ABOUT_LAYOUT) && document.frontMatter().get("profile") instanceof Map<?, ?> profile) {
            return List.of(profile(profile, rendered.html()));
        }
        if (!layout.equals(LayoutIncludes.PROFILES_LAYOUT)
                || !(document.frontMatter().get("profiles") instanceof List<?> profiles)) {
            return List.of();
        }
        List<ProfileView> views = new ArrayList<>();
        for (Object entry : profiles) {
            if (entry instanceof Map<?, ?> profile) {
                String content = text(profile, "content");
                views.add(profile(profile, content.isEmpty() ? rendered.html()
                        : rendered.includedHtml().getOrDefault(content, "")));
            }
        }
        return List.copyOf(views);
    }

    /**
     * One profile as al-folio writes it: its photo, a file of {@code assets/img/}, and the lines under it
     * ({@code more_info}, or the {@code address} of al-folio's older about pages).
     */
    private ProfileView profile(Map<?, ?> profile, String contentHtml) {
        String image = text(profile, "image");
        String moreInfo = text(profile, "more_info");
        return new ProfileView(text(profile, "align").equals("left") ? "left" : "right",
                image.isEmpty() ? "" : urls.href(image.contains("://") ? image : "/assets/img/" + image),
                Boolean.TRUE.equals(profile.get("image_circular")),
                Views.markup(Views.textMarkup(moreInfo.isEmpty() ? text(profile, "address") : moreInfo)),
                Views.markup(contentHtml));
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }
}
