package dev.homepage.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One tag or comment found in HTML text.
 *
 * @param start offset of its '<'
 * @param end offset just after its '>'
 * @param name the lower-case tag name, or "" for a comment
 * @param closing whether it is a closing tag
 * @param selfClosing whether it ends with "/>"
 */
record HtmlTag(int start, int end, String name, boolean closing, boolean selfClosing) {

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style", "textarea");
    private static final Pattern MARKDOWN_ATTRIBUTE =
            Pattern.compile("\\s+markdown\\s*=\\s*(?:\"(?:1|block)\"|'(?:1|block)'|1|block)(?=[\\s/>])");

    boolean isComment() {
        return name.isEmpty();
    }

    /** Whether it is an opening tag that has no closing tag to wait for. */
    boolean isLeaf() {
        return selfClosing || VOID_ELEMENTS.contains(name);
    }

    boolean hasRawText() {
        return RAW_TEXT_ELEMENTS.contains(name);
    }

    String text(String html) {
        return html.substring(start, end);
    }

    /** Whether the tag asks for its content to be read as Markdown, as kramdown's {@code markdown="1"} does. */
    boolean wantsMarkdown(String html) {
        return !closing && !isComment() && MARKDOWN_ATTRIBUTE.matcher(text(html)).find();
    }

    /** The tag's text without its {@code markdown} attribute, which browsers do not know. */
    String withoutMarkdownAttribute(String html) {
        return MARKDOWN_ATTRIBUTE.matcher(text(html)).replaceFirst("");
    }

    /** The next tag or comment at or after {@code from}, or null when there is none (or it is unterminated). */
    static HtmlTag next(String html, int from) {
        int position = html.indexOf('<', from);
        while (position >= 0 && position + 1 < html.length()) {
            if (html.startsWith("<!--", position)) {
                int close = html.indexOf("-->", position + 4);
                return close < 0 ? null : new HtmlTag(position, close + 3, "", false, false);
            }
            boolean closing = html.charAt(position + 1) == '/';
            int nameStart = position + (closing ? 2 : 1);
            if (nameStart < html.length() && isAsciiLetter(html.charAt(nameStart))) {
                int nameEnd = nameStart;
                while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                int end = endOfTag(html, nameEnd);
                if (end < 0) {
                    return null;
                }
                String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
                boolean selfClosing = !closing && html.charAt(end - 2) == '/';
                return new HtmlTag(position, end, name, closing, selfClosing);
            }
            position = html.indexOf('<', position + 1);
        }
        return null;
    }

    /** The offset after the '>' ending a tag whose attributes start at {@code from}, or -1. */
    private static int endOfTag(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-' || c == ':';
    }
}
