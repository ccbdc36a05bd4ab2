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

    /** The index of the first forbidden character of the text, or -1. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (isForbidden(text.codePointAt(i))) {
                return i;
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
