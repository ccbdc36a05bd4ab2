package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The post with math and code: KaTeX typesets it, inline and display as kramdown means them, and code is coloured. */
class MathAndCodeIT extends ExampleInChromium {

    private static final String POST = "irregular-sampling-is-not-missing-data/";

    @Test
    void mathIsTypesetInlineAndOnItsOwnLine() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve(POST));

        WebElement body = chromium.driver().findElement(By.cssSelector(".page-body"));
        assertThat(body.findElements(By.cssSelector(".katex-display"))).hasSize(1);
        assertThat(body.findElements(By.xpath(".//p//span[@class='katex'][not(ancestor::span[@class='katex-display'])]")))
                .as("inline math").hasSize(3);
        assertThat(body.getText()).doesNotContain("$$");
        assertThat(chromium.script("return document.fonts.check('16px KaTeX_Main');")).isEqualTo(true);
    }

    @Test
    void fencedCodeIsHighlighted() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve(POST));

        WebElement code = chromium.driver().findElement(By.cssSelector("pre code.language-python"));
        assertThat(code.getDomAttribute("class")).contains("hljs");
        assertThat(code.findElements(By.cssSelector("span[class^=hljs-]"))).isNotEmpty();
    }
}
