package dev.homepage.cv;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * Prints the HTML of a CV page as a PDF: laid out in pages by openhtmltopdf with the theme's print stylesheet,
 * in DejaVu Sans (Latin, Greek and Cyrillic) embedded as subsets, so that the text is selectable and extractable,
 * links are live, pages are numbered and an entry is never split across two pages.
 *
 * <p>The same HTML gives the same bytes: the document's id is a digest of what it was made from, and its dates
 * are the build's time (none without one), never the wall clock. Nothing is fetched while printing: every
 * resource but the stylesheet and fonts shipped in the jar is refused, and images are left out.
 */
public final class CvPrinter {

    /** The font family every CV prints in. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String STYLESHEET = "/dev/homepage/theme/print/cv-pdf.css";
    /** What the PDF says made it. */
    private static final String PRODUCER = "homepage";
    /** What a PDF cannot show and the printer leaves out: media, scripts, embedded documents. */
    private static final String LEFT_OUT = "img, picture, video, audio, iframe, object, embed, svg, canvas, script,"
            + " noscript, link, template";

    /**
     * A printed CV.
     *
     * @param pdf the PDF's bytes
     * @param warnings what the printer could not do as the page asked (an image left out...), for the author
     */
    public record Printed(byte[] pdf, List<String> warnings) {
    }

    private final String stylesheet;

    public CvPrinter() {
        stylesheet = resourceText(STYLESHEET);
        if (!(FontMappers.instance() instanceof BundledFontMapper)) {
            FontMappers.set(new BundledFontMapper());
        }
        // openhtmltopdf logs its progress to the console line by line; what the author needs to know comes
        // through each print's diagnostics instead.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * @param html the CV page as its template rendered it for print
     * @param baseUri the absolute address of the site ("https://ada.example.org/"), against which the page's
     *     links are made absolute so that they work from the PDF; empty when the site's address is not known
     * @param buildTime the time of the build's clock, for the PDF's dates; none when empty
     * @param extraFonts TrueType or OpenType files for the characters DejaVu Sans lacks, tried in order
     */
    public Printed print(String html, String baseUri, Optional<Instant> buildTime, List<Path> extraFonts) {
        List<String> warnings = new ArrayList<>();
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri);
        for (Element media : page.select(LEFT_OUT)) {
            if (media.is("img:not(.paper-preview)")) {
                warnings.add("the image " + media.attr("src") + " is left out of the PDF: a PDF of the CV shows"
                        + " text and links only");
            }
            media.remove();
        }
        if (!baseUri.isEmpty()) {
            // The site's own links lead to its pages on the web, not next to wherever the PDF was saved.
            page.select("a[href]").forEach(link -> link.attr("href", link.absUrl("href")));
        }
        page.head().appendElement("style").appendChild(new DataNode(stylesheet + fontRule(extraFonts)));
        page.outputSettings().charset(StandardCharsets.UTF_8);

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUri);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(diagnostic -> note(diagnostic, warnings));
        builder.withProducer(PRODUCER);
        embed(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        embed(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        embed(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        embed(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        for (Path font : extraFonts) {
            builder.useFont(() -> open(font), familyOf(font));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            settle(document, fileIdentifier(html, baseUri, buildTime.map(Instant::toString).orElse(""),
                    String.valueOf(extraFonts)), buildTime);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Printed(out.toByteArray(), List.copyOf(warnings));
    }

    /**
     * The file identifier the PDF format asks for, made of what the file is made from, so that the same input
     * gives the same file: 16 bytes of a SHA-256 of the parts, each prefixed with its length, as PDF readers expect
     * a digest of 16 bytes and as the files of earlier versions have it.
     */
    private static byte[] fileIdentifier(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
                digest.update(bytes);
            }
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Gives the document what would otherwise come from the wall clock: its dates and its id. */
    private static void settle(PDDocument document, byte[] id, Optional<Instant> buildTime) {
        PDDocumentInformation before = document.getDocumentInformation();
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(before.getTitle());
        info.setAuthor(before.getAuthor());
        info.setSubject(before.getSubject());
        info.setKeywords(before.getKeywords());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        buildTime.ifPresent(time -> {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.setTimeInMillis(time.toEpochMilli());
            info.setCreationDate(calendar);
            info.setModificationDate(calendar);
        });
        document.setDocumentInformation(info);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Every printed text falls back from DejaVu Sans to the site's own fonts, in the order given. */
    private static String fontRule(List<Path> extraFonts) {
        StringBuilder families = new StringBuilder("\"" + FONT_FAMILY + "\"");
        extraFonts.forEach(font -> families.append(", \"").append(familyOf(font)).append('"'));
        return "\nhtml, body, body * { font-family: " + families + "; }\n";
    }

    /** A site's font is known by its file name, which no other family of the PDF has. */
    static String familyOf(Path font) {
        String name = font.getFileName().toString();
        return "site-font-" + name.substring(0, name.lastIndexOf('.')).replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static void embed(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> CvPrinter.class.getResourceAsStream(FONTS + file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(Path font) {
        try {
            return Files.newInputStream(font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Warnings of the layout are the author's to know about (a CSS rule of their template it cannot apply). */
    private static void note(Diagnostic diagnostic, List<String> warnings) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(diagnostic.getFormattedMessage());
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = CvPrinter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
