package dev.homepage.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BibTeX files read as bibtex-ruby reads them for jekyll-scholar: what stands between entries is a comment. */
class BibliographyLoaderTest {

    @TempDir
    Path source;

    private void write(String path, String text) throws Exception {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Problem> errors(Problems problems) {
        SiteBuildException refused = catchThrowableOfType(SiteBuildException.class, problems::throwIfErrors);
        return refused == null ? List.of() : refused.problems();
    }

    @Test
    void loadReadsTheBibFilesOfTheFolderInNameOrderAndNothingElse() throws Exception {
        write("_bibliography/b.bib", "@article{b1, title={B1}}\n@article{b2, title={B2}}\n");
        write("_bibliography/a.bib", "@article{a1, title={A1}}\n");
        write("_bibliography/notes.txt", "@article{txt, title={Not BibTeX}}\n");
        write("_bibliography/old/c.bib", "@article{c1, title={In a folder}}\n");
        Problems problems = new Problems();

        List<BibEntry> entries = new BibliographyLoader().load(source, problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(entries).extracting(BibEntry::key).containsExactly("a1", "b1", "b2");
        assertThat(entries).extracting(BibEntry::source)
                .containsExactly(Path.of("_bibliography/a.bib"), Path.of("_bibliography/b.bib"),
                        Path.of("_bibliography/b.bib"));
    }

    @Test
    void aFileWithASyntaxErrorIsReportedAtItsLineAndTheOtherFilesAreStillRead() throws Exception {
        write("_bibliography/good.bib", "@article{good, title={Good}}\n");
        write("_bibliography/broken.bib",
                "@article{fine, title={Fine}}\n\n@article{bad, title={Bad}, year=2024 2025}\n");
        Problems problems = new Problems();

        List<BibEntry> entries = new BibliographyLoader().load(source, problems);

        assertThat(entries).extracting(BibEntry::key).containsExactly("good");
        assertThat(errors(problems)).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(Path.of("_bibliography/broken.bib"));
            assertThat(error.line()).isEqualTo(3);
        });
    }

    @Test
    void aFileNotInUtf8IsAnErrorSayingSo() throws Exception {
        Path file = source.resolve("_bibliography/latin1.bib");
        Files.createDirectories(file.getParent());
        Files.write(file, "@article{a, title={Caf\u00e9}}\n".getBytes(StandardCharsets.ISO_8859_1));
        Problems problems = new Problems();

        assertThat(new BibliographyLoader().load(source, problems)).isEmpty();
        assertThat(errors(problems)).singleElement().satisfies(error -> assertThat(error.message())
                .contains("not UTF-8"));
    }

    @Test
    void latexIsReadAsPlainText() {
        assertThat(BibliographyLoader.plainText("Schr{\\\"o}dinger and Garc{\\'\\i}a"))
                .isEqualTo("Schrödinger and García");
    }

    @Test
    void textBetweenEntriesIsAComment() {
        Problems problems = new Problems();
        List<BibEntry> entries = BibliographyLoader.parse(Path.of("_bibliography/papers.bib"), """
                ---
                ---
                My papers, newest first. Mail me at ada@example.org.
                @article{first, title={First}, year={2024}}

                ----------------------------------------

                @inproceedings{second,
                  title = {Second},
                  year = {2023} }
                """, problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(entries).extracting(BibEntry::key).containsExactly("first", "second");
        assertThat(entries).extracting(BibEntry::line).containsExactly(4, 8);
    }

    @Test
    void blankingKeepsEveryLineAndLeavesAnOpenEntryForTheParserToReport() {
        String text = "note\n@article{a, title={A}}\nmore --- text\n@article{b, title={B}\n";

        String entries = BibliographyLoader.entriesOnly(text);

        assertThat(entries.lines().count()).isEqualTo(text.lines().count());
        assertThat(entries).startsWith("    \n@article{a, title={A}}\n             \n@article{b, title={B}\n");
    }

    @Test
    void aNameNoStringDefinesStandsForItselfAsBibtexRubyReadsIt() {
        Problems problems = new Problems();
        List<BibEntry> entries = BibliographyLoader.parse(Path.of("_bibliography/papers.bib"),
                "@inproceedings{a, title={A}, publisher=IEEE, note = \"x\" # IEEE}\n", problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(entries.get(0).field("publisher")).isEqualTo("IEEE");
        assertThat(entries.get(0).field("note")).isEqualTo("xIEEE");
        assertThat(problems.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("@string{IEEE} is not defined"));
    }
}
