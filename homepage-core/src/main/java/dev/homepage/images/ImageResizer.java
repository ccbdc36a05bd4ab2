package dev.homepage.images;

import dev.homepage.cache.Fingerprint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Makes the smaller copies of one image with Thumbnailator (reading JPEGs with TwelveMonkeys' reader, which also
 * knows CMYK files and files that the JDK's reader refuses), and keeps them in the cache folder, under a digest of
 * the image's bytes and of the code that made them, so that a later build, in this run or another, reads them
 * instead of decoding the image again. The copies of a JPEG are JPEGs; those of a PNG are PNGs unless the picture is
 * opaque and a JPEG of it weighs less than half (a photo, not a diagram, saved as PNG). The encoders write no
 * metadata, so that two builds give the same bytes.
 */
final class ImageResizer {

    /** The widths of the copies; a copy is made only where the image is wider. */
    static final List<Integer> WIDTHS = List.of(160, 320, 480, 720, 960, 1440, 1920);
    /** Larger images take too much memory to decode (four bytes a pixel) and are left as they are. */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.82f;
    /** A PNG's copies become JPEGs when a JPEG of the widest weighs at most this part of the PNG. */
    private static final double JPEG_GAIN = 0.5;
    private static final String INFO = ".properties";

    /** Why an image keeps no copies: it cannot be read, or is too large. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    private final String codeVersion;
    private final Optional<Path> cacheFolder;

    /**
     * @param codeVersion what the running homepage is: copies made by another version are made again
     * @param cacheFolder where copies are kept across builds, if anywhere
     */
    ImageResizer(String codeVersion, Optional<Path> cacheFolder) {
        this.codeVersion = codeVersion;
        this.cacheFolder = cacheFolder;
    }

    /** The key of an image's copies in the cache: its bytes, and the code that made them. */
    String keyOf(byte[] image) {
        return Fingerprint.start().add(codeVersion).add(image).finish();
    }

    /**
     * The image's size and copies, from the cache or made now.
     *
     * @param key the image's key, from {@link #keyOf}
     * @param path the image's path in the site, such as {@code images/fig.png}, which names the copies
     */
    ImageSet copiesOf(String key, byte[] image, String path) throws Refused {
        Optional<ImageSet> cached = cached(key, path);
        if (cached.isPresent()) {
            return cached.get();
        }
        ImageSet made = make(image, path);
        cacheFolder.ifPresent(folder -> save(folder, key, made));
        return made;
    }

    private ImageSet make(byte[] bytes, String path) throws Refused {
        // Only here, where an image is decoded: a build whose copies are all in the cache loads no image reader.
        ImageReaders.register();
        checkSize(bytes);
        BufferedImage image;
        try {
            // Scaled by 1 to turn the picture as its EXIF data asks, as browsers show it.
            image = Thumbnails.of(new ByteArrayInputStream(bytes)).scale(1).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new Refused("cannot be read as an image (" + reasonOf(e) + ")");
        }
        List<BufferedImage> resized = new ArrayList<>();
        try {
            for (int width : WIDTHS) {
                if (width < image.getWidth()) {
                    resized.add(Thumbnails.of(image).width(width).asBufferedImage());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("cannot be resized (" + reasonOf(e) + ")");
        }
        String format = formatOf(path, resized.isEmpty() ? null : resized.get(resized.size() - 1));
        List<ImageSet.Copy> copies = new ArrayList<>();
        for (BufferedImage copy : resized) {
            copies.add(new ImageSet.Copy(copy.getWidth(), copyPath(path, copy.getWidth(), format),
                    encode(copy, format)));
        }
        return new ImageSet(image.getWidth(), image.getHeight(), List.copyOf(copies));
    }

    /** Refuses, from its header alone, an image too large to decode. */
    private static void checkSize(byte[] bytes) throws Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("cannot be read as an image (no reader knows its format)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Refused("is " + reader.getWidth(0) + "×" + reader.getHeight(0) + " pixels ("
                            + pixels / 1_000_000 + " megapixels), more than the " + MAX_PIXELS / 1_000_000
                            + " megapixels the build decodes");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("cannot be read as an image (" + reasonOf(e) + ")");
        }
    }

    private static String reasonOf(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** jpg for a JPEG; for a PNG, png unless a JPEG of the widest copy weighs much less. */
    private static String formatOf(String path, BufferedImage widest) {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".png")) {
            return "jpg";
        }
        if (widest == null || !isOpaque(widest)) {
            return "png";
        }
        return encode(widest, "jpg").length <= JPEG_GAIN * encode(widest, "png").length ? "jpg" : "png";
    }

    private static boolean isOpaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return true;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 != 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where a copy goes: {@code images/fig.png} at 480 pixels as {@code assets/homepage/resized/images/fig-480w.jpg}. */
    static String copyPath(String path, int width, String format) {
        int dot = path.lastIndexOf('.');
        String base = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
        return ResponsiveImages.COPIES_FOLDER + "/" + base + "-" + width + "w." + format;
    }

    /** The image as JPEG or PNG, without metadata: the same pixels always give the same bytes. */
    private static byte[] encode(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.equals("jpg") ? "jpeg" : format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            BufferedImage written = image;
            if (format.equals("jpg")) {
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(JPEG_QUALITY);
                parameters.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                written = rgb(image);
            }
            writer.write(null, new IIOImage(written, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** JPEG has no alpha, and the JDK's writer wants plain RGB. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    /** The copies kept for the key, when every one of them is there. */
    private Optional<ImageSet> cached(String key, String path) {
        if (cacheFolder.isEmpty()) {
            return Optional.empty();
        }
        Path info = cacheFolder.get().resolve(key + INFO);
        if (!Files.isRegularFile(info)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(info)) {
            Properties properties = new Properties();
            properties.load(in);
            String format = properties.getProperty("format");
            List<ImageSet.Copy> copies = new ArrayList<>();
            String widths = properties.getProperty("copies", "");
            for (String width : widths.isEmpty() ? new String[0] : widths.split(",")) {
                int pixels = Integer.parseInt(width);
                copies.add(new ImageSet.Copy(pixels, copyPath(path, pixels, format),
                        Files.readAllBytes(cacheFolder.get().resolve(key + "-" + pixels + "." + format))));
            }
            return Optional.of(new ImageSet(Integer.parseInt(properties.getProperty("width")),
                    Integer.parseInt(properties.getProperty("height")), List.copyOf(copies)));
        } catch (IOException | RuntimeException e) {
            // A damaged or partial entry: the copies are made again.
            return Optional.empty();
        }
    }

    private static void save(Path folder, String key, ImageSet set) {
        try {
            Files.createDirectories(folder);
            String format = set.copies().isEmpty() ? "" : set.copies().get(0).path()
                    .substring(set.copies().get(0).path().lastIndexOf('.') + 1);
            for (ImageSet.Copy copy : set.copies()) {
                write(folder.resolve(key + "-" + copy.width() + "." + format), copy.bytes());
            }
            // Written last: an entry without it is not read.
            String info = "width=" + set.width() + "\nheight=" + set.height() + "\nformat=" + format + "\ncopies="
                    + String.join(",", set.copies().stream().map(copy -> String.valueOf(copy.width())).toList())
                    + "\n";
            write(folder.resolve(key + INFO), info.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The cache can only make builds faster: without it, the copies are made again next time.
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            out.write(bytes);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether a file of the cache folder belongs to one of the keys. */
    static boolean belongsTo(Path file, java.util.Set<String> keys) {
        String name = file.getFileName().toString();
        int end = name.indexOf(name.contains("-") ? '-' : '.');
        return end > 0 && keys.contains(name.substring(0, end));
    }
}
