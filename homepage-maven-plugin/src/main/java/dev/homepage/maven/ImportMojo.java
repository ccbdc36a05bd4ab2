package dev.homepage.maven;

import dev.homepage.scholarly.Dblp;
import dev.homepage.scholarly.Import;
import dev.homepage.scholarly.Orcid;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports a researcher's works into {@code _bibliography/papers.bib}: from ORCID ({@code -Dhomepage.orcid}), DBLP
 * ({@code -Dhomepage.dblp}) or a BibTeX file ({@code -Dhomepage.bibtex}). A work the site already has (the same
 * DOI, else the same title and year) is left out; new ones are appended under keys such as
 * {@code brekke2023learning}, and nothing already in the file is changed. {@code -Dhomepage.dryRun} lists what would
 * change without writing.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public class ImportMojo extends AbstractHomepageMojo {

    /** An ORCID iD (0000-0002-1825-0097) whose public works to import. */
    @Parameter(property = "homepage.orcid")
    private String orcid;

    /** A DBLP person key (the end of the person's page address: 65/1234) whose works to import. */
    @Parameter(property = "homepage.dblp")
    private String dblp;

    /** A BibTeX file to import, such as an export of a reference manager. */
    @Parameter(property = "homepage.bibtex")
    private File bibtex;

    /** Lists what would be added and what is already there, without writing anything. */
    @Parameter(property = "homepage.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** ORCID's public API; another address (a local server with recorded answers, in tests) stands in for it. */
    @Parameter(property = "homepage.orcidUrl", defaultValue = Orcid.URL)
    private String orcidUrl;

    /** DBLP's address. */
    @Parameter(property = "homepage.dblpUrl", defaultValue = Dblp.URL)
    private String dblpUrl;

    /** A contact address sent with the requests; else the {@code HOMEPAGE_MAILTO} environment variable. */
    @Parameter(property = "homepage.mailto")
    private String mailto;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        HomepageSettings settings = settings(false);
        GoalSettings.requireSources(settings);
        Import.Request request = new Import.Request(settings.sourceDirectory(), settings.outputDirectory(),
                GoalSettings.parameterOrEnvironment(orcid, null), GoalSettings.parameterOrEnvironment(dblp, null),
                Optional.ofNullable(bibtex).map(File::toPath), orcidUrl, dblpUrl,
                GoalSettings.parameterOrEnvironment(mailto, "HOMEPAGE_MAILTO"), dryRun, Optional.empty());
        Import.Report report = CoreCall.run("importing works", () -> Import.run(request, getLog()::info));
        getLog().info(report.summary());
    }
}
