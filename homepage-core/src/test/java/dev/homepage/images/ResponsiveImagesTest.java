package dev.homepage.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responsive images: each JPEG and PNG a page shows gets smaller copies (never wider than it), kept in the cache
 * across builds; its tags get srcset, sizes, width and height, and lazy loading below the start of the page; a
 * broken or huge image is a warning naming it, and the build goes on.
 */
class ResponsiveImagesTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", """
                        title: Lab
                        baseurl: /lab
                        author:
                          name: Ada Lovelace
                          avatar: images/ada.jpg
                        """)
                .bytes("images/ada.jpg", jpeg(photo(600, 600)))
                .bytes("images/field.jpg", jpeg(photo(1000, 600)))
                .bytes("images/diagram.png", png(diagram(800, 500, true)))
                .bytes("images/icon.png", png(diagram(100, 100, false)))
                .file("_pages/about.md", """
                        ---
                        permalink: /
                        title: About
                        ---
                        ![A field](/lab/images/field.jpg)

                        Some text. %s

                        <div class="paper-box-image"><img src="images/diagram.png" alt="A diagram" width="100%%"></div>

                        <img src="images/icon.png" alt="An icon" style="width: 20px">
                        """.formatted("word ".repeat(100)));
    }

    @Test
    void imagesGetSmallerCopiesNeverWiderThanThemselvesAndTheOriginalsStay() throws Exception {
        TestSite site = site();
        site.build();

        Path copies = site.output().resolve("assets/homepage/resized/images");
        assertThat(widthsOf(copies, "field-")).containsExactly(160, 320, 480, 720, 960);
        assertThat(widthsOf(copies, "ada-")).containsExactly(160, 320, 480);
        assertThat(widthsOf(copies, "diagram-")).as("a transparent PNG stays PNG").containsExactly(160, 320, 480, 720);
        assertThat(copies.resolve("diagram-720w.png")).isRegularFile();
        assertThat(copies.resolve("field-480w.jpg")).isRegularFile();
        assertThat(widthsOf(copies, "icon-")).as("no copy wider than the image").isEmpty();
        BufferedImage copy = ImageIO.read(copies.resolve("field-480w.jpg").toFile());
        assertThat(copy.getWidth()).isEqualTo(480);
        assertThat(copy.getHeight()).isEqualTo(288);
        assertThat(site.output().resolve("images/field.jpg")).hasSameBinaryContentAs(site.source().resolve("images/field.jpg"));
    }

    @Test
    void tagsGetSrcsetSizesTheirSizeAndLazyLoadingBelowTheStart() throws Exception {
        TestSite site = site();
        BuildReport report = site.build();

        Document page = site.page("/");
        Element field = image(page, "field.jpg");
        assertThat(field.attr("srcset")).isEqualTo("/lab/assets/homepage/resized/images/field-160w.jpg 160w, "
                + "/lab/assets/homepage/resized/images/field-320w.jpg 320w, "
                + "/lab/assets/homepage/resized/images/field-480w.jpg 480w, "
                + "/lab/assets/homepage/resized/images/field-720w.jpg 720w, "
                + "/lab/assets/homepage/resized/images/field-960w.jpg 960w, /lab/images/field.jpg 1000w");
        assertThat(field.attr("sizes")).as("the width of the text").startsWith("(min-width: 72em) 48rem");
        assertThat(field.attr("width")).isEqualTo("1000");
        assertThat(field.attr("height")).isEqualTo("600");
        assertThat(field.hasAttr("loading")).as("the first image, before any text: on the first screen").isFalse();

        Element diagram = image(page, "diagram.png");
        assertThat(diagram.attr("sizes")).as("AcadHomepage's paper box").startsWith("(min-width: 72em) 16rem");
        assertThat(diagram.attr("width")).isEqualTo("800");
        assertThat(diagram.attr("height")).isEqualTo("500");
        assertThat(diagram.attr("style")).as("width=\"100%\" is no valid HTML").isEqualTo("width: 100%");
        assertThat(diagram.attr("loading")).isEqualTo("lazy");

        Element icon = image(page, "icon.png");
        assertThat(icon.hasAttr("srcset")).isFalse();
        assertThat(icon.attr("width")).isEqualTo("100");
        assertThat(icon.attr("loading")).isEqualTo("lazy");

        Element avatar = page.selectFirst("img.author-avatar");
        assertThat(avatar.attr("sizes")).isEqualTo("(max-width: 47.99em) 3.5rem, (max-width: 55.99em) 5.5rem, 10rem");
        assertThat(avatar.attr("srcset")).endsWith("/lab/images/ada.jpg 600w");
        assertThat(avatar.hasAttr("loading")).as("the profile is on the first screen").isFalse();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void onlyTheImageTagsChangeTheRestOfThePageStaysAsItWas() throws Exception {
        TestSite site = site().file("_config.yml", "title: Lab\nbaseurl: /lab\nimages:\n  responsive: false\n"
                + "author:\n  name: Ada Lovelace\n  avatar: images/ada.jpg\n");
        site.build();
        String plain = site.text("index.html");
        assertThat(site.output().resolve("assets/homepage/resized")).as("nothing resized when turned off")
                .doesNotExist();

        TestSite responsive = site();
        responsive.build();
        String rewritten = responsive.text("index.html");

        assertThat(rewritten.replaceAll("<img[^>]*>", "<img>")).isEqualTo(plain.replaceAll("<img[^>]*>", "<img>"));
    }

    @Test
    void theAuthorsOwnSourcesAreKept() throws Exception {
        TestSite site = site().file("_pages/own.md", """
                ---
                title: Own
                ---
                <picture><source srcset="/lab/images/field.jpg" media="(min-width: 60em)"><img src="/lab/images/diagram.png" alt="a"></picture>

                <img src="/lab/images/field.jpg" srcset="/lab/images/field.jpg 1000w" sizes="50vw" alt="b" loading="eager">
                """);
        site.build();

        Document page = site.page("/own/");
        assertThat(image(page, "diagram.png").hasAttr("srcset")).as("inside a picture").isFalse();
        Element own = image(page, "field.jpg");
        assertThat(own.attr("srcset")).isEqualTo("/lab/images/field.jpg 1000w");
        assertThat(own.attr("sizes")).isEqualTo("50vw");
        assertThat(own.attr("loading")).isEqualTo("eager");
        assertThat(own.attr("height")).isEqualTo("600");
    }

    @Test
    void aBrokenOrHugeImageIsAWarningNamingItAndTheBuildGoesOn() throws Exception {
        TestSite site = site().bytes("images/broken.jpg", "not a JPEG at all".getBytes())
                .bytes("images/huge.png", pngHeader(10_000, 8_000))
                .file("_pages/more.md", "---\ntitle: More\n---\n![broken](/lab/images/broken.jpg)\n\n![huge](/lab/images/huge.png)\n");
        BuildReport report = site.build();

        assertThat(report.warnings()).anySatisfy(warning -> {
            assertThat(warning.file()).isEqualTo(Path.of("images/broken.jpg"));
            assertThat(warning.message()).contains("the image cannot be read as an image", "pages show it as it is");
        });
        assertThat(report.warnings()).anySatisfy(warning -> {
            assertThat(warning.file()).isEqualTo(Path.of("images/huge.png"));
            assertThat(warning.message()).contains("the image is 10000×8000 pixels (80 megapixels)", "pages show it as it is");
        });
        Document page = site.page("/more/");
        assertThat(image(page, "broken.jpg").hasAttr("srcset")).isFalse();
        assertThat(site.output().resolve("images/broken.jpg")).isRegularFile();
        assertThat(widthsOf(site.output().resolve("assets/homepage/resized/images"), "field-")).isNotEmpty();
    }

    @Test
    void copiesAreKeptInTheCacheAndReadBackWhileTheImageIsUnchanged() throws Exception {
        TestSite site = site();
        Path cache = folder.resolve("cache");
        BuildRequest request = site.request().withCache(cache);
        new SiteGenerator().generate(request);
        Path cachedCopy;
        try (Stream<Path> files = Files.list(cache.resolve("images"))) {
            cachedCopy = files.filter(file -> file.getFileName().toString().endsWith("-160.jpg"))
                    .filter(file -> readWidthAndHeight(file)[1] == 96).findFirst().orElseThrow();
        }
        byte[] marked = jpeg(photo(160, 96));
        Files.write(cachedCopy, marked);

        new SiteGenerator().generate(request);

        assertThat(site.output().resolve("assets/homepage/resized/images/field-160w.jpg")).as("read from the cache")
                .hasBinaryContent(marked);

        site.bytes("images/field.jpg", jpeg(photo(1000, 500)));
        new SiteGenerator().generate(request);

        assertThat(readWidthAndHeight(site.output().resolve("assets/homepage/resized/images/field-160w.jpg")))
                .as("made again from the changed image").containsExactly(160, 80);
        assertThat(cachedCopy).as("the copies of the image no page shows any more are gone").doesNotExist();
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws Exception {
        TestSite site = site();
        new SiteGenerator().generate(new BuildRequest(site.source(), folder.resolve("one")));
        new SiteGenerator().generate(new BuildRequest(site.source(), folder.resolve("two")));

        Path one = folder.resolve("one/assets/homepage/resized/images");
        try (Stream<Path> files = Files.list(one)) {
            for (Path file : files.toList()) {
                assertThat(file).hasSameBinaryContentAs(folder.resolve("two/assets/homepage/resized/images")
                        .resolve(file.getFileName()));
            }
        }
        assertThat(Files.readString(folder.resolve("one/index.html")))
                .isEqualTo(Files.readString(folder.resolve("two/index.html")));
    }

    private static Element image(Document page, String file) {
        return page.select("img").stream().filter(image -> image.attr("src").endsWith(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no image " + file));
    }

    private static List<Integer> widthsOf(Path folder, String prefix) throws IOException {
        List<Integer> widths = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return widths;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(prefix)).forEach(name ->
                    widths.add(Integer.parseInt(name.substring(prefix.length(), name.lastIndexOf("w.")))));
        }
        return widths.stream().sorted().toList();
    }

    private static int[] readWidthAndHeight(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            return new int[] {image.getWidth(), image.getHeight()};
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A picture with a little grain, as photos have. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), width, height, new Color(220, 200, 120)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        Random random = new Random(7);
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x += 3) {
                image.setRGB(x, y, image.getRGB(x, y) ^ random.nextInt(8));
            }
        }
        return image;
    }

    /** Flat shapes; transparent around them when asked. */
    private static BufferedImage diagram(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        if (!transparent) {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
        }
        graphics.setColor(new Color(30, 60, 140));
        graphics.fillRoundRect(width / 10, height / 10, width / 3, height / 3, 12, 12);
        graphics.fillOval(width / 2, height / 2, width / 3, height / 3);
        graphics.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** The start of a PNG file that says it is huge: enough for a reader to tell its size, no pixels. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(8 + 25);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer chunk = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        header.putInt(13).put(chunk.array()).putInt((int) crc.getValue());
        return header.array();
    }
}
