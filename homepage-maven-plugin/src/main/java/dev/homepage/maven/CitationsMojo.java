package dev.homepage.maven;

import dev.homepage.scholarly.Citations;
import dev.homepage.scholarly.Crossref;
import dev.homepage.scholarly.OpenAlex;
import dev.homepage.scholarly.SemanticScholar;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Updates the citation counts of the homepage's papers: asks OpenAlex, Crossref and Semantic Scholar about every
 * paper with a DOI or arXiv id (in batches, within each source's rate limit) and writes each paper's highest count,
 * with its source and the date, to {@code _data/citations.yml}, which the build shows. A source that is down or
 * refuses leaves the others' counts and the previous values in place; offline, nothing changes. Run it by hand or
 * from a scheduled job: it is never part of {@code generate}.
 */
@Mojo(name = "citations", threadSafe = true, requiresProject = false)
public class CitationsMojo extends AbstractHomepageMojo {

    /** OpenAlex's API; another address (a local server with recorded answers, in tests) stands in for it. */
    @Parameter(property = "homepage.openAlexUrl", defaultValue = OpenAlex.URL)
    private String openAlexUrl;

    /** Crossref's REST API. */
    @Parameter(property = "homepage.crossrefUrl", defaultValue = Crossref.URL)
    private String crossrefUrl;

    /** Semantic Scholar's API. */
    @Parameter(property = "homepage.semanticScholarUrl", defaultValue = SemanticScholar.URL)
    private String semanticScholarUrl;

    /**
     * OpenAlex's API key, which it asks for beyond small use; else the {@code OPENALEX_API_KEY} environment
     * variable. Never read from the site's files.
     */
    @Parameter(property = "homepage.openAlexApiKey")
    private String openAlexApiKey;

    /**
     * Semantic Scholar's API key (sent as {@code x-api-key}); else the {@code SEMANTIC_SCHOLAR_API_KEY}
     * environment variable. Without one, requests share Semantic Scholar's public rate limit.
     */
    @Parameter(property = "homepage.semanticScholarApiKey")
    private String semanticScholarApiKey;

    /**
     * A contact address, which OpenAlex and Crossref ask for to serve requests from their polite pool; else the
     * {@code HOMEPAGE_MAILTO} environment variable.
     */
    @Parameter(property = "homepage.mailto")
    private String mailto;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        HomepageSettings settings = settings(false);
        Citations.Request request = new Citations.Request(settings.sourceDirectory(), settings.outputDirectory(),
                openAlexUrl, crossrefUrl, semanticScholarUrl,
                GoalSettings.parameterOrEnvironment(openAlexApiKey, "OPENALEX_API_KEY"),
                GoalSettings.parameterOrEnvironment(semanticScholarApiKey, "SEMANTIC_SCHOLAR_API_KEY"),
                GoalSettings.parameterOrEnvironment(mailto, "HOMEPAGE_MAILTO"), LocalDate.now(), Optional.empty());
        GoalSettings.requireSources(settings);
        Citations.Report report = CoreCall.run("updating the citation counts",
                () -> Citations.run(request, getLog()::info));
        if (report.written()) {
            getLog().info(report.summary());
        } else {
            getLog().warn(report.summary());
        }
    }
}
