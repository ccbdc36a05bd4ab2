package dev.homepage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The links of al-folio's {@code _data/socials.yml}, as the jekyll-socials plugin makes them: each key names a
 * network and holds the user's name or id there (or a map holding it under {@code value}, with a logo of the site's
 * own); a key it does not know holds a map with the link's {@code url} and {@code title}. al-folio shows them at the
 * foot of an about page with {@code social: true}.
 */
final class SocialLinks {

    /** The data file, {@code site.data.socials}. */
    static final String DATA_FILE = "socials";

    /**
     * One network jekyll-socials knows.
     *
     * @param key its key in the data file
     * @param icon the theme's icon for it, as {@link ProfileLink#id()}
     * @param label its name
     * @param address the link, with {@code %s} where the value goes
     */
    private record Network(String key, String icon, String label, String address) {
    }

    private static final List<Network> NETWORKS = List.of(
            new Network("email", "email", "Email", "mailto:%s"),
            new Network("scholar_userid", "googlescholar", "Google Scholar", "https://scholar.google.com/citations?user=%s"),
            new Network("orcid_id", "orcid", "ORCID", "https://orcid.org/%s"),
            new Network("semanticscholar_id", "semanticscholar", "Semantic Scholar", "https://www.semanticscholar.org/author/%s"),
            new Network("inspirehep_id", "inspire", "INSPIRE", "https://inspirehep.net/authors/%s"),
            new Network("arxiv_id", "arxiv", "arXiv", "https://arxiv.org/a/%s.html"),
            new Network("dblp_url", "dblp", "DBLP", "%s"),
            new Network("acm_id", "acm", "ACM Digital Library", "https://dl.acm.org/profile/%s/"),
            new Network("ieee_id", "ieee", "IEEE Xplore", "https://ieeexplore.ieee.org/author/%s/"),
            new Network("hal_id", "hal", "HAL", "https://cv.hal.science/%s"),
            new Network("lattes_id", "lattes", "Lattes", "http://lattes.cnpq.br/%s"),
            new Network("osf_id", "osf", "OSF", "https://osf.io/%s/"),
            new Network("publons_id", "publons", "Publons", "https://publons.com/a/%s/"),
            new Network("research_gate_profile", "researchgate", "ResearchGate", "https://www.researchgate.net/profile/%s/"),
            new Network("scopus_id", "scopus", "Scopus", "https://www.scopus.com/authid/detail.uri?authorId=%s"),
            new Network("zotero_username", "zotero", "Zotero", "https://www.zotero.org/%s"),
            new Network("github_username", "github", "GitHub", "https://github.com/%s"),
            new Network("gitlab_username", "gitlab", "GitLab", "https://gitlab.com/%s"),
            new Network("kaggle_id", "kaggle", "Kaggle", "https://www.kaggle.com/%s"),
            new Network("leetcode_id", "leetcode", "LeetCode", "https://leetcode.com/u/%s/"),
            new Network("stackoverflow_id", "stackoverflow", "Stack Overflow", "https://stackoverflow.com/users/%s"),
            new Network("keybase_username", "keybase", "Keybase", "https://keybase.io/%s"),
            new Network("linkedin_username", "linkedin", "LinkedIn", "https://www.linkedin.com/in/%s"),
            new Network("x_username", "twitter", "X (Twitter)", "https://twitter.com/%s"),
            new Network("bluesky_url", "bluesky", "Bluesky", "%s"),
            new Network("mastodon_username", "mastodon", "Mastodon", "https://%s"),
            new Network("youtube_id", "youtube", "YouTube", "https://youtube.com/@%s"),
            new Network("facebook_id", "facebook", "Facebook", "https://facebook.com/%s"),
            new Network("instagram_id", "instagram", "Instagram", "https://instagram.com/%s"),
            new Network("medium_username", "medium", "Medium", "https://medium.com/@%s"),
            new Network("blogger_url", "blogger", "Blogger", "%s"),
            new Network("flickr_id", "flickr", "Flickr", "https://www.flickr.com/%s"),
            new Network("pinterest_id", "pinterest", "Pinterest", "https://www.pinterest.com/%s"),
            new Network("quora_username", "quora", "Quora", "https://www.quora.com/profile/%s"),
            new Network("discord_id", "discord", "Discord", "https://discord.com/users/%s"),
            new Network("telegram_username", "telegram", "Telegram", "https://telegram.me/%s"),
            new Network("whatsapp_number", "whatsapp", "WhatsApp", "https://wa.me/%s"),
            new Network("wechat_username", "wechat", "WeChat", "weixin://dl/chat?%s"),
            new Network("spotify_id", "spotify", "Spotify", "https://open.spotify.com/user/%s"),
            new Network("lastfm_id", "lastfm", "Last.fm", "https://www.last.fm/user/%s"),
            new Network("letterboxd_id", "letterboxd", "Letterboxd", "https://letterboxd.com/%s"),
            new Network("strava_userid", "strava", "Strava", "https://www.strava.com/athletes/%s"),
            new Network("unsplash_id", "unsplash", "Unsplash", "https://unsplash.com/@%s"),
            new Network("wikidata_id", "wikidata", "Wikidata", "https://www.wikidata.org/wiki/%s"),
            new Network("wikipedia_id", "wikipedia", "Wikipedia", "https://wikipedia.org/wiki/User:%s"),
            new Network("work_url", "uri", "Work", "%s"),
            new Network("cv_pdf", "cv", "CV", "%s"));

