package dev.homepage.render;

import dev.homepage.config.ThemeSettings;
import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;

/**
 * What every template sees as {@code site}. URLs in views are ready to use as {@code href}: site-relative ones
 * already carry the base URL.
 *
 * @param title the site title
 * @param description the site description, possibly empty
 * @param url the absolute site URL without trailing slash, possibly empty
 * @param baseurl the sub-path the site is served under ("" or "/sub")
 * @param lang the language of the pages, such as "en"
 * @param homeUrl the href of the home page
 * @param assetsUrl the href of the folder holding the theme's assets, without trailing slash
 * @param author the profile shown in the sidebar, or null when the config has no author
 * @param navigation the links of the navigation bar
 * @param config the whole configuration as the site wrote it
 * @param data the site's data files, by file name without extension
 * @param feedUrl the href of the Atom feed, or empty when the site has none
 * @param searchUrl the href of the search page, which the masthead's search box sends its query to, or empty when
 *     the site has no search
 * @param person the site owner as a schema.org Person, JSON for the home page's
 *     {@code <script type="application/ld+json">}, or empty markup without an author
 * @param style the CSS custom properties the config sets (accent colour, fonts) for a {@code :root} rule, checked
 *     to hold nothing but colours and font names; empty when it sets none
 * @param customCssUrl the href of the site's own stylesheet, {@code assets/css/custom.css}, or empty
 * @param faviconUrl the href of the site's icon (its own, or one made from the author's initials), or empty
 * @param twitter the site's X (Twitter) handle for link previews, as the config writes it, or empty
 * @param contactNote al-folio's {@code contact_note}, the line an about page with {@code social: true} ends with,
 *     with the markup of text only; or empty
 * @param relatedPosts al-folio's list of other posts under each post, as the config sets it
 * @param authorFirstName the author's first name, al-folio's {@code first_name}, for a post's citation; or empty
 * @param authorLastName the author's last name, al-folio's {@code last_name}; or empty
 * @param socials the links of al-folio's {@code _data/socials.yml}, which an about page with {@code social: true}
 *     ends with; or none
 */
public record SiteView(
        String title,
        String description,
        String url,
        String baseurl,
        String lang,
        String homeUrl,
        String assetsUrl,
        AuthorView author,
        List<NavLink> navigation,
        Map<String, Object> config,
        Map<String, Object> data,
        String feedUrl,
        String searchUrl,
        TemplateHTMLOutputModel person,
        String style,
        String customCssUrl,
        String faviconUrl,
        String twitter,
        TemplateHTMLOutputModel contactNote,
        ThemeSettings.RelatedPosts relatedPosts,
        String authorFirstName,
        String authorLastName,
        List<ProfileLink> socials) {
}
