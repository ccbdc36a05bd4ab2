package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.output.SiteAddresses.Broken;
import dev.homepage.output.SiteAddresses.Elsewhere;
import dev.homepage.output.SiteAddresses.InSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteAddressesTest {

    private final SiteAddresses lab = new SiteAddresses("https://ada.example.org", "/lab");

    @ParameterizedTest
    @CsvSource({
            "index.html, /lab/talks/, talks/, ''",
            "index.html, /lab/, '', ''",
            "index.html, /lab, '', ''",
            "index.html, talks/moths/#abstract, talks/moths/, abstract",
            "talks/moths/index.html, ../, talks/, ''",
            "talks/moths/index.html, ../../cv.pdf, cv.pdf, ''",
            "talks/moths/index.html, #abstract, talks/moths/index.html, abstract",
            "talks/moths/index.html, ?print=1, talks/moths/index.html, ''",
            "index.html, https://ada.example.org/lab/cv/, cv/, ''",
            "index.html, http://ADA.example.org:443/lab/cv/, cv/, ''",
            "index.html, //ada.example.org/lab/files/a%20b.pdf, files/a b.pdf, ''",
            "index.html, files/my cv.pdf, files/my cv.pdf, ''",
            "index.html, files/Zoë.pdf#page=2, files/Zoë.pdf, page=2",
            "index.html, 50%off.html, 50%off.html, ''",
            "index.html, notes#part#2, notes, part#2"})
    void linksIntoTheSiteResolveToAPathBelowItsRoot(String page, String link, String path, String fragment) {
        assertThat(lab.resolve(page, link)).isEqualTo(new InSite(path, fragment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/x", "https://ada.example.org/other-project/",
            "https://ada.example.org:8443/lab/", "mailto:ada@example.org", "tel:+3531234",
            "data:image/gif;base64,R0lGOD", "javascript:void(0)", "ftp://ada.example.org/lab/x",
            "https://example.com/a|b c"})
    void linksOutOfTheSiteAreNotChecked(String link) {
        assertThat(lab.resolve("index.html", link)).isEqualTo(new Elsewhere());
    }

    @Test
    void siteRelativeLinkOutsideTheBaseurlIsBroken() {
        assertThat(lab.resolve("index.html", "/talks/")).isEqualTo(new Broken("it leaves the site's baseurl /lab:"
                + " links within the site start with /lab/ (in Liquid, {{ \"/talks/\" | relative_url }})"));
        assertThat(lab.resolve("index.html", "../../x")).isEqualTo(new Broken("it leads above the site's root folder"));
    }

    @Test
    void withoutUrlOrBaseurlAbsoluteLinksAreElsewhereAndSitePathsAreInTheSite() {
        SiteAddresses bare = new SiteAddresses("", "");

        assertThat(bare.resolve("cv/index.html", "/talks/")).isEqualTo(new InSite("talks/", ""));
        assertThat(bare.resolve("cv/index.html", "https://ada.example.org/talks/")).isEqualTo(new Elsewhere());
        assertThat(bare.resolve("cv/index.html", "http://[broken")).isInstanceOf(Broken.class);
    }
}
