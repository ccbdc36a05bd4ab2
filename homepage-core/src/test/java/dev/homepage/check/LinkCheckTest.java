package dev.homepage.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkCheckTest {

    @Test
    void srcsetHoldsAUrlThenDescriptorsPerCandidate() {
        assertThat(LinkCheck.srcsetUrls(" small.png 480w,  large.png 1080w "))
                .containsExactly("small.png", "large.png");
        assertThat(LinkCheck.srcsetUrls("a.png 1x,b.png 2x")).containsExactly("a.png", "b.png");
        assertThat(LinkCheck.srcsetUrls("plain.png, images/a,b.png 2x")).containsExactly("plain.png", "images/a,b.png");
        assertThat(LinkCheck.srcsetUrls("")).isEmpty();
    }
}
