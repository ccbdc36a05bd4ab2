package dev.homepage.example;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Everything a served site reaches from its home page: every same-origin {@code a[href]}, {@code img[src]},
 * {@code link[href]} and {@code script[src]} is requested over HTTP, and the pages among them are followed in
 * turn. A reference is broken when it does not answer 200, or when its {@code #fragment} names no element of
 * its page.
 *
 * @param pages the HTML pages reached, in the order of their URLs
 * @param problems one line per broken reference, naming the page that holds it
 */
record SiteCrawl(List<URI> pages, List<String> problems) {

    private static final String REFERENCES = "a[href], img[src], link[href], script[src]";

    /** A reference from one page to a URL, kept to report where a broken one was written. */
    private record Reference(URI from, URI target) {
    }

    static SiteCrawl of(URI home) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        Map<URI, Set<String>> anchorsByPage = new HashMap<>();
        Set<URI> requested = new HashSet<>();
        // Where each URL answering 200 ended up: /dir redirects to /dir/, as on any static host.
        Map<URI, URI> landedOn = new HashMap<>();
        Deque<Reference> toRequest = new ArrayDeque<>(List.of(new Reference(home, home)));
        List<Reference> fragmentReferences = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (!toRequest.isEmpty()) {
            Reference reference = toRequest.removeFirst();
            if (!requested.add(reference.target())) {
                continue;
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(reference.target()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                problems.add(reference.target() + " (linked from " + reference.from() + ") answers "
                        + response.statusCode());
                continue;
            }
            landedOn.put(reference.target(), response.uri());
            boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            if (!html || anchorsByPage.containsKey(response.uri())) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), response.uri().toString());
            anchorsByPage.put(response.uri(), anchorsOf(page));
            for (Element element : page.select(REFERENCES)) {
                URI target = URI.create(element.absUrl(element.hasAttr("href") ? "href" : "src"));
                if (!sameOrigin(target, home)) {
                    continue;
                }
                URI withoutFragment = withoutFragment(target);
                toRequest.addLast(new Reference(response.uri(), withoutFragment));
                if (target.getRawFragment() != null && !target.getRawFragment().isEmpty()) {
                    fragmentReferences.add(new Reference(response.uri(), target));
                }
            }
        }
        problems.addAll(missingAnchors(fragmentReferences, landedOn, anchorsByPage));
        return new SiteCrawl(List.copyOf(new TreeSet<>(anchorsByPage.keySet())), problems);
    }

    private static List<String> missingAnchors(List<Reference> fragmentReferences, Map<URI, URI> landedOn,
            Map<URI, Set<String>> anchorsByPage) {
        List<String> missing = new ArrayList<>();
        for (Reference reference : fragmentReferences) {
            // Null when the page is missing, reported already, or is no HTML page (a PDF#page=2).
            Set<String> anchors = anchorsByPage.get(landedOn.get(withoutFragment(reference.target())));
            String fragment = URLDecoder.decode(reference.target().getRawFragment(), StandardCharsets.UTF_8);
            if (anchors != null && !anchors.contains(fragment)) {
                missing.add(reference.target() + " (linked from " + reference.from() + ") names no element");
            }
        }
        return missing;
    }

    /** What a fragment can name: an element's id, or the name of an {@code <a>} as older HTML wrote it. */
    private static Set<String> anchorsOf(Document page) {
        Set<String> anchors = new TreeSet<>();
        page.select("[id]").forEach(element -> anchors.add(element.id()));
        page.select("a[name]").forEach(element -> anchors.add(element.attr("name")));
        return anchors;
    }

    private static boolean sameOrigin(URI target, URI home) {
        return target.getScheme() != null && target.getScheme().equals(home.getScheme())
                && home.getHost().equals(target.getHost()) && target.getPort() == home.getPort();
    }

    private static URI withoutFragment(URI target) {
        String text = target.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? target : URI.create(text.substring(0, hash));
    }
}
