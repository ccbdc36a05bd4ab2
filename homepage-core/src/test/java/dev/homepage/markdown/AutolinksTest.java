package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Autolinks are asked only of texts that may hold a link, and link what flexmark's own extension links. */
class AutolinksTest {

    private static String render(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks, EmojiExtension.create(), TypographicExtension.create()));
        options.set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See https://example.org/a?b=c. for more",
        "Write to jane@example.org today",
        "At www.example.org, or WWW.Example.ORG, or wWw.example.org",
        "An entity for the at: jane&#64;example.org",
        "An entity for the colon http&#58;//example.org and &amp; more",
        "Quoted \"https://example.org\" and 'www.example.org'...",
        "Dashes -- and ellipses... around ftp://example.org/x --- here",
        "A [link](https://example.org) then https://example.com and `https://code.example`",
        "Escaped https\\://example.org and jane\\@example.org",
        ":smile: and mailto:jane@example.org",
        "Plain words, a dot. A w.w and ww but no link",
        "<span>https://example.org</span> in HTML"
    })
    void linksWhatFlexmarksOwnExtensionLinks(String markdown) {
        assertThat(render(Autolinks.create(), markdown)).isEqualTo(render(AutolinkExtension.create(), markdown));
    }

    @Test
    void aTextMayHoldALinkOnlyWithAColonAnAtAnEntityOrWww() {
        assertThat(Autolinks.mayHoldLink("Plain words, a dot. A w.w and ww, no link")).isFalse();
        assertThat(Autolinks.mayHoldLink("see x:y")).isTrue();
        assertThat(Autolinks.mayHoldLink("jane@example")).isTrue();
        assertThat(Autolinks.mayHoldLink("jane&#64;example")).isTrue();
        assertThat(Autolinks.mayHoldLink("at wWw.example.org")).isTrue();
    }
}
