package dev.homepage.scholarly;

import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A person's works from DBLP, which serves the BibTeX of every person's page at {@code /pid/{person key}.bib}. */
public final class Dblp implements WorkSource {

    /** Where DBLP is. */
    public static final String URL = "https://dblp.org";
    /** DBLP's person keys: {@code 65/1234}, {@code h/TessaHalvorsen}, {@code 123/4567-2}. */
    private static final Pattern PERSON = Pattern.compile("[A-Za-z0-9]+/[A-Za-z0-9._-]+");

    private final WebApi api;
    private final String base;
    private final String person;

    /**
     * @param person the person key, as it appears in the address of their DBLP page ({@code dblp.org/pid/65/1234})
     * @throws SiteBuildException when it is not a person key
     */
    public Dblp(WebApi api, String baseUrl, String person) throws SiteBuildException {
        this.api = api;
        this.base = Http.withoutTrailingSlash(baseUrl);
        String key = person.strip().replaceFirst("^https?://dblp\\.org/pid/", "").replaceFirst("\\.(html|bib)$", "");
        if (!PERSON.matcher(key).matches()) {
            throw new SiteBuildException(List.of(new Problem(Path.of("-Dhomepage.dblp=" + person),
                    "'" + person + "' is not a DBLP person key: it is the end of the address of the person's DBLP"
                            + " page, such as 65/1234 for https://dblp.org/pid/65/1234.html")));
        }
        this.person = key;
    }

    @Override
    public String name() {
        return "DBLP " + person;
    }

    @Override
    public List<BibEntry> works(Consumer<String> progress) throws SiteBuildException, SourceFailure {
        String bibtex = Http.ofKnown(
                () -> api.getText(URI.create(base + "/pid/" + person + ".bib"), "application/x-bibtex"),
                "-Dhomepage.dblp=" + person,
                "DBLP knows no person " + person + ": check the key in the address of their DBLP page");
        Problems problems = new Problems();
        List<BibEntry> entries = BibliographyLoader.parse(Path.of(name()), bibtex, problems);
        problems.throwIfErrors();
        progress.accept("fetched " + entries.size() + " works");
        return entries;
    }
}
