package dev.homepage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collections a site has, whether their items get pages, and their permalinks. */
class CollectionsConfigTest {

    @TempDir
    Path source;

    private SiteConfig load(String yaml) throws Exception {
        Files.writeString(source.resolve("_config.yml"), yaml, StandardCharsets.UTF_8);
        return new ConfigLoader().load(source, Optional.empty());
    }

    @Test
    void academicCollectionsAreKnownWithoutDeclaration() throws Exception {
        SiteConfig config = load("title: x\n");

        assertThat(config.collections()).containsKeys("posts", "publications", "talks", "teaching", "portfolio", "news");
        assertThat(config.collections().get("talks")).isEqualTo(new CollectionConfig("talks", true, "/:collection/:path/",
                "Talks and presentations", false, Map.of()));
        assertThat(config.collections().get("posts").declared()).as("posts are always declared").isTrue();
    }

    @Test
    void collectionsDeclaredAsAMap() throws Exception {
        SiteConfig config = load("""
                collections:
                  books:
                    output: true
                    permalink: /library/:name/
                  talks:
                    output: false
                """);

        assertThat(config.collections().get("books")).isEqualTo(new CollectionConfig("books", true, "/library/:name/", "Books",
                true, Map.of("output", true, "permalink", "/library/:name/")));
        assertThat(config.collections().get("talks").output()).isFalse();
        assertThat(config.collections().get("talks").permalink()).isEqualTo("/:collection/:path/");
        assertThat(config.collections().get("publications").output()).isTrue();
    }

    @Test
    void aListingTitleIsTheConfigsElseTheThemesForKnownCollectionsElseTheNameWithACapital() throws Exception {
        SiteConfig config = load("collections:\n  talks:\n    title: Lectures\n  recipes:\n    output: true\n");

        assertThat(config.collections().get("talks").title()).isEqualTo("Lectures");
        assertThat(config.collections().get("posts").title()).isEqualTo("Blog posts");
        assertThat(config.collections().get("recipes").title()).isEqualTo("Recipes");
    }

    @Test
    void collectionsDeclaredAsAList() throws Exception {
        SiteConfig config = load("collections:\n  - books\n  - recipes\n");

        assertThat(config.collections()).containsKeys("books", "recipes", "talks");
        assertThat(config.collections().get("recipes")).isEqualTo(new CollectionConfig("recipes", true, "/:collection/:path/",
                "Recipes", true, Map.of()));
    }

    @Test
    void collectionDeclaredWithoutSettings() throws Exception {
        assertThat(load("collections:\n  books:\n").collections().get("books"))
                .isEqualTo(new CollectionConfig("books", true, "/:collection/:path/", "Books", true, Map.of()));
    }

    @Test
    void postsHaveJekyllsDefaultPermalink() throws Exception {
        assertThat(load("title: x\n").collections().get("posts").permalink())
                .isEqualTo("/:categories/:year/:month/:day/:title:output_ext");
    }

    @Test
    void topLevelPermalinkAppliesToPostsOnly() throws Exception {
        SiteConfig config = load("permalink: /blog/:year/:title/\n");

        assertThat(config.collections().get("posts").permalink()).isEqualTo("/blog/:year/:title/");
        assertThat(config.collections().get("talks").permalink()).isEqualTo("/:collection/:path/");
    }

    @Test
    void postsCollectionSettingsWinOverTopLevelPermalink() throws Exception {
        SiteConfig config = load("permalink: /blog/:title/\ncollections:\n  posts:\n    permalink: /p/:title/\n");

        assertThat(config.collections().get("posts").permalink()).isEqualTo("/p/:title/");
    }
}
