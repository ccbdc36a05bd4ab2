package dev.homepage.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.homepage.LineEnds;
import java.util.List;

/**
 * Renders Markdown as Jekyll sites expect it: CommonMark with tables, strikethrough, footnotes, autolinks and
 * emoji short codes, plus the kramdown syntax those sites carry ({@link KramdownSyntax}) and kramdown's typography
 * (curly quotes, dashes from {@code --} and {@code ---}, an ellipsis from {@code ...}, guillemets from {@code <<}). One instance is shared
 * by all threads: flexmark's parser and renderer are immutable once built.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), AutolinkExtension.create(), EmojiExtension.create(),
                TypographicExtension.create()));
        options.set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY);
        // Ids are made the kramdown way by NodeAttributes, not flexmark's GitHub emulation.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(NodeAttributes.factory()).build();
    }

    /** Renders a one-line text, such as a citation, without the paragraph a block of text gets. */
    public String renderInline(String markdown) {
        String html = render(markdown).strip();
        boolean oneParagraph = html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0;
        return oneParagraph ? html.substring(3, html.length() - 4) : html;
    }

    public String render(String markdown) {
        RawHtml raw = new RawHtml();
        // KramdownSyntax reads lines as the parser does only when both see the same line ends.
        Document document = parser.parse(KramdownSyntax.rewrite(LineEnds.normalize(markdown), raw));
        NodeAttributes.resolve(document);
        return KramdownSyntax.withoutMarkers(raw.restore(renderer.render(document)));
    }
}
