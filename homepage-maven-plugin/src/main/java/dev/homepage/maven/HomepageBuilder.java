package dev.homepage.maven;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.SiteBuildException;
import dev.homepage.SiteGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Runs homepage-core's generator for the goals and reports the outcome in Maven's terms. */
@Named
@Singleton
public class HomepageBuilder {

    /** The homepage-core entry point; tests stand in for it. */
    @FunctionalInterface
    interface Generator {
        BuildReport generate(BuildRequest request) throws SiteBuildException, IOException;
    }

    private final Generator generator;

    @Inject
    public HomepageBuilder() {
        // A generator per build: this component is shared by every module of a parallel build.
        this(request -> new SiteGenerator().generate(request));
    }

    HomepageBuilder(Generator generator) {
        this.generator = generator;
    }

    /**
     * Generates the homepage the settings describe.
     *
     * @param settings what to build, and whether to build at all
     * @param log where to report what was done
     * @return what the build did; empty when skipped
     * @throws MojoFailureException when the sources are missing or have problems
     * @throws MojoExecutionException when reading or writing failed, or the generator failed unexpectedly
     */
    public Optional<BuildReport> build(HomepageSettings settings, Log log)
            throws MojoExecutionException, MojoFailureException {
        if (settings.skip()) {
            log.info("Skipping homepage generation (homepage.skip=true)");
            return Optional.empty();
        }
        // generate and check build the site to be published, unlike serve.
        BuildRequest request = settings.request().publishing().withProgress((phase, count, what, elapsed) -> log.info(
                String.format(Locale.ROOT, "  %-8s %,8d %-12s %,7d ms", phase, count, what, elapsed.toMillis())));
        BuildReport report = CoreCall.run("generating the homepage", () -> generator.generate(request));
        report.warnings().forEach(warning -> log.warn(warning.toString()));
        long millis = Math.max(1, report.elapsed().toMillis());
        log.info("Homepage: " + count(report.pagesWritten(), "page") + " written, "
                + count(report.filesCopied(), "file") + " copied in " + report.elapsed().toMillis() + " ms ("
                + report.pagesWritten() * 1000L / millis + " pages/s) -> " + request.outputDirectory());
        return Optional.of(report);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
