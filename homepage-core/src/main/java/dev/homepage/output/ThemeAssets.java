package dev.homepage.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * The default theme's static files (CSS, scripts), shipped in the jar and copied to {@code assets/homepage/}.
 * A jar cannot be listed portably, so the theme names its files in {@code assets.list}.
 */
public final class ThemeAssets {

    static final String OUTPUT_FOLDER = "assets/homepage";
    private static final String FOLDER = "/dev/homepage/theme/assets/";
    private static final String LIST = "/dev/homepage/theme/assets.list";

    private final List<String> files;

    public ThemeAssets() {
        try (InputStream list = ThemeAssets.class.getResourceAsStream(LIST)) {
            if (list == null) {
                throw new IllegalStateException("the theme's " + LIST + " is missing from the jar");
            }
            files = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> files() {
        return files;
    }

    byte[] read(String file) throws IOException {
        try (InputStream in = ThemeAssets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new NoSuchFileException(FOLDER + file, null, "listed in " + LIST + " but not in the jar");
            }
            return in.readAllBytes();
        }
    }
}
