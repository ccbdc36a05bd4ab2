package dev.homepage.body;

import dev.homepage.Problems;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders each document's body: Liquid first, then Markdown, as Jekyll does; in parallel. */
public final class BodyRenderer {

    private static final Pattern FIRST_PARAGRAPH = Pattern.compile("(?s)<p[\\s>].*?</p>");

    private final LiquidRenderer liquid;
    private final MarkdownRenderer markdown;

    public BodyRenderer(LiquidRenderer liquid, MarkdownRenderer markdown) {
        this.liquid = liquid;
        this.markdown = markdown;
    }

    /**
     * Renders every document, keyed by its source path. Collection items come first and pages after them, as in
     * Jekyll, so that a page looping over {@code site.talks} sees each talk's rendered content and excerpt.
     */
    public Map<Path, RenderedDocument> render(SiteContent content, SiteConfig config, Problems problems) {
        List<Document> items = content.collections().values().stream().flatMap(List::stream).toList();
        Map<String, Object> siteBeforeItems = LiquidVariables.site(config, content, Map.of());
        Map<Path, RenderedDocument> renderedItems = renderAll(items, siteBeforeItems, problems);

        Map<String, Object> site = LiquidVariables.site(config, content, renderedItems);
        Map<Path, RenderedDocument> rendered = new HashMap<>(renderedItems);
        rendered.putAll(renderAll(content.pages(), site, problems));
        return rendered;
    }

    private Map<Path, RenderedDocument> renderAll(List<Document> documents, Map<String, Object> site,
            Problems problems) {
        return documents.parallelStream()
                .map(document -> render(document, site, problems))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(rendered -> rendered.document().source(), Function.identity()));
    }

    private Optional<RenderedDocument> render(Document document, Map<String, Object> site, Problems problems) {
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
        return Optional.of(new RenderedDocument(document, html, excerpt(document, html),
                citation.isBlank() ? "" : markdown.renderInline(citation)));
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
