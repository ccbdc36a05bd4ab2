package dev.homepage.maven;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.SiteBuildException;
import dev.homepage.check.Finding;
import dev.homepage.check.Severity;
import dev.homepage.check.SiteChecker;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Runs the {@code check} goal: builds the homepage, checks it with homepage-core, and reports in Maven's terms. */
@Named
@Singleton
public class HomepageChecker {

    /** The homepage-core check; tests stand in for it. */
    @FunctionalInterface
    interface Checker {
        List<Finding> check(BuildRequest request, BuildReport report) throws SiteBuildException, IOException;
    }

    private final HomepageBuilder builder;
    private final Checker checker;

    @Inject
    public HomepageChecker(HomepageBuilder builder) {
        // A checker per check: this component is shared by every module of a parallel build.
        this(builder, (request, report) -> new SiteChecker().check(request, report));
    }

    HomepageChecker(HomepageBuilder builder, Checker checker) {
        this.builder = builder;
        this.checker = checker;
    }

    /**
     * Builds the homepage the settings describe, then checks it, logging one line per finding.
     *
     * @param settings what to build and check, and whether to do anything
     * @param failOnWarnings whether warnings fail the build as errors do
     * @param log where the findings go
     * @throws MojoFailureException when the check found errors, or warnings with {@code failOnWarnings}, or the
     *     sources cannot be built
     * @throws MojoExecutionException when reading or writing failed, or the check failed unexpectedly
     */
    public void check(HomepageSettings settings, boolean failOnWarnings, Log log)
            throws MojoExecutionException, MojoFailureException {
        Optional<BuildReport> report = builder.build(settings, log);
        if (report.isEmpty()) {
            return;
        }
        BuildRequest request = settings.request();
        List<Finding> findings = CoreCall.run("checking the homepage", () -> checker.check(request, report.get()));
        // The build has printed its warnings, which count with the check's: the check finds none of them again.
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                log.error(finding.toString());
            } else {
                log.warn(finding.toString());
            }
        }
        long errors = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors + report.get().warnings().size();
        String summary = "Homepage check: " + HomepageBuilder.count(errors, "error") + ", "
                + HomepageBuilder.count(warnings, "warning") + " in " + settings.sourceDirectory();
        if (errors > 0 || failOnWarnings && warnings > 0) {
            throw new MojoFailureException(summary + (errors == 0 ? " (homepage.failOnWarnings=true)" : "")
                    + ": fix the files listed above");
        }
        log.info(summary);
    }
}
