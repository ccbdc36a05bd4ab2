package dev.homepage.images;

import dev.homepage.output.SiteAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The {@code <img>} elements of a page that show raster images of the site, and the same elements with what lets a
 * browser load them fast: {@code srcset} with the smaller copies and {@code sizes} with the width the theme's
 * layout gives them, {@code width} and {@code height} (so that nothing moves while they load), and
 * {@code loading="lazy"} below the start of the page. Only those tags change; the rest of the page is left byte for
 * byte as it was. What the author wrote wins: an image inside a {@code <picture>} or with its own {@code srcset}
 * gets no copies, and {@code sizes} or {@code loading} given are kept.
 */
final class ImageTags {

    /** The theme's widths of images, by class; "content" for the images of a page's text. */
    private static final String SIZES = "/dev/homepage/theme/image-sizes.properties";
    private static final Pattern RASTER = Pattern.compile("(?i)\\.(?:jpe?g|png)$");
    private static final Pattern MAY_SHOW_RASTER = Pattern.compile("(?i)\\.(?:jpe?g|png)\\b");
    /** A page whose text shows no more than this many characters before an image may show it on its first screen. */
    private static final int FIRST_SCREEN_TEXT = 300;
    private static final Pattern PIXELS = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)(?:px)?\\s*$");
    private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)%\\s*$");
    private static final Pattern STYLE_WIDTH = Pattern.compile("(?i)(?:^|;)\\s*width\\s*:\\s*(\\d+(?:\\.\\d+)?)px");

    /**
     * One image element of a page.
     *
     * @param start the offset of its {@code <}
     * @param end the offset after its {@code >}
     * @param attributes its attributes as written
     * @param path the raster image of the site it shows, relative to the site's root
     * @param sizes the width the layout gives it, for {@code sizes}
     * @param early whether it may show on the page's first screen
     * @param ownSources whether the author gave it its own sources ({@code srcset}, or a {@code <picture>})
     */
    record Tag(int start, int end, Attributes attributes, String path, String sizes, boolean early,
            boolean ownSources) {
    }

    private final SiteAddresses addresses;
    private final String baseurl;
    private final Properties sizes = new Properties();

    ImageTags(SiteAddresses addresses, String baseurl) {
        this.addresses = addresses;
        this.baseurl = baseurl;
        try (InputStream in = ImageTags.class.getResourceAsStream(SIZES)) {
            if (in == null) {
                throw new IllegalStateException("the theme's " + SIZES + " is missing from the jar");
            }
            sizes.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a page may show a raster image: only such pages are parsed. */
    static boolean mayShowRasterImage(String html) {
        return html.contains("<img") && MAY_SHOW_RASTER.matcher(html).find();
    }

    /**
     * The page's image elements that show raster images of the site.
     *
     * @param page the page's file, relative to the output folder
     * @param isSiteFile whether a path relative to the site's root is a file of the site
     */
    List<Tag> tagsOf(String page, String html, Predicate<String> isSiteFile) {
        if (!mayShowRasterImage(html)) {
            return List.of();
        }
        org.jsoup.nodes.Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Tag> tags = new ArrayList<>();
        int[] textInMain = {0};
        boolean[] firstInMain = {true};
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && inMain(node)) {
                    textInMain[0] += text.text().strip().length();
                } else if (node instanceof Element image && image.normalName().equals("img")
                        && image.sourceRange().isTracked()) {
                    Optional<String> path = sitePath(page, image.attr("src")).filter(isSiteFile);
                    if (path.isPresent()) {
                        boolean main = inMain(image);
                        boolean early = main ? firstInMain[0] && textInMain[0] <= FIRST_SCREEN_TEXT
                                : image.hasClass("author-avatar");
                        firstInMain[0] &= !main;
                        tags.add(new Tag(image.sourceRange().startPos(), image.sourceRange().endPos(),
                                image.attributes().clone(), path.get(), sizesOf(image), early,
                                image.hasAttr("srcset") || image.parent() != null
                                        && image.parent().normalName().equals("picture")));
                    }
                }
            }
        });
        return List.copyOf(tags);
    }

    private static boolean inMain(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.normalName().equals("main")) {
                return true;
            }
        }
        return false;
    }

    /** The raster image of the site a src names, relative to the site's root. */
    private Optional<String> sitePath(String page, String src) {
        if (src.isBlank() || src.startsWith("data:")) {
            return Optional.empty();
        }
        return addresses.resolve(page, src) instanceof SiteAddresses.InSite inSite
                && RASTER.matcher(inSite.path()).find() ? Optional.of(inSite.path()) : Optional.empty();
    }

    /**
     * The width the image takes: what the theme gives images of its class (the avatar's); else its own width in
     * pixels, where its {@code width} or style says; else what the theme gives images inside an element of a class
     * (AcadHomepage's paper boxes); else the width of a page's text.
     */
    private String sizesOf(Element image) {
        for (String name : image.classNames()) {
            if (sizes.containsKey(name)) {
                return sizes.getProperty(name);
            }
        }
        Matcher pixels = PIXELS.matcher(image.attr("width"));
        if (image.hasAttr("width") && pixels.matches()) {
            return Math.round(Double.parseDouble(pixels.group(1))) + "px";
        }
        Matcher styled = STYLE_WIDTH.matcher(image.attr("style"));
        if (styled.find()) {
            return Math.round(Double.parseDouble(styled.group(1))) + "px";
        }
        for (Element element = image.parent(); element != null; element = element.parent()) {
            for (String name : element.classNames()) {
                if (sizes.containsKey(name)) {
                    return sizes.getProperty(name);
                }
            }
        }
        return sizes.getProperty("content");
    }

    /**
     * The tag as pages get it: with the copies in {@code srcset}, its size, and lazy loading where it is not on the
     * first screen.
     *
     * @param set the image's size and copies; empty when the image could not be read
     */
    String rewrite(Tag tag, Optional<ImageSet> set) {
        Attributes attributes = tag.attributes().clone();
        if (set.isPresent()) {
            ImageSet image = set.get();
            if (!tag.ownSources() && !image.copies().isEmpty()) {
                String copies = image.copies().stream().map(copy -> href(copy.path()) + " " + copy.width() + "w")
                        .collect(Collectors.joining(", "));
                attributes.put("srcset", copies + ", " + href(tag.path()) + " " + image.width() + "w");
                if (!attributes.hasKey("sizes")) {
                    attributes.put("sizes", tag.sizes());
                }
            }
            setSize(attributes, image.width(), image.height());
        }
        if (!tag.early() && !attributes.hasKey("loading")) {
            attributes.put("loading", "lazy");
        }
        StringBuilder html = new StringBuilder("<img");
        for (Attribute attribute : attributes) {
            html.append(' ').append(attribute.html());
        }
        return html.append('>').toString();
    }

    /**
     * Gives the tag the image's width and height, so that browsers keep its place while it loads: both when it
     * names neither; the other when it names one; the height that goes with its width when the two disagree with
     * the image. A width in percent (AcadHomepage's {@code width="100%"}, not valid HTML) moves to the style.
     */
    private static void setSize(Attributes attributes, int width, int height) {
        Matcher percent = PERCENT.matcher(attributes.get("width"));
        if (attributes.hasKey("width") && percent.matches()) {
            String style = attributes.get("style").strip();
            attributes.put("style", (style.isEmpty() || style.endsWith(";") ? style : style + ";")
                    + (style.isEmpty() ? "" : " ") + "width: " + percent.group(1) + "%");
            attributes.remove("width");
        }
        Optional<Double> givenWidth = pixels(attributes.get("width"));
        Optional<Double> givenHeight = pixels(attributes.get("height"));
        if (givenWidth.isPresent()) {
            attributes.put("width", String.valueOf(Math.round(givenWidth.get())));
            attributes.put("height", String.valueOf(Math.max(1, Math.round(givenWidth.get() * height / width))));
        } else if (givenHeight.isPresent()) {
            attributes.put("height", String.valueOf(Math.round(givenHeight.get())));
            attributes.put("width", String.valueOf(Math.max(1, Math.round(givenHeight.get() * width / height))));
        } else {
            attributes.put("width", String.valueOf(width));
            attributes.put("height", String.valueOf(height));
        }
    }

    private static Optional<Double> pixels(String value) {
        Matcher pixels = PIXELS.matcher(value);
        return pixels.matches() ? Optional.of(Double.parseDouble(pixels.group(1))) : Optional.empty();
    }

    /** The href of a file of the site: under the base URL, each part of its path percent-encoded. */
    String href(String path) {
        return baseurl + "/" + Arrays.stream(path.split("/", -1))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** Whether a path names a raster image this class gives copies to: a JPEG or PNG file. */
    static boolean isRaster(String path) {
        return RASTER.matcher(path).find();
    }
}
