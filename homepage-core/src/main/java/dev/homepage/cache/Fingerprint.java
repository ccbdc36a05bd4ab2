package dev.homepage.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of what something was made from: two inputs with the same fingerprint give the same output, so
 * a build may reuse what it made of them before. Each part is length-prefixed, so that ("ab", "c") and ("a", "bc")
 * differ.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** The fingerprint of a few texts, in order. */
    public static String of(String... parts) {
        Fingerprint fingerprint = start();
        for (String part : parts) {
            fingerprint.add(part);
        }
        return fingerprint.finish();
    }

    /**
     * The fingerprint of a value read from YAML or JSON (the data files, the config as written), by its text, in
     * which maps and lists keep their order: the one place such a value is fingerprinted.
     */
    public static String ofValue(Object value) {
        return of(String.valueOf(value));
    }

    /** The fingerprint of files, their paths (relative to the folder) and bytes, in the order given. */
    public static String ofFiles(Path folder, List<Path> files) {
        Fingerprint fingerprint = start();
        try {
            for (Path file : files) {
                fingerprint.add(file.toString()).add(Files.readAllBytes(folder.resolve(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fingerprint.finish();
    }

    /**
     * What the code of a class was loaded from: its jar's path, size and time, or those of every file of its
     * classes folder. A new build of homepage has a new one.
     */
    public static String ofCode(Class<?> type) {
        Fingerprint fingerprint = start();
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    fingerprint.add(file.toString()).add(Files.size(file))
                            .add(Files.getLastModifiedTime(file).toMillis());
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Nothing to tell one version from another: no cache will match.
            fingerprint.add(String.valueOf(System.nanoTime()));
        }
        return fingerprint.finish();
    }

    public Fingerprint add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(byte[] part) {
        add(part.length);
        digest.update(part);
        return this;
    }

    public Fingerprint add(long number) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (number >>> shift));
        }
        return this;
    }

    /** The hexadecimal digest; the fingerprint cannot be added to afterwards. */
    public String finish() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
