package dev.homepage.content;

/**
 * The characters XML 1.0 forbids: the C0 controls other than tab and the line ends, U+FFFE, U+FFFF and surrogates
 * without their pair. One of them (a form feed pasted from a PDF) makes a feed that no reader opens.
 */
public final class XmlText {

    private XmlText() {
    }

    public static boolean isForbidden(int codePoint) {
        return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint == 0xFFFE || codePoint == 0xFFFF
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    /**
     * The index of the first forbidden character of the text, or -1. Every document's text is checked as it is
     * read, so this goes by {@code char}, which nearly all are below the surrogates, rather than by code point.
     */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= Character.MIN_SURROGATE) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The text without the characters XML forbids; the text itself when it has none. */
    public static String wellFormed(String text) {
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first)).filter(c -> !isForbidden(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
