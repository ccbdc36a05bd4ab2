package dev.homepage.body;

import dev.homepage.Problems;
import dev.homepage.cache.Fingerprint;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import dev.homepage.content.SiteContent;
import dev.homepage.liquid.LiquidRenderer;
import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders each document's body: Liquid first, then Markdown, as Jekyll does; in parallel. A body already rendered
 * from the same fingerprint, by an earlier build, is reused.
 */
public final class BodyRenderer {

    private static final String PLAIN = "plain ";
    private static final String INCLUDE_RELATIVE = "include_relative";
    private static final Pattern FIRST_PARAGRAPH = Pattern.compile("(?s)<p[\\s>].*?</p>");

    private final LiquidRenderer liquid;
    private final MarkdownRenderer markdown;
    private final BodyCache cache;

    public BodyRenderer(LiquidRenderer liquid, MarkdownRenderer markdown, BodyCache cache) {
        this.liquid = liquid;
        this.markdown = markdown;
        this.cache = cache;
    }

    /**
     * Renders every document, keyed by its source path. Collection items come first and pages after them, as in
     * Jekyll, so that a page looping over {@code site.talks} sees each talk's rendered content and excerpt.
     *
     * @param sourcesFingerprint what everything Liquid may read was made from (the content, the data and the
     *     includes): a body with Liquid is rendered again when it changes, a body without only when it does
     */
    public Map<Path, RenderedDocument> render(SiteContent content, SiteConfig config, String sourcesFingerprint,
            Problems problems) {
        cache.nextBuild();
        List<Document> items = content.collections().values().stream().flatMap(List::stream).toList();
        Map<Path, RenderedDocument> renderedItems = renderAll(items, content, sourcesFingerprint,
                () -> LiquidVariables.site(config, content, Map.of()), problems);
        Map<Path, RenderedDocument> rendered = new HashMap<>(renderedItems);
        rendered.putAll(renderAll(content.pages(), content, sourcesFingerprint,
                () -> LiquidVariables.site(config, content, renderedItems), problems));
        return rendered;
    }

    /** Renders the documents not in the cache; the Liquid {@code site} variable is made only if one needs it. */
    private Map<Path, RenderedDocument> renderAll(List<Document> documents, SiteContent content,
            String sourcesFingerprint, Supplier<Map<String, Object>> site, Problems problems) {
        Map<Path, RenderedDocument> rendered = new HashMap<>();
        Map<Document, Optional<String>> toRender = new HashMap<>();
        for (Document document : documents) {
            String own = content.fingerprints().get(document.source());
            // Tried first, as most bodies have no Liquid: a body is kept under this key only when it has none.
            RenderedDocument before = cache.find(PLAIN + own, document);
            Optional<String> fingerprint = Optional.of(PLAIN + own);
            if (before == null) {
                fingerprint = fingerprint(document, own, sourcesFingerprint);
                before = fingerprint.map(known -> cache.find(known, document)).orElse(null);
            }
            if (before != null) {
                rendered.put(document.source(), before);
            } else {
                toRender.put(document, fingerprint);
            }
        }
        Map<String, Object> siteVariable = toRender.keySet().stream()
                .anyMatch(document -> LiquidRenderer.hasLiquid(document.body())) ? site.get() : Map.of();
        toRender.entrySet().parallelStream()
                .map(entry -> render(entry.getKey(), entry.getValue(), siteVariable, problems))
                .flatMap(Optional::stream)
                .toList()
                .forEach(document -> {
                    cache.put(document);
                    rendered.put(document.document().source(), document);
                });
        return rendered;
    }

    /**
     * What a body is rendered from: the document alone, or with Liquid, everything Liquid may read too. Empty for
     * a body that includes files by a relative path, which may be any file of the source: it is rendered every
     * build.
     */
    private static Optional<String> fingerprint(Document document, String own, String sourcesFingerprint) {
        if (!LiquidRenderer.hasLiquid(document.body())) {
            return Optional.of(PLAIN + own);
        }
        return document.body().contains(INCLUDE_RELATIVE) ? Optional.empty()
                : Optional.of(Fingerprint.of("liquid", own, sourcesFingerprint));
    }

    /** Renders a body; one rendered every build is known by what it gave. */
    private Optional<RenderedDocument> render(Document document, Optional<String> fingerprint,
            Map<String, Object> site, Problems problems) {
        String body = document.body();
        if (LiquidRenderer.hasLiquid(body)) {
            try {
                body = liquid.render(body, Map.of("site", site, "page", LiquidVariables.page(document, null)));
            } catch (LiquidRenderer.LiquidError e) {
                int line = e.line() > 0 ? document.bodyLine() + e.line() - 1 : document.bodyLine();
                problems.error(document.source(), line, e.column(), "Liquid: " + e.getMessage());
                return Optional.empty();
            }
        }
        String html = document.markdown() ? markdown.render(body) : body;
        String citation = document.text("citation");
        String excerpt = excerpt(document, html);
        String citationHtml = citation.isBlank() ? "" : markdown.renderInline(citation);
        return Optional.of(new RenderedDocument(document, html, excerpt, citationHtml, fingerprint.orElseGet(
                () -> Fingerprint.of("rendered", document.toString(), html, excerpt, citationHtml))));
    }

    private String excerpt(Document document, String html) {
        String declared = document.text("excerpt");
        if (!declared.isBlank()) {
            return markdown.render(declared);
        }
        Matcher paragraph = FIRST_PARAGRAPH.matcher(html);
        return paragraph.find() ? paragraph.group() : "";
    }
}
