package dev.homepage.scholarly;

import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Works from a BibTeX file, such as one exported from a reference manager or Google Scholar. */
public final class BibTeXFile implements WorkSource {

    private final Path file;

    public BibTeXFile(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return file.toString();
    }

    /** @throws SiteBuildException when the file is missing, not UTF-8, or has BibTeX errors: file and line */
    @Override
    public List<BibEntry> works(Consumer<String> progress) throws SiteBuildException {
        if (!Files.isRegularFile(file)) {
            throw new SiteBuildException(List.of(new Problem(file, "there is no such BibTeX file: give the path"
                    + " of a .bib file with -Dhomepage.bibtex=")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SiteBuildException(List.of(new Problem(file, "the file is not UTF-8: save it as UTF-8")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        List<BibEntry> entries = BibliographyLoader.parse(file, text, problems);
        problems.throwIfErrors();
        progress.accept("read " + entries.size() + " works");
        return entries;
    }
}
