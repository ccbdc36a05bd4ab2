package dev.homepage.publications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BibTeX files read as bibtex-ruby reads them for jekyll-scholar: what stands between entries is a comment. */
class BibliographyLoaderTest {

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
