package dev.homepage.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text that was saved as UTF-8, read back with a one-byte-per-character encoding and saved again: each
 * byte of a multi-byte character became a character of its own ("üî•" for 🔥 read as Mac Roman, "Ã©" for é read
 * as Windows-1252). A run of characters is reported only when their bytes in that encoding form complete UTF-8
 * multi-byte sequences, so that accented names (Zoë, Montréal, Größe) are left alone.
 */
final class Mojibake {

    /** An encoding UTF-8 text is commonly misread with. */
    enum Misreading {
        MAC_ROMAN("Mac Roman", Charset.forName("x-MacRoman"), false),
        /* Read as ISO-8859-1 instead, the bytes 80-9F become the C1 control characters of the same value. */
        WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"), true);

        private final String label;
        private final Map<Character, Integer> bytes;

        Misreading(String label, Charset charset, boolean c1Controls) {
            this.label = label;
            Map<Character, Integer> table = new HashMap<>();
            for (int b = 0x80; b <= 0xFF; b++) {
                int value = b;
                decodeByte(charset, b).ifPresent(c -> table.put(c, value));
                if (c1Controls && b <= 0x9F) {
                    table.putIfAbsent((char) b, b);
                }
            }
            this.bytes = Map.copyOf(table);
        }

        String label() {
            return label;
        }

        /** The byte that reading with this encoding turned into the character, or -1 for ASCII and the unmapped. */
        int byteOf(char c) {
            return bytes.getOrDefault(c, -1);
        }

        private static Optional<Character> decodeByte(Charset charset, int b) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
                return text.length() == 1 ? Optional.of(text.charAt(0)) : Optional.empty();
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * A garbled run of a line.
     *
     * @param text the garbled text
     * @param fix the text it was
     * @param misreading the encoding the UTF-8 was read with
     */
    record Garbled(String text, String fix, Misreading misreading) {
    }

    /** One UTF-8 sequence recovered from {@code chars} characters of the line. */
    private record Sequence(int chars, String decoded) {
    }

    /**
     * Mac Roman reads the lead byte F0 of emoji (F0 9F ..) as U+F8FF, the Apple logo, a private character that
     * is often lost on the way, leaving three characters starting with "ü" (9F).
     */
    private static final int EMOJI_SECOND_BYTE = 0x9F;
    private static final int LOST_EMOJI_LEAD = 0xF0;

    private Mojibake() {
    }

    /** The garbled runs of a line, in order; adjacent garbled characters form one run ("üéâüéâ" for 🎉🎉). */
    static List<Garbled> find(String line) {
        List<Garbled> runs = new ArrayList<>();
        Garbled run = null;
        int at = 0;
        while (at < line.length()) {
            Optional<Garbled> next = sequenceAt(line, at);
            if (next.isPresent() && run != null && run.misreading() == next.get().misreading()) {
                Garbled found = next.get();
                run = new Garbled(run.text() + found.text(), run.fix() + found.fix(), run.misreading());
            } else {
                addTo(runs, run);
                run = next.orElse(null);
            }
            at += next.map(found -> found.text().length()).orElse(1);
        }
        addTo(runs, run);
        return List.copyOf(runs);
    }

    private static void addTo(List<Garbled> runs, Garbled run) {
        if (run != null) {
            runs.add(run);
        }
    }

    private static Optional<Garbled> sequenceAt(String line, int at) {
        for (Misreading misreading : Misreading.values()) {
            Optional<Sequence> sequence = sequenceAt(line, at, misreading);
            if (sequence.isPresent()) {
                int end = at + sequence.get().chars();
                return Optional.of(new Garbled(line.substring(at, end), sequence.get().decoded(), misreading));
            }
        }
        return Optional.empty();
    }

    private static Optional<Sequence> sequenceAt(String line, int at, Misreading misreading) {
        int first = misreading.byteOf(line.charAt(at));
        int length = sequenceLength(first);
        if (length > 0) {
            return continuation(line, at + 1, length - 1, misreading)
                    .flatMap(rest -> decode(prepend(first, rest), length));
        }
        if (misreading == Misreading.MAC_ROMAN && first == EMOJI_SECOND_BYTE) {
            return continuation(line, at + 1, 2, misreading)
                    .flatMap(rest -> decode(prepend(LOST_EMOJI_LEAD, prepend(first, rest)), 3));
        }
        return Optional.empty();
    }

    /** The length of the UTF-8 sequence a lead byte starts, or 0 when it is not a lead byte. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** The bytes of {@code count} characters from {@code from}, when each reads back as a continuation byte. */
    private static Optional<byte[]> continuation(String line, int from, int count, Misreading misreading) {
        if (from + count > line.length()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            int b = misreading.byteOf(line.charAt(from + i));
            if (b < 0x80 || b > 0xBF) {
                return Optional.empty();
            }
            bytes[i] = (byte) b;
        }
        return Optional.of(bytes);
    }

    private static byte[] prepend(int first, byte[] rest) {
        byte[] bytes = new byte[rest.length + 1];
        bytes[0] = (byte) first;
        System.arraycopy(rest, 0, bytes, 1, rest.length);
        return bytes;
    }

    /**
     * The character the bytes encode, if it is one a text would hold. Two-byte sequences only count when they
     * give Latin letters and symbols (up to U+017F): the others would be Greek, Cyrillic, Armenian... letters
     * "read" from everyday pairs such as "’é" in "l’été" or "“é" in "“émigré”".
     */
    private static Optional<Sequence> decode(byte[] bytes, int chars) {
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        int codePoint = decoded.codePointAt(0);
        int type = Character.getType(codePoint);
        boolean plausible = type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.CONTROL && type != Character.SURROGATE
                && (bytes.length > 2 || codePoint <= 0x17F);
        return plausible ? Optional.of(new Sequence(chars, decoded)) : Optional.empty();
    }
}
