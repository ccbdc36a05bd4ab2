package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A site's URLs, kept as they are, answer for the folder URL of any of the three ways to write it. */
class BuildViewsTest {

    @Test
    void aFolderIsTakenByAPageAtAnyOfItsThreeUrls() {
        for (String own : Set.of("/talks/", "/talks/index.html", "/talks")) {
            for (String asked : Set.of("/talks/", "/talks/index.html", "/talks")) {
                assertThat(BuildViews.holdsFolderOf(Set.of(own), asked)).as(own + " holds " + asked).isTrue();
            }
        }
    }

    @Test
    void aFolderIsNotTakenByAnotherOrByAFileOfIt() {
        assertThat(BuildViews.holdsFolderOf(Set.of("/talks/one.html", "/talk/", "/talks/index.htm"), "/talks/"))
                .isFalse();
        assertThat(BuildViews.holdsFolderOf(Set.of("/feed.xml"), "/feed.xml/")).isTrue();
        assertThat(BuildViews.holdsFolderOf(Set.of("/x/index.html"), "/x/index.html/")).as("the folder is /x/")
                .isFalse();
        assertThat(BuildViews.holdsFolderOf(Set.of("/"), "/index.html")).isTrue();
        assertThat(BuildViews.holdsFolderOf(Set.of(), "/")).isFalse();
    }
}
