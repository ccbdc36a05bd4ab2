package dev.homepage.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * The author profile of the sidebar. Every text may be empty, never null.
 *
 * @param name the author's name
 * @param avatarUrl the href of the avatar image, or empty
 * @param bio a short biography, as plain text
 * @param bioHtml the biography as the config wrote it, HTML allowed as Jekyll themes allow it ({@code <br>} between
 *     roles)
 * @param pronouns the author's pronouns
 * @param location where the author works
 * @param employer the author's institution
 * @param email the e-mail address, without "mailto:"
 * @param links the academic and social links, in a fixed order
 */
public record AuthorView(
        String name,
        String avatarUrl,
        String bio,
        TemplateHTMLOutputModel bioHtml,
        String pronouns,
        String location,
        String employer,
        String email,
        List<ProfileLink> links) {
}
