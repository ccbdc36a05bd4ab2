package dev.homepage.scholarly;

import dev.homepage.SiteBuildException;
import dev.homepage.publications.BibEntry;
import java.util.List;

/** Where the import goal takes a researcher's works from: ORCID, DBLP or a BibTeX file. */
public interface WorkSource {

    /** How messages name it ("ORCID 0000-0002-1825-0097"). */
    String name();

    /**
     * The works, as BibTeX entries.
     *
     * @param progress hears of long work ("fetched 100 of 240 works")
     * @throws SiteBuildException when what was asked for is wrong: an unknown ORCID iD or DBLP person, a BibTeX
     *     file with errors (each with its line)
     * @throws SourceFailure when the source cannot be asked, or fails
     */
    List<BibEntry> works(java.util.function.Consumer<String> progress) throws SiteBuildException, SourceFailure;
}
