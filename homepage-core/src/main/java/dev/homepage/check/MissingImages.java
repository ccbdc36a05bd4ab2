package dev.homepage.check;

import dev.homepage.Problems;
import dev.homepage.config.SiteConfig;
import dev.homepage.output.SiteAddresses;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Warns, as the build ends, of each image a page's body shows that the site does not have: a picture moved or
 * misspelled in the Markdown is the most common broken thing on a homepage, and the build should say so without
 * waiting for the {@code check} goal. Images the theme adds (the avatar...) are the check's concern.
 */
public final class MissingImages {

    private final LinkCheck images;

    /**
     * @param sourceDirectory the source folder
     * @param config the site's config, for its url and baseurl
     * @param files every file the build wrote, relative to the output folder
     */
    public MissingImages(Path sourceDirectory, SiteConfig config, Set<Path> files) {
        Set<String> written = files.stream().map(file -> file.toString().replace('\\', '/'))
                .collect(Collectors.toUnmodifiableSet());
        this.images = new LinkCheck(new SiteAddresses(config.url(), config.baseurl()), written, Map.of(),
                new SourceLines(sourceDirectory, List.of(), List.of()));
    }

    /** Whether a body may show an image or a video: only such bodies are checked. */
    public static boolean mayShowMedia(String bodyHtml) {
        return bodyHtml.contains("<img") || bodyHtml.contains("<source") || bodyHtml.contains("<video");
    }

    /**
     * @param page the page's file, relative to the output folder
     * @param source the page's source file, relative to the source folder
     * @param bodyHtml the page's body as rendered from its source
     */
    public void warn(Path page, Path source, String bodyHtml, Problems problems) {
        if (!mayShowMedia(bodyHtml)) {
            return;
        }
        SitePage body = new SitePage(page.toString().replace('\\', '/'), source, Jsoup.parseBodyFragment(bodyHtml),
                Set.of());
        images.checkImages(body).forEach(finding -> problems.warn(finding.problem().file(), finding.problem().line(),
                finding.problem().message()));
    }
}
