package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.homepage.Problems;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What of the source folder is rendered, what is data, what is copied and what is left out. */
class SourceTreeTest {

    @TempDir
    Path folder;

    private Path source;
    private final Problems problems = new Problems();

    private SourceTreeTest write(String path, String text) throws IOException {
        Path file = source().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    private Path source() {
        if (source == null) {
            source = folder.resolve("site");
        }
        return source;
    }

    private SourceTree scan(String config) throws Exception {
        return scan(config, folder.resolve("out"));
    }

    private SourceTree scan(String config, Path output) throws Exception {
        write("_config.yml", config);
        SiteConfig siteConfig = new ConfigLoader().load(source(), Optional.empty());
        return SourceTree.scan(source().toAbsolutePath().normalize(), output.toAbsolutePath().normalize(), siteConfig,
                problems);
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(path -> path.toString().replace('\\', '/')).toList();
    }

    @Test
    void pagesCollectionsAndDataAreSortedApart() throws Exception {
        write("_pages/about.md", "no front matter needed here\n");
        write("_pages/sub/cv.html", "<p>cv</p>\n");
        write("_talks/2024-01-01-a.md", "---\n---\n");
        write("_publications/paper.markdown", "---\n---\n");
        write("_data/navigation.yml", "main: []\n");
        write("_data/people/students.yaml", "- a\n");
        write("_data/stats.json", "{}\n");
        write("_data/notes.txt", "not data\n");

        SourceTree tree = scan("title: x\n");

        assertThat(names(tree.contentFiles())).containsExactly("_pages/about.md", "_pages/sub/cv.html",
                "_publications/paper.markdown", "_talks/2024-01-01-a.md");
        assertThat(names(tree.dataFiles())).containsExactly("_data/navigation.yml", "_data/people/students.yaml",
                "_data/stats.json");
        assertThat(tree.staticFiles()).isEmpty();
    }

    @Test
    void nonContentFilesInCollectionFoldersAreNotCopied() throws Exception {
        write("_talks/slides.pdf", "pdf\n");
        write("_pages/.draft.md", "---\n---\n");

        SourceTree tree = scan("title: x\n");

        assertThat(tree.contentFiles()).isEmpty();
        assertThat(tree.staticFiles()).isEmpty();
    }

    @Test
    void underscoreFoldersOfJekyllThemesAreIgnored() throws Exception {
        write("_includes/head.html", "---\n---\n");
        write("_layouts/default.html", "---\n---\n");
        write("_sass/main.scss", "a {}\n");
        write("_drafts/idea.md", "---\n---\n");
        write("_site/index.html", "old output\n");
        write("_unknown/page.md", "---\n---\n");

        SourceTree tree = scan("title: x\n");

        assertThat(tree.contentFiles()).isEmpty();
        assertThat(tree.dataFiles()).isEmpty();
        assertThat(tree.staticFiles()).isEmpty();
    }

    @Test
    void aDeclaredCollectionFolderIsRead() throws Exception {
        write("_recipes/soup.md", "---\n---\n");

        assertThat(names(scan("collections: [recipes]\n").contentFiles())).containsExactly("_recipes/soup.md");
    }

    @Test
    void rootFilesWithFrontMatterAreRenderedOthersCopied() throws Exception {
        write("about.md", "---\ntitle: About\n---\nHi\n");
        write("notes.md", "# No front matter\n");
        write("index.html", "---\n---\n<p>home</p>\n");
        write("google1234.html", "google-site-verification: google1234.html\n");
        write("files/cv.pdf", "%PDF\n");
        write("images/me.png", "png\n");

        SourceTree tree = scan("title: x\n");

        assertThat(names(tree.contentFiles())).containsExactly("about.md", "index.html");
        assertThat(names(tree.staticFiles())).containsExactly("files/cv.pdf", "google1234.html", "images/me.png",
                "notes.md");
    }

    @Test
    void toolingFilesAreNotCopied() throws Exception {
        write("Gemfile", "source 'https://rubygems.org'\n");
        write("Gemfile.lock", "GEM\n");
        write("README.md", "# My site\n");
        write("LICENSE", "MIT\n");
        write("pom.xml", "<project/>\n");
        write("package.json", "{}\n");
        write("templates/page.ftlh", "<#-- site template -->\n");
        write("node_modules/x/index.js", "x\n");
        write("vendor/bundle/x.rb", "x\n");
        write("target/homepage/index.html", "old\n");
        write("kept.txt", "kept\n");

        SourceTree tree = scan("title: x\n");

        assertThat(names(tree.staticFiles())).containsExactly("kept.txt");
        assertThat(tree.contentFiles()).isEmpty();
    }

    @Test
    void dotFilesAreIgnoredUnlessIncluded() throws Exception {
        write(".gitignore", "_site\n");
        write(".git/config", "[core]\n");
        write(".github/workflows/x.yml", "on: push\n");
        write(".htaccess", "Options -Indexes\n");
        write(".nojekyll", "");

        assertThat(scan("title: x\n").staticFiles()).isEmpty();
        assertThat(names(scan("include: [.htaccess, .nojekyll]\n").staticFiles()))
                .containsExactly(".htaccess", ".nojekyll");
    }

    @Test
    void excludedNamesPathsAndGlobsAreSkipped() throws Exception {
        write("old.bak", "x\n");
        write("files/cv.bak", "x\n");
        write("drafts/idea.md", "---\n---\n");
        write("docs/private/notes.txt", "x\n");
        write("docs/public.txt", "x\n");
        write("_pages/secret.md", "---\n---\n");
        write("_pages/cv.md", "---\n---\n");

        SourceTree tree = scan("exclude: [\"*.bak\", drafts/, /docs/private, _pages/secret.md]\n");

        assertThat(names(tree.staticFiles())).containsExactly("docs/public.txt");
        assertThat(names(tree.contentFiles())).containsExactly("_pages/cv.md");
    }

    @Test
    void anExcludedNameIsAPathFromTheSiteFolderAsInJekyll() throws Exception {
        write("about.md", "---\ntitle: Old about\n---\n");
        write("_pages/about.md", "---\npermalink: /\n---\n");
        write("notes/about.md", "no front matter\n");

        SourceTree tree = scan("exclude: [about.md]\n");

        assertThat(names(tree.contentFiles())).containsExactly("_pages/about.md");
        assertThat(names(tree.staticFiles())).containsExactly("notes/about.md");
        assertThat(problems.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo(Path.of("about.md"));
            assertThat(warning.message()).contains("exclude:");
        });
    }

