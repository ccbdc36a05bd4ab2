package dev.homepage.content;

import dev.homepage.Problems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Text garbled by a wrong encoding, with the text to put back: the one place that says so, for the build as it
 * reads each file and for the check as it reads the files the build does not.
 */
public final class GarbledText {

    private GarbledText() {
    }

    /** What is said of one line. */
    @FunctionalInterface
    public interface LineMessage {
        void at(int line, String message);
    }

    /** Garbled text does not stop the build, but the page would show it: each line of it gets a warning. */
    public static void warn(Path file, String text, Problems problems) {
        if (!isAscii(text)) {
            find(text.lines().toList(), (line, message) -> problems.warn(file, line, message));
        }
    }

    /** Says what is garbled in each line (numbered from 1) and what to put back. */
    public static void find(List<String> lines, LineMessage said) {
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            messages(lines.get(i)).forEach(message -> said.at(line, message));
        }
    }

    /** What is garbled in one line of text and what to put back, one message each. */
    static List<String> messages(String line) {
        if (isAscii(line)) {
            return List.of();
        }
        // The same garbled text, repeated on a line ("Li‚Ä†, Luo‚Ä†"), is one finding with one fix.
        Map<Mojibake.Garbled, Long> times = Mojibake.find(line).stream().collect(
                Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return times.entrySet().stream().map(entry -> message(entry.getKey(), entry.getValue())).toList();
    }

    /** Whether the text is plain ASCII, which no wrong reading of UTF-8 gives: most text is, and needs no look. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String message(Mojibake.Garbled garbled, long times) {
        String fix = garbled.fix();
        boolean visible = fix.codePoints().anyMatch(GarbledText::isVisible);
        String shown = visible ? fix : fix.codePoints().mapToObj(GarbledText::name).collect(Collectors.joining(" "));
        return "\"" + garbled.text() + "\"" + (times > 1 ? " (" + times + " times)" : "") + " looks like "
                + (visible ? "\"" + fix + "\"" : shown) + " saved with the wrong encoding (UTF-8 read as "
                + garbled.misreading().label() + "): replace " + (times > 1 ? "each" : "it") + " with " + shown;
    }

    private static boolean isVisible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint) && type != Character.FORMAT
                && type != Character.NON_SPACING_MARK;
    }

    /** An invisible character by its code point and name: "U+00A0 NO-BREAK SPACE". */
    private static String name(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X %s", codePoint, Character.getName(codePoint));
    }
}
