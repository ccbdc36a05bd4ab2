package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SourceError;
import dev.homepage.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code include} from {@code _includes/} or the built-ins, {@code include_relative} from the page's folder. */
class IncludesTest {

    @TempDir
    Path folder;

    private Path source() {
        return folder.resolve("site");
    }

    private IncludesTest write(String path, String text) throws IOException {
        Path file = source().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    private String render(String template, String pagePath) throws Exception {
        return render(template, pagePath, Map.of("baseurl", "/lab", "url", "https://ada.example.org"));
    }

    private String render(String template, String pagePath, Map<String, Object> site) throws Exception {
        Files.createDirectories(source());
        LiquidRenderer liquid = new LiquidRenderer(source(), ZoneOffset.UTC, new MarkdownRenderer());
        return liquid.render(template, Map.of("site", site, "page", Map.of("path", pagePath, "title", "The Page")), note -> { });
    }

    private SourceError fails(String template, String pagePath) {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> render(template, pagePath));
        assertThat(error).as("the template should fail").isNotNull();
        return error;
    }

    @Test
    void includeReadsTheSitesIncludesFolderWithParameters() throws Exception {
        write("_includes/badge.html", "<span class=\"{{ include.kind }}\">{{ include.label }} on {{ page.title }}</span>");

        assertThat(render("{% include badge.html kind=\"oral\" label='Best paper' %}", "_pages/a.md"))
                .isEqualTo("<span class=\"oral\">Best paper on The Page</span>");
    }

    @Test
    void includeParametersMayBeVariables() throws Exception {
        write("_includes/echo.html", "[{{ include.value }}]");

        assertThat(render("{% include echo.html value=page.title %}", "_pages/a.md")).isEqualTo("[The Page]");
    }

    @Test
    void includesInSubfoldersAreFound() throws Exception {
        write("_includes/parts/footer.html", "footer");

        assertThat(render("{% include parts/footer.html %}", "_pages/a.md")).isEqualTo("footer");
    }

    @Test
    void includeRelativeReadsFromThePagesFolder() throws Exception {
        write("_pages/research/abstract.md", "Relative *abstract*");
        write("_pages/abstract.md", "wrong folder");

        assertThat(render("{% include_relative abstract.md %}", "_pages/research/projects.md"))
                .isEqualTo("Relative *abstract*");
    }

    @Test
    void includeRelativeMayGoUpInsideTheSource() throws Exception {
        write("shared/snippet.txt", "shared");

        assertThat(render("{% include_relative ../../shared/snippet.txt %}", "_pages/research/projects.md"))
                .isEqualTo("shared");
    }

    @Test
    void basePathIsBuiltIn() throws Exception {
        assertThat(render("{% include base_path %}{{ base_path }}/images/me.png", "_pages/a.md"))
                .isEqualTo("https://ada.example.org/lab/images/me.png");
        assertThat(render("{% include base_path %}{{ base_path }}/images/me.png", "_pages/a.md", Map.of("baseurl", "/lab")))
                .isEqualTo("/lab/images/me.png");
    }

    @Test
    void tocIsBuiltInAndRendersNothing() throws Exception {
        assertThat(render("a{% include toc %}b", "_pages/a.md")).isEqualTo("ab");
    }

    @Test
    void theSitesOwnIncludeWinsOverTheBuiltIn() throws Exception {
        write("_includes/toc", "MY TOC");

        assertThat(render("{% include toc %}", "_pages/a.md")).isEqualTo("MY TOC");
    }

    @Test
    void includeCannotLeaveTheIncludesFolder() throws Exception {
        write("_config.yml", "secret: 42\n");
        write("_includes/ok.html", "ok");

        SourceError error = fails("{% include ../_config.yml %}", "_pages/a.md");

        assertThat(error.getMessage()).contains("../_config.yml").doesNotContain("secret");
    }

    @Test
    void includeRelativeCannotLeaveTheSourceFolder() throws Exception {
        Files.writeString(folder.resolve("outside.txt"), "outside secret");

        SourceError error = fails("{% include_relative ../../outside.txt %}", "_pages/a.md");

        assertThat(error.getMessage()).contains("../../outside.txt").doesNotContain("outside secret");
    }

    @Test
    void aMissingIncludeIsNamed() throws Exception {
        SourceError error = fails("text\n{% include news-list.html %}", "_pages/a.md");

        assertThat(error.getMessage()).contains("news-list.html").contains("_includes/");
    }
}
