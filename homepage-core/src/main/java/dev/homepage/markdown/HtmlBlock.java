package dev.homepage.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML block as kramdown reads it: from a block-level opening tag at the start of a line to its matching
 * closing tag, blank lines included. Elements inside it that carry {@code markdown="1"} have their content read
 * as Markdown; the rest is raw HTML.
 *
 * @param pieces the block cut into raw HTML and Markdown, in order
 * @param end the offset just after the line holding the closing tag
 */
record HtmlBlock(List<Piece> pieces, int end) {

    /**
     * A part of the block.
     *
     * @param markdown whether the text is Markdown (otherwise raw HTML)
     * @param text the text
     */
    record Piece(boolean markdown, String text) {
    }

    /** Kramdown's block-level elements: an opening tag of one of these at the start of a line opens a block. */
    private static final Set<String> BLOCK_ELEMENTS = Set.of("address", "article", "aside", "blockquote",
            "body", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "iframe", "li",
            "main", "math", "menu", "nav", "noscript", "ol", "p", "pre", "script", "section", "style", "summary",
            "svg", "table", "textarea", "ul", "video", "audio", "canvas", "picture");

    private static final Pattern BLOCK_START = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)[\\s/>]|<([A-Za-z][A-Za-z0-9-]*)$");

    /** Whether the line (without indentation) opens a kramdown HTML block. */
    static boolean startsBlock(String line) {
        Matcher matcher = BLOCK_START.matcher(line);
        if (!matcher.lookingAt()) {
            return false;
        }
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return BLOCK_ELEMENTS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Reads the block opening at {@code start}, or returns null when its element is never closed. */
    static HtmlBlock read(String text, int start) {
        List<Piece> pieces = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int rawStart = start;
        int position = start;
        do {
            HtmlTag tag = HtmlTag.next(text, position);
            if (tag == null) {
                return null;
            }
            position = tag.end();
            if (tag.isComment()) {
                continue;
            }
            if (tag.closing()) {
                if (open.contains(tag.name())) {
                    while (!open.pop().equals(tag.name())) {
                        // Unclosed inner elements (a <p> without </p>) end with their parent, as in browsers.
                    }
                }
            } else if (tag.hasRawText() && !tag.selfClosing()) {
                int close = indexOfIgnoreCase(text, "</" + tag.name(), tag.end());
                HtmlTag closeTag = close < 0 ? null : HtmlTag.next(text, close);
                if (closeTag == null) {
                    return null;
                }
                position = closeTag.end();
            } else if (tag.wantsMarkdown(text) && !tag.isLeaf()) {
                int close = matchingClose(text, tag);
                if (close < 0) {
                    return null;
                }
                pieces.add(new Piece(false, text.substring(rawStart, tag.start()) + tag.withoutMarkdownAttribute(text)));
                pieces.add(new Piece(true, text.substring(tag.end(), close)));
                rawStart = close;
                position = close;
                open.push(tag.name());
            } else if (!tag.isLeaf()) {
                open.push(tag.name());
            }
        } while (!open.isEmpty());
        int lineEnd = text.indexOf('\n', position);
        int end = lineEnd < 0 ? text.length() : lineEnd + 1;
        pieces.add(new Piece(false, text.substring(rawStart, end)));
        return new HtmlBlock(List.copyOf(pieces), end);
    }

    /** The offset of the closing tag that matches {@code open}, counting nested elements of the same name. */
    private static int matchingClose(String text, HtmlTag open) {
        int depth = 1;
        int position = open.end();
        while (true) {
            HtmlTag tag = HtmlTag.next(text, position);
            if (tag == null) {
                return -1;
            }
            if (tag.name().equals(open.name())) {
                if (tag.closing()) {
                    depth--;
                    if (depth == 0) {
                        return tag.start();
                    }
                } else if (!tag.isLeaf()) {
                    depth++;
                }
            }
            position = tag.end();
        }
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        return text.toLowerCase(Locale.ROOT).indexOf(needle, from);
    }
}
