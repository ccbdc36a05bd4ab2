package dev.homepage.check;

import dev.homepage.Spelling;
import dev.homepage.output.SiteAddresses;
import dev.homepage.output.SiteAddresses.Broken;
import dev.homepage.output.SiteAddresses.InSite;
import dev.homepage.output.SiteAddresses.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Checks that every link, image, script, stylesheet, frame and media file of a page that points into the site
 * leads to a file the build wrote, and that a link's {@code #fragment} names an element of the page it leads to.
 */
final class LinkCheck {

    /** The elements and attributes that hold addresses, and what they load, for the messages. */
    private record Address(String selector, String attribute, String kind) {

        List<String> values(Element element) {
            String value = element.attr(attribute).strip();
            if (attribute.equals("srcset")) {
                return srcsetUrls(value);
            }
            return value.isEmpty() ? List.of() : List.of(value);
        }
    }

    private static final String IMAGE = "image";

    private static final List<Address> ADDRESSES = List.of(
            new Address("a[href], area[href], link[href]", "href", "link"),
            new Address("img[src], input[type=image][src]", "src", IMAGE),
            new Address("img[srcset], source[srcset]", "srcset", IMAGE),
            new Address("video[poster]", "poster", IMAGE),
            new Address("script[src]", "src", "script"),
            new Address("iframe[src]", "src", "frame"),
            new Address("audio[src], video[src], source[src], track[src], embed[src]", "src", "media file"),
            new Address("object[data]", "data", "media file"));

    /** The HTML standard makes "#top" the top of every page, with or without such an id. */
    private static final String TOP = "top";

    private final SiteAddresses addresses;
    private final Set<String> files;
    private final Map<String, SitePage> pages;
    private final SourceLines sources;

    /**
     * @param addresses where links lead
     * @param files every file the build wrote, relative to the output folder, with "/" separators
     * @param pages the HTML pages among them, by file
     * @param sources the source files, to report each finding where the link was written
     */
    LinkCheck(SiteAddresses addresses, Set<String> files, Map<String, SitePage> pages, SourceLines sources) {
        this.addresses = addresses;
        this.files = files;
        this.pages = pages;
        this.sources = sources;
    }

    List<Finding> check(SitePage page) {
        return check(page, ADDRESSES);
    }

    /** The findings of the page's images alone. */
    List<Finding> checkImages(SitePage page) {
        return check(page, ADDRESSES.stream().filter(address -> address.kind().equals(IMAGE)).toList());
    }

    private List<Finding> check(SitePage page, List<Address> addressesToCheck) {
        List<Finding> findings = new ArrayList<>();
        for (Address address : addressesToCheck) {
            for (Element element : page.document().select(address.selector())) {
                for (String link : address.values(element)) {
                    problem(page, link).ifPresent(problem -> {
                        SourceLines.Location at = sources.locate(page.source(), spellings(link));
                        findings.add(Finding.error(at.file(), at.line(),
                                address.kind() + " \"" + link + "\" " + problem));
                    });
                }
            }
        }
        return findings;
    }

    /** What is wrong with a link of the page, if anything. */
    private Optional<String> problem(SitePage page, String link) {
        Target target = addresses.resolve(page.path(), link);
        if (target instanceof Broken broken) {
            return Optional.of("is broken: " + broken.reason());
        }
        if (!(target instanceof InSite inSite)) {
            return Optional.empty();
        }
        List<String> candidates = candidates(inSite.path());
        Optional<String> file = candidates.stream().filter(files::contains).findFirst();
        if (file.isEmpty()) {
            return Optional.of("does not resolve: the site has no " + String.join(" or ", candidates)
                    + "; fix the address or add the missing file");
        }
        return missingAnchor(page, file.get(), inSite.fragment());
    }

    /**
     * The files a path may be served from, as static hosts do: {@code talks/} from {@code talks/index.html},
     * {@code cv} from {@code cv}, {@code cv.html} or {@code cv/index.html}; a file name with an extension
     * ({@code cv.pdf}) from that file only.
     */
    private static List<String> candidates(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return List.of(path + "index.html");
        }
        if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return List.of(path);
        }
        return List.of(path, path + ".html", path + "/index.html");
    }

    private Optional<String> missingAnchor(SitePage page, String file, String fragment) {
        SitePage target = pages.get(file);
        if (fragment.isEmpty() || fragment.equalsIgnoreCase(TOP) || target == null
                || target.anchors().contains(fragment)) {
            return Optional.empty();
        }
        String where = file.equals(page.path()) ? "this page has" : file + " has";
        String fix = closest(fragment, target.anchors()).map(id -> "did you mean #" + id + "?")
                .orElse("give the element it means that id (a Markdown heading takes one with {#" + fragment + "})");
        return Optional.of("points to a missing anchor: " + where + " no element with id=\"" + fragment + "\"; "
                + fix);
    }

    /**
     * The ways the link may be written in the source: as in the page; with {@code &amp;}; without the site's url
     * and baseurl, which Liquid's {@code relative_url} and the theme add; and, last, by its file name alone, as
     * config values such as {@code avatar: me.png} give it.
     */
    private List<String> spellings(String link) {
        List<String> spellings = new ArrayList<>();
        spellings.add(link);
        spellings.add(link.replace("&", "&amp;"));
        addresses.absolutePrefix().filter(link::startsWith).map(prefix -> link.substring(prefix.length()))
                .ifPresent(spellings::add);
        String baseurl = addresses.baseurl();
        if (!baseurl.isEmpty() && link.startsWith(baseurl + "/")) {
            spellings.add(link.substring(baseurl.length()));
        }
        String path = link.replaceFirst("[?#].*", "");
        spellings.add(path.substring(path.lastIndexOf('/') + 1));
        return spellings.stream().filter(spelling -> !spelling.isEmpty()).distinct().toList();
    }

    /** The anchor a mistyped one most likely meant: the nearest by edit distance, if near enough. */
    private static Optional<String> closest(String wanted, Set<String> anchors) {
        return Spelling.closest(wanted, anchors, Math.max(2, wanted.length() / 3));
    }

    /**
     * The URLs of a srcset, parsed as the HTML standard says: "small.png 480w, large.png 1080w" holds a URL (up to
     * white space, trailing commas dropped), then its descriptors up to a comma, then the next candidate.
     */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        int at = 0;
        while (at < srcset.length()) {
            while (at < srcset.length() && (Character.isWhitespace(srcset.charAt(at)) || srcset.charAt(at) == ',')) {
                at++;
            }
            int start = at;
            while (at < srcset.length() && !Character.isWhitespace(srcset.charAt(at))) {
                at++;
            }
            String url = srcset.substring(start, at);
            String trimmed = url.replaceFirst(",+$", "");
            if (trimmed.length() == url.length()) {
                while (at < srcset.length() && srcset.charAt(at) != ',') {
                    at++;
                }
            }
            if (!trimmed.isEmpty()) {
                urls.add(trimmed);
            }
        }
        return urls;
    }
}