    private static final Map<String, Network> BY_KEY = NETWORKS.stream()
            .collect(Collectors.toUnmodifiableMap(Network::key, network -> network));

    private SocialLinks() {
    }

    /**
     * The links of the data file, in its order; none when the site has no such file.
     *
     * @param feedUrl the href of the site's feed, for {@code rss_icon: true}; or empty
     */
    static List<ProfileLink> of(Map<String, Object> data, String feedUrl, Urls urls) {
        if (!(data.get(DATA_FILE) instanceof Map<?, ?> socials)) {
            return List.of();
        }
        List<ProfileLink> links = new ArrayList<>();
        socials.forEach((key, value) -> link(String.valueOf(key), value, feedUrl, urls).ifPresent(links::add));
        return List.copyOf(links);
    }

    private static Optional<ProfileLink> link(String key, Object value, String feedUrl, Urls urls) {
        if (key.equals("rss_icon")) {
            return Boolean.TRUE.equals(value) && !feedUrl.isEmpty()
                    ? Optional.of(new ProfileLink("feed", "RSS feed", feedUrl)) : Optional.empty();
        }
        Map<?, ?> fields = value instanceof Map<?, ?> map ? map : Map.of();
        if (key.equals("academia_edu")) {
            return text(fields.get("organization")).isEmpty() || text(fields.get("username")).isEmpty()
                    ? Optional.empty()
                    : href("academia", "Academia.edu", "https://" + text(fields.get("organization")) + ".academia.edu/"
                            + text(fields.get("username")), urls);
        }
        Network network = BY_KEY.get(key);
        if (network != null) {
            String written = text(value instanceof Map<?, ?> ? firstOf(fields.get("value"), fields.get(key)) : value);
            return written.isEmpty() ? Optional.empty()
                    : href(network.icon(), network.label(), network.address().replace("%s", written), urls);
        }
        // One of the site's own: a map with its address and title.
        String title = text(fields.get("title"));
        return href("link", title.isEmpty() ? key.replace('_', ' ') : title, text(fields.get("url")), urls);
    }

    private static Optional<ProfileLink> href(String icon, String label, String address, Urls urls) {
        String href = address.isEmpty() ? "" : urls.href(address);
        return href.isEmpty() ? Optional.empty() : Optional.of(new ProfileLink(icon, label, href));
    }

    private static Object firstOf(Object first, Object second) {
        return first != null ? first : second;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
