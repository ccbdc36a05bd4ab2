package dev.homepage.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites what Jekyll sites write for kramdown into what a CommonMark parser reads the same way:
 * HTML blocks kept whole (with {@code markdown="1"} content read as Markdown), block attribute lines
 * ({@code {: .class}}) and header ids ({@code # Title {#id}}) turned into marker comments applied after parsing,
 * and {@code \\} line ends turned into hard line breaks.
 */
final class KramdownSyntax {

    static final String ATTRIBUTES_MARKER = "homepage-ial:";

    /** Any indentation: fences inside list items are indented too. */
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");
    private static final Pattern INDENTED_CODE = Pattern.compile("^(?: {4}|\\t)");
    private static final Pattern COMMENT_START = Pattern.compile("^ {0,3}<!--");
    /** Up to three spaces before a tag, as kramdown allows before an HTML block (Liquid includes leave them). */
    private static final Pattern SHALLOW_INDENT = Pattern.compile("^ {1,3}(?=<)");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}(?:[-*+]|\\d+[.)])(?:\\s|$)");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^( {0,3})\\{:\\s*([^}]*?)\\s*}\\s*$");
    private static final Pattern HEADER_ID = Pattern.compile("^( {0,3}#{1,6}\\s.*?)\\s*\\{:?\\s*(#[^}\\s]+[^}]*)}\\s*$");
    private static final Pattern DOUBLE_BACKSLASH_END = Pattern.compile("(?<!\\\\)\\\\\\\\$");
    /** A marker as HTML, or escaped as text where the parser saw code (the two disagree on a rare fence). */
    private static final Pattern MARKER =
            Pattern.compile("[ \\t]*(?:<|&lt;)!--" + ATTRIBUTES_MARKER + "[^\\n]*?--(?:>|&gt;)\\n?");

    private KramdownSyntax() {
    }

    static String rewrite(String markdown, RawHtml raw) {
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        String fence = null;
        boolean previousBlank = true;
        boolean inComment = false;
        boolean inIndentedCode = false;
        // Whether the text is inside a list, where an indented line belongs to an item rather than opening a block.
        boolean inList = false;
        int position = 0;
        while (position < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', position);
            int next = lineEnd < 0 ? markdown.length() : lineEnd + 1;
            String line = markdown.substring(position, lineEnd < 0 ? markdown.length() : lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            Matcher fenceMatcher = FENCE.matcher(line);
            // As in CommonMark, indented code starts after a blank line; after text it continues a paragraph.
            inIndentedCode = fence == null && !inComment && (previousBlank || inIndentedCode)
                    && INDENTED_CODE.matcher(line).find();
            int blockEnd;
            if (fence != null) {
                if (fenceMatcher.find() && fenceMatcher.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatcher.group(1).length() >= fence.length() && line.strip().equals(fenceMatcher.group(1))) {
                    fence = null;
                }
                out.append(line).append('\n');
            } else if (fenceMatcher.find()) {
                fence = fenceMatcher.group(1);
                out.append(line).append('\n');
            } else if (inComment || COMMENT_START.matcher(line).find()) {
                // An HTML comment is passed through whole: what it hides is neither a block nor kramdown syntax.
                inComment = !line.contains("-->") || line.lastIndexOf("<!--") > line.lastIndexOf("-->");
                out.append(line).append('\n');
            } else if (inIndentedCode) {
                out.append(line).append('\n');
            } else if (opensHtmlBlock(line, previousBlank && !inList)
                    && (blockEnd = appendHtmlBlock(markdown, position, raw, out)) > 0) {
                next = blockEnd;
            } else {
                appendLine(line, previousBlank, out);
            }
            if (LIST_ITEM.matcher(line).find()) {
                inList = true;
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                inList = false;
            }
            previousBlank = line.isBlank();
            position = next;
        }
        return out.toString();
    }

    /**
     * Whether the line opens an HTML block: a block-level tag at its start, or after up to three spaces where
     * {@code indentAllowed} (after a blank line, outside lists).
     */
    private static boolean opensHtmlBlock(String line, boolean indentAllowed) {
        if (HtmlBlock.startsBlock(line)) {
            return true;
        }
        Matcher indent = SHALLOW_INDENT.matcher(line);
        return indentAllowed && indent.find() && HtmlBlock.startsBlock(line.substring(indent.end()));
    }

    /** Appends the HTML block opening at {@code start} and returns its end, or returns -1 when it is unclosed. */
    private static int appendHtmlBlock(String markdown, int start, RawHtml raw, StringBuilder out) {
        HtmlBlock block = HtmlBlock.read(markdown, start);
        if (block == null) {
            return -1;
        }
        out.append('\n');
        for (HtmlBlock.Piece piece : block.pieces()) {
            if (piece.markdown()) {
                out.append(rewrite(piece.text(), raw)).append("\n\n");
            } else {
                out.append(raw.stash(piece.text())).append("\n\n");
            }
        }
        return block.end();
    }

    /**
     * Appends a line of text, its kramdown syntax rewritten. Most lines have none: each pattern is tried only on a
     * line holding what any of its matches holds, a brace or two backslashes.
     */
    private static void appendLine(String line, boolean previousBlank, StringBuilder out) {
        if (line.indexOf('{') >= 0) {
            Matcher attributes = BLOCK_ATTRIBUTES.matcher(line);
            if (attributes.matches()) {
                out.append(marker(attributes.group(1), previousBlank ? "next" : "prev", attributes.group(2)));
                return;
            }
            Matcher headerId = HEADER_ID.matcher(line);
            if (headerId.matches()) {
                out.append(headerId.group(1)).append('\n').append(marker("", "prev", headerId.group(2)));
                return;
            }
        }
        boolean hardBreak = line.contains("\\\\") && DOUBLE_BACKSLASH_END.matcher(line).find();
        out.append(hardBreak ? line.substring(0, line.length() - 1) : line).append('\n');
    }

    /**
     * Removes the markers that found no element: the parser reads a block after broken HTML (a tag never
     * closed) as raw HTML, and a fence this class saw closed may run on for the parser, so a marker can end up
     * as text; it is ours, not the author's, so it must not reach the page.
     */
    static String withoutMarkers(String html) {
        return html.contains(ATTRIBUTES_MARKER) ? MARKER.matcher(html).replaceAll("") : html;
    }

    /** A comment standing for block attributes; {@code --} cannot occur in an attribute list worth keeping. */
    private static String marker(String indent, String target, String attributes) {
        return indent + "<!--" + ATTRIBUTES_MARKER + target + ":" + attributes.replace("--", "") + "-->\n";
    }
}
