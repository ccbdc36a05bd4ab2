package dev.homepage.scholarly;

import java.util.List;
import java.util.Map;

/** An open source of citation counts, asked for many papers at once. */
public interface CitationSource {

    /** How messages name it ("OpenAlex"). */
    String name();

    /**
     * The counts it has for the papers, by paper key; a paper it does not know is left out.
     *
     * @throws SourceFailure when it cannot be asked, or refuses or fails to answer
     */
    Map<String, Integer> counts(List<Paper> papers) throws SourceFailure;
}
