package dev.homepage;

import java.util.regex.Pattern;

/**
 * Makes every line end a {@code \n}. YAML, CommonMark and editors all count a lone carriage return as a line
 * break; code that splits at {@code \n} alone would see other lines than they do. It also makes a CRLF checkout
 * build the same site as an LF one.
 */
public final class LineEnds {

    private static final Pattern LINE_END = Pattern.compile("\r\n?");

    private LineEnds() {
    }

    public static String normalize(String text) {
        return text.indexOf('\r') < 0 ? text : LINE_END.matcher(text).replaceAll("\n");
    }
}
