package dev.homepage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The academic and social links of an academicpages or AcadHomepage {@code author:} block. Sites write either a
 * user name or a whole URL; both work.
 */
public final class ProfileLinks {

    /**
     * One kind of link.
     *
     * @param id the config key
     * @param label the service's name
     * @param urlPrefix what goes before a bare user name, or "" when the config always holds a URL
     */
    private record Kind(String id, String label, String urlPrefix) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("uri", "Website", ""),
            new Kind("googlescholar", "Google Scholar", "https://scholar.google.com/citations?user="),
            new Kind("orcid", "ORCID", "https://orcid.org/"),
            new Kind("semanticscholar", "Semantic Scholar", "https://www.semanticscholar.org/author/"),
            // academicpages' own key for it, a whole URL.
            new Kind("semantic", "Semantic Scholar", ""),
            new Kind("inspire", "INSPIRE", ""),
            new Kind("academia", "Academia.edu", ""),
            new Kind("ssrn", "SSRN", ""),
            new Kind("zotero", "Zotero", ""),
            new Kind("dblp", "DBLP", "https://dblp.org/pid/"),
            new Kind("arxiv", "arXiv", "https://arxiv.org/a/"),
            new Kind("researchgate", "ResearchGate", "https://www.researchgate.net/profile/"),
            new Kind("pubmed", "PubMed", ""),
            new Kind("scopus", "Scopus", "https://www.scopus.com/authid/detail.uri?authorId="),
            new Kind("github", "GitHub", "https://github.com/"),
            new Kind("gitlab", "GitLab", "https://gitlab.com/"),
            new Kind("bitbucket", "Bitbucket", "https://bitbucket.org/"),
            new Kind("kaggle", "Kaggle", "https://www.kaggle.com/"),
            new Kind("stackoverflow", "Stack Overflow", "https://stackoverflow.com/users/"),
            new Kind("linkedin", "LinkedIn", "https://www.linkedin.com/in/"),
            new Kind("twitter", "X (Twitter)", "https://twitter.com/"),
            new Kind("bluesky", "Bluesky", "https://bsky.app/profile/"),
            new Kind("mastodon", "Mastodon", ""),
            new Kind("youtube", "YouTube", "https://www.youtube.com/@"),
            new Kind("facebook", "Facebook", "https://www.facebook.com/"),
            new Kind("instagram", "Instagram", "https://www.instagram.com/"),
            new Kind("medium", "Medium", "https://medium.com/@"),
            new Kind("zhihu", "Zhihu", "https://www.zhihu.com/people/"),
            new Kind("weibo", "Weibo", "https://weibo.com/"),
            new Kind("bilibili", "Bilibili", "https://space.bilibili.com/"),
            new Kind("telegram", "Telegram", ""),
            new Kind("xing", "XING", "https://www.xing.com/profile/"),
            new Kind("goodreads", "Goodreads", "https://www.goodreads.com/"),
            new Kind("flickr", "Flickr", "https://www.flickr.com/"),
            new Kind("soundcloud", "SoundCloud", "https://soundcloud.com/"),
            new Kind("codepen", "CodePen", "https://codepen.io/"),
            new Kind("keybase", "Keybase", "https://keybase.io/"),
            new Kind("wikipedia", "Wikipedia", "https://en.wikipedia.org/wiki/"));

    private ProfileLinks() {
    }

    /** The keys of the {@code author:} block that give a link, such as {@code github}. */
    public static List<String> keys() {
        return KINDS.stream().map(Kind::id).toList();
    }

    static List<ProfileLink> of(Map<String, Object> author, Urls urls) {
        List<ProfileLink> links = new ArrayList<>();
        for (Kind kind : KINDS) {
            Object value = author.get(kind.id());
            String text = value == null ? "" : String.valueOf(value).strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean isUrl = text.contains("://") || kind.urlPrefix().isEmpty();
            String href = urls.href(isUrl ? text : kind.urlPrefix() + text);
            if (!href.isEmpty()) {
                links.add(new ProfileLink(kind.id(), kind.label(), href));
            }
        }
        return List.copyOf(links);
    }
}
