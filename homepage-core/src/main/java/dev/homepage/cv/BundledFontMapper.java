package dev.homepage.cv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Where PDFBox looks for a font the PDF does not embed: in its own jar, never on the machine. The standard PDF
 * fonts openhtmltopdf declares (Times, Helvetica, Symbol...) are never printed with, as the CV's text is all in
 * embedded fonts; but PDFBox's own mapper would look them up among the system's fonts, scanning them and writing a
 * {@code .pdfbox.cache} file into the user's home folder, which a build must not touch. PDFBox takes its mapper
 * from a JVM-wide setting, so this one is set for the whole JVM: it stands the font PDFBox ships (Liberation
 * Sans) in for each.
 */
final class BundledFontMapper implements FontMapper {

    private static final String SHIPPED_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TrueTypeFont font;

    private synchronized TrueTypeFont font() {
        if (font == null) {
            try (InputStream in = FontMapper.class.getResourceAsStream(SHIPPED_FONT)) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font(), false);
    }
}
