package dev.homepage.markdown;

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
import com.vladsch.flexmark.util.misc.Extension;
import dev.homepage.LineEnds;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders Markdown as Jekyll sites expect it: CommonMark with tables, strikethrough, footnotes, autolinks and
 * emoji short codes, plus the kramdown syntax those sites carry ({@link KramdownSyntax}) and kramdown's typography
 * (curly quotes, dashes from {@code --} and {@code ---}, an ellipsis from {@code ...}, guillemets from {@code <<}). One instance is shared
 * by all threads: flexmark's parser and renderer are immutable once built.
 */
public final class MarkdownRenderer {

    /**
     * How deep quotes and lists may nest: flexmark walks the tree it parses recursively, and a few hundred levels
     * overflow a thread's stack (a page of 1,000 {@code >} does). No text meant to be read nests this deep.
     */
    static final int MAX_NESTING = 100;

    /** Markdown nested deeper than {@link #MAX_NESTING}; the line is 1-based, in the text given to render. */
    public static final class TooDeep extends RuntimeException {
        private final int line;

        TooDeep(int levels, int line) {
            super("the Markdown nests " + levels + " levels deep here (quotes or lists inside each other, or deep"
                    + " indentation), which homepage stops at " + MAX_NESTING + ": flatten it");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** flexmark's parser and HTML renderer, set up together. */
    private record Flexmark(Parser parser, HtmlRenderer renderer) {
    }

    /**
     * flexmark set up twice: with its tables, and without them for a text that has no '|', as no table is without
     * one (every row of a table has one), so such a text parses and renders the same either way. Most texts have
     * none, and flexmark's tables compile a regular expression for every text they are given.
     */
    private record Setups(Flexmark withTables, Flexmark withoutTables) {

        Flexmark forText(String markdown) {
            return markdown.indexOf('|') >= 0 ? withTables : withoutTables;
        }
    }

    /**
     * Set up on the first text to render: a build whose bodies all come from the cache renders no Markdown, and so
     * never loads flexmark's few hundred classes.
     */
    private volatile Setups setups;

    private Setups setups() {
        Setups set = setups;
        if (set == null) {
            synchronized (this) {
                if (setups == null) {
                    setups = new Setups(setUp(true), setUp(false));
                }
                set = setups;
            }
        }
        return set;
    }

    private static Flexmark setUp(boolean tables) {
        List<Extension> extensions = new ArrayList<>(List.of(StrikethroughExtension.create(),
                FootnoteExtension.create(), Autolinks.create(), EmojiExtension.create(),
                TypographicExtension.create()));
        if (tables) {
            extensions.add(0, TablesExtension.create());
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY);
        // Ids are made the kramdown way by NodeAttributes, not flexmark's GitHub emulation.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.toImmutable();
        return new Flexmark(Parser.builder(options).build(),
                HtmlRenderer.builder(options).attributeProviderFactory(NodeAttributes.factory()).build());
    }

    /** Renders a one-line text, such as a citation, without the paragraph a block of text gets. */
    public String renderInline(String markdown) {
        String html = render(markdown).strip();
        boolean oneParagraph = html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0;
        return oneParagraph ? html.substring(3, html.length() - 4) : html;
    }

    /** @throws TooDeep when quotes or lists nest deeper than homepage renders */
    public String render(String markdown) {
        checkNesting(markdown);
        RawHtml raw = new RawHtml();
        // KramdownSyntax reads lines as the parser does only when both see the same line ends.
        String rewritten = KramdownSyntax.rewrite(LineEnds.normalize(markdown), raw);
        Flexmark flexmark = setups().forText(rewritten);
        Document document = flexmark.parser().parse(rewritten);
        NodeAttributes.resolve(document);
        return KramdownSyntax.withoutMarkers(raw.restore(flexmark.renderer().render(document)));
    }

    /**
     * Counts, on each line, the quote and list markers it starts with and its indentation (two spaces a level, as
     * nested lists are indented): a generous bound of how deep the line nests, found without parsing.
     */
    private static void checkNesting(String markdown) {
        int line = 1;
        int start = 0;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int levels = nesting(markdown, start, end);
            if (levels > MAX_NESTING) {
                throw new TooDeep(levels, line);
            }
            start = end + 1;
            line++;
        }
    }

    private static int nesting(String text, int start, int end) {
        int columns = 0;
        int markers = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                columns += c == '\t' ? 4 : 1;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
                markers++;
                i += 2;
            } else {
                int digits = i;
                while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
                    digits++;
                }
                if (digits == i || digits + 1 >= end || (text.charAt(digits) != '.' && text.charAt(digits) != ')')
                        || text.charAt(digits + 1) != ' ') {
                    break;
                }
                markers++;
                i = digits + 2;
            }
        }
        return markers + columns / 2;
    }
}
