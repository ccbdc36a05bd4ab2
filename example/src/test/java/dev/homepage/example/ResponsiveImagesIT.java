package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A photo in a post loads as the smallest copy that fills its place: on a phone a narrow one, on a desktop a wider
 * one, never the original; its place is kept while it loads.
 */
class ResponsiveImagesIT extends ExampleInChromium {

    private static final String POST = "posts/2024/10/notes-from-a-field-season/";
    private static final String PHOTO = "main img[src$='field-season.jpg']";

    @Test
    void onAPhoneThePhotoLoadsAsANarrowCopy() {
        assertThat(loadedWidth(HeadlessChromium.PHONE)).isEqualTo(480);
    }

    @Test
    void onADesktopThePhotoLoadsAsACopyAsWideAsItsPlace() {
        assertThat(loadedWidth(HeadlessChromium.DESKTOP)).isEqualTo(960);
    }

    @Test
    void thePhotoKeepsItsPlaceWhileItLoads() {
        chromium.resize(HeadlessChromium.PHONE);
        chromium.open(site.home().resolve(POST));
        WebElement photo = chromium.driver().findElement(By.cssSelector(PHOTO));

        assertThat(photo.getDomAttribute("width")).isEqualTo("1600");
        assertThat(photo.getDomAttribute("height")).isEqualTo("1000");
        // The box the attributes give, before any pixel arrived: the width of the text, at the photo's shape.
        Object ratio = chromium.script("const r = arguments[0].getBoundingClientRect(); return r.width / r.height;",
                photo);
        assertThat(((Number) ratio).doubleValue()).isCloseTo(1.6, org.assertj.core.data.Offset.offset(0.01));
    }

    /** The width of the copy the browser chose for the photo, at the given size of its window. */
    private long loadedWidth(Dimension size) {
        chromium.resize(size);
        chromium.open(site.home().resolve(POST));
        WebElement photo = chromium.driver().findElement(By.cssSelector(PHOTO));
        chromium.script("arguments[0].scrollIntoView();", photo);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(5))
                .until(driver -> Boolean.TRUE.equals(chromium.script(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", photo)));
        String chosen = (String) chromium.script("return arguments[0].currentSrc;", photo);
        assertThat(chosen).contains("/assets/homepage/resized/images/field-season-");
        assertThat(chromium.consoleErrors()).isEmpty();
        // The copies are named by their width (naturalWidth is the width at which the copy is shown, not its own).
        return Long.parseLong(chosen.replaceFirst(".*-(\\d+)w\\.jpg$", "$1"));
    }
}
