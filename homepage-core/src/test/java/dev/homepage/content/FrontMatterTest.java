package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SourceError;
import dev.homepage.config.SafeYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a file into its YAML front matter and its body. */
class FrontMatterTest {

    @Test
    void splitsFrontMatterFromBody() throws Exception {
        FrontMatter split = FrontMatter.parse("---\ntitle: Hello\ntags: [a, b]\n---\nBody line 1\nBody line 2\n");

        assertThat(split.data()).containsEntry("title", "Hello").containsEntry("tags", List.of("a", "b"));
        assertThat(split.body()).isEqualTo("Body line 1\nBody line 2\n");
        assertThat(split.bodyLine()).isEqualTo(5);
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        FrontMatter split = FrontMatter.parse("\uFEFF---\ntitle: Hello\n---\nBody\n");

        assertThat(split.data()).containsEntry("title", "Hello");
        assertThat(split.body()).isEqualTo("Body\n");
        assertThat(FrontMatter.startsWithFence("\uFEFF---\n")).isTrue();
    }

    @Test
    void windowsLineEndsAreRead() throws Exception {
        FrontMatter split = FrontMatter.parse("---\r\ntitle: Hello\r\nvenue: X\r\n---\r\nBody\r\n");

        assertThat(split.data()).containsEntry("title", "Hello").containsEntry("venue", "X");
        assertThat(split.body()).isEqualTo("Body\n");
        assertThat(split.bodyLine()).isEqualTo(5);
    }

    /** Found by FrontMatterFuzzTest: YAML counted each lone CR as a line, the splitter did not. */
    @Test
    void loneCarriageReturnsEndLinesAsInAnEditor() throws Exception {
        assertThat(FrontMatter.parse("---\rtitle: a\rtitle: b\r---\rBody\r").duplicateKeys())
                .containsExactly(new SafeYaml.DuplicateKey("title", 3));
    }

    @Test
    void threeDotsCloseTheFrontMatter() throws Exception {
        FrontMatter split = FrontMatter.parse("---\ntitle: Hello\n...\nBody\n");

        assertThat(split.data()).containsEntry("title", "Hello");
        assertThat(split.body()).isEqualTo("Body\n");
        assertThat(split.bodyLine()).isEqualTo(4);
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() throws Exception {
        FrontMatter split = FrontMatter.parse("# Just Markdown\n\n---\n\nwith a rule\n");

        assertThat(split.data()).isEmpty();
        assertThat(split.body()).isEqualTo("# Just Markdown\n\n---\n\nwith a rule\n");
        assertThat(split.bodyLine()).isEqualTo(1);
    }

    @Test
    void emptyFrontMatterIsPresentButEmpty() throws Exception {
        FrontMatter split = FrontMatter.parse("---\n---\nBody\n");

        assertThat(split.data()).isEmpty();
        assertThat(split.body()).isEqualTo("Body\n");
        assertThat(split.bodyLine()).isEqualTo(3);
    }

    @Test
    void aLaterFenceBelongsToTheBody() throws Exception {
        FrontMatter split = FrontMatter.parse("---\ntitle: a\n---\nabove\n\n---\n\nbelow\n");

        assertThat(split.body()).isEqualTo("above\n\n---\n\nbelow\n");
    }

    @Test
    void fenceMayHaveTrailingSpacesButNotMoreDashes() {
        assertThat(FrontMatter.startsWithFence("---  \ntitle: a\n")).isTrue();
        assertThat(FrontMatter.startsWithFence("----\n")).isFalse();
        assertThat(FrontMatter.startsWithFence(" ---\n")).isFalse();
        assertThat(FrontMatter.startsWithFence("text\n---\n")).isFalse();
    }

    @Test
    void unclosedFrontMatterIsAnErrorOnLineOne() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> FrontMatter.parse("---\ntitle: Hello\n\nBody without a closing fence\n"));

        assertThat(error).isNotNull();
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.getMessage()).contains("'---'");
    }

    @Test
    void yamlErrorLinesPointIntoTheFile() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> FrontMatter.parse("---\ntitle: a\nvenue: [b\n---\nBody\n"));

        assertThat(error).isNotNull();
        assertThat(error.line()).as("the line of the bracket left open in the file").isEqualTo(3);
    }

    @Test
    void aKeyGivenTwiceKeepsItsLastValueAndIsNamedAtItsLine() throws Exception {
        FrontMatter split = FrontMatter.parse("---\ntitle: a\nvenue: b\n# venue: old\ntitle: c\n---\nBody\n");

        assertThat(split.data()).containsEntry("title", "c").containsEntry("venue", "b");
        assertThat(split.duplicateKeys()).containsExactly(new SafeYaml.DuplicateKey("title", 5));
    }

    @Test
    void frontMatterThatIsNotAMapIsAnError() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> FrontMatter.parse("---\n- a\n- b\n---\nBody\n"));

        assertThat(error).isNotNull();
        assertThat(error.line()).isEqualTo(2);
    }
}