    @Test
    void anIncludedPagesFolderIsReadAsJekyllReadsAnyFolder() throws Exception {
        write("_pages/about.md", "---\npermalink: /\n---\n");
        write("_pages/old.html", "<!-- ---\nnot front matter\n--- -->\n");

        SourceTree tree = scan("include: [_pages]\n");

        assertThat(names(tree.contentFiles())).containsExactly("_pages/about.md");
        assertThat(names(tree.staticFiles())).containsExactly("_pages/old.html");
    }

    @Test
    void theOutputFolderInsideTheSourceIsNotRead() throws Exception {
        write("public/index.html", "---\n---\nold output\n");
        write("public/assets/x.css", "a {}\n");
        write("images/me.png", "png\n");

        SourceTree tree = scan("title: x\n", source().resolve("public"));

        assertThat(names(tree.staticFiles())).containsExactly("images/me.png");
        assertThat(tree.contentFiles()).isEmpty();
    }

    @Test
    void symbolicLinkOutsideTheSourceIsNotFollowed() throws Exception {
        Path outside = Files.writeString(folder.resolve("secret.txt"), "secret\n");
        write("inside.txt", "inside\n");
        Path link = source().resolve("leak.txt");
        Path aliasLink = source().resolve("alias.txt");
        try {
            Files.createSymbolicLink(link, outside);
            Files.createSymbolicLink(aliasLink, source().resolve("inside.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }

        SourceTree tree = scan("title: x\n");

        assertThat(names(tree.staticFiles())).containsExactly("alias.txt", "inside.txt");
        assertThat(problems.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo(Path.of("leak.txt"));
            assertThat(warning.message()).contains("outside the source folder");
        });
    }

    @Test
    void symbolicLinkToAFolderOutsideTheSourceIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(outside.resolve("private.md"), "---\n---\nprivate\n");
        Files.createDirectories(source());
        try {
            Files.createSymbolicLink(source().resolve("linked"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }

        SourceTree tree = scan("title: x\n");

        assertThat(tree.contentFiles()).isEmpty();
        assertThat(tree.staticFiles()).isEmpty();
        assertThat(problems.warnings()).extracting(warning -> warning.file()).containsExactly(Path.of("linked"));
    }

    @Test
    void anIncludedDotFolderIsCopiedWithItsFiles() throws Exception {
        write(".well-known/security.txt", "Contact: mailto:ada@example.org\n");

        assertThat(names(scan("include: [.well-known]\n").staticFiles())).containsExactly(".well-known/security.txt");
    }
}
