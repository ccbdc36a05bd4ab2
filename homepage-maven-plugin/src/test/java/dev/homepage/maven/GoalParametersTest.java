package dev.homepage.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.scholarly.Crossref;
import dev.homepage.scholarly.Dblp;
import dev.homepage.scholarly.OpenAlex;
import dev.homepage.scholarly.Orcid;
import dev.homepage.scholarly.SemanticScholar;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Each goal's parameters as Maven injects them (maven-plugin-testing-harness): their defaults in a project that
 * configures nothing, the values of a pom's configuration, the user properties ({@code -Dhomepage.*}) they are
 * named by, and {@code skip}. What the goal then asks of the builder, checker or server is recorded instead of done.
 */
@MojoTest
class GoalParametersTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults";
    private static final String CONFIGURED = "src/test/resources/unit/configured";
    /** Marks a test run with every homepage.* user property set, as -D on the command line sets them. */
    private static final String PROPERTIES = "properties";

    private final List<BuildRequest> builds = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Serve> serves = new ArrayList<>();

    @Inject
    private MavenSession session;

    private record Check(HomepageSettings settings, boolean failOnWarnings) {
    }

    private record Serve(HomepageSettings settings, String host, int port) {
    }

    @Provides
    HomepageBuilder builder() {
        return new HomepageBuilder(request -> {
            builds.add(request);
            return new BuildReport(0, 0, Duration.ZERO, List.of(), Map.of(), BuildReport.Work.NONE);
        });
    }

    @Provides
    HomepageChecker checker() {
        return new HomepageChecker(builder()) {
            @Override
            public void check(HomepageSettings settings, boolean failOnWarnings, Log log) {
                checks.add(new Check(settings, failOnWarnings));
            }
        };
    }

    @Provides
    HomepageServer server() {
        return new HomepageServer() {
            @Override
            public void serve(HomepageSettings settings, String host, int port, Log log) {
                serves.add(new Serve(settings, host, port));
            }
        };
    }

    /** The mojo of a test is made after this runs: the properties are there when Maven injects its parameters. */
    @BeforeEach
    void setProperties(TestInfo test) {
        if (test.getTags().contains(PROPERTIES)) {
            Properties properties = session.getUserProperties();
            properties.setProperty("homepage.sourceDirectory", "p-source");
            properties.setProperty("homepage.outputDirectory", "p-output");
            properties.setProperty("homepage.cacheDirectory", "p-cache");
            properties.setProperty("homepage.baseUrl", "/p-base");
            properties.setProperty("homepage.outputTimestamp", "1700000000");
            properties.setProperty("homepage.skip", "true");
            properties.setProperty("homepage.failOnWarnings", "true");
            properties.setProperty("homepage.host", "0.0.0.0");
            properties.setProperty("homepage.port", "0");
            properties.setProperty("homepage.openAlexUrl", "http://127.0.0.1:2/p-openalex");
            properties.setProperty("homepage.crossrefUrl", "http://127.0.0.1:2/p-crossref");
            properties.setProperty("homepage.semanticScholarUrl", "http://127.0.0.1:2/p-s2");
            properties.setProperty("homepage.openAlexApiKey", "p-openalex-key");
            properties.setProperty("homepage.semanticScholarApiKey", "p-s2-key");
            properties.setProperty("homepage.mailto", "p@example.org");
            properties.setProperty("homepage.orcid", "0000-0001-0000-000X");
            properties.setProperty("homepage.dblp", "p-dblp");
            properties.setProperty("homepage.bibtex", "p.bib");
            properties.setProperty("homepage.dryRun", "true");
            properties.setProperty("homepage.orcidUrl", "http://127.0.0.1:2/p-orcid");
            properties.setProperty("homepage.dblpUrl", "http://127.0.0.1:2/p-dblp");
        }
    }

    private static Path in(String project, String path) {
        return Path.of(project).toAbsolutePath().resolve(path);
    }

    // generate

    @Test
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void generateBuildsSrcHomepageIntoTargetHomepageWithItsCacheInTargetByDefault(GenerateMojo mojo)
            throws Exception {
        mojo.execute();

        assertThat(builds).singleElement().satisfies(request -> {
            assertThat(request.sourceDirectory()).isEqualTo(in(DEFAULTS, "src/homepage"));
            assertThat(request.outputDirectory()).isEqualTo(in(DEFAULTS, "target/homepage"));
            assertThat(request.cacheDirectory()).contains(in(DEFAULTS, "target/homepage-cache"));
            assertThat(request.baseUrl()).isEmpty();
            assertThat(request.buildTime()).isEmpty();
            assertThat(request.forPublishing()).isTrue();
        });
    }

    @Test
    @Basedir(CONFIGURED)
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void generateTakesItsParametersFromThePomWithPathsFromTheProjectFolder(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(builds).singleElement().satisfies(request -> {
            assertThat(request.sourceDirectory()).isEqualTo(in(CONFIGURED, "site"));
            assertThat(request.outputDirectory()).isEqualTo(in(CONFIGURED, "public"));
            assertThat(request.cacheDirectory()).contains(in(CONFIGURED, "build-cache"));
            assertThat(request.baseUrl()).contains("/lab");
            assertThat(request.buildTime()).contains(Instant.parse("2026-01-02T03:04:05Z"));
        });
    }

    @Test
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "generate", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void generateWithSkipBuildsNothing(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(builds).isEmpty();
    }

    @Test
    @Tag(PROPERTIES)
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "generate", pom = "pom.xml")
    void generateTakesEachParameterFromItsHomepageProperty(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(builds).as("homepage.skip=true").isEmpty();
        HomepageSettings settings = mojo.settings(false);
        assertThat(settings.sourceDirectory()).isEqualTo(in(DEFAULTS, "p-source"));
        assertThat(settings.outputDirectory()).isEqualTo(in(DEFAULTS, "p-output"));
        assertThat(settings.cacheDirectory()).contains(in(DEFAULTS, "p-cache"));
        assertThat(settings.baseUrl()).contains("/p-base");
        assertThat(settings.buildTime()).contains("1700000000");
    }

    // check

    @Test
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkChecksTheSiteGenerateBuildsAndFailsOnErrorsAloneByDefault(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.failOnWarnings()).isFalse();
            assertThat(check.settings().skip()).isFalse();
            assertThat(check.settings().sourceDirectory()).isEqualTo(in(DEFAULTS, "src/homepage"));
            assertThat(check.settings().outputDirectory()).isEqualTo(in(DEFAULTS, "target/homepage"));
        });
    }

    @Test
    @Basedir(CONFIGURED)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkTakesFailOnWarningsAndTheSiteFromThePom(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.failOnWarnings()).isTrue();
            assertThat(check.settings().sourceDirectory()).isEqualTo(in(CONFIGURED, "site"));
            assertThat(check.settings().outputDirectory()).isEqualTo(in(CONFIGURED, "public"));
        });
    }

    @Test
    @Tag(PROPERTIES)
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkTakesSkipAndFailOnWarningsFromTheirHomepageProperties(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.settings().skip()).isTrue();
            assertThat(check.failOnWarnings()).isTrue();
            assertThat(check.settings().outputDirectory()).isEqualTo(in(DEFAULTS, "p-output"));
        });
    }

    // serve

    @Test
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "serve", pom = "pom.xml")
    void serveListensOnTheLoopbackAddressAtPort4000ByDefault(ServeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(serves).singleElement().satisfies(serve -> {
            assertThat(serve.host()).isEqualTo("127.0.0.1");
            assertThat(serve.port()).isEqualTo(4000);
            assertThat(serve.settings().skip()).as("serve cannot be skipped").isFalse();
            assertThat(serve.settings().outputDirectory()).isEqualTo(in(DEFAULTS, "target/homepage"));
        });
    }

    @Test
    @Basedir(CONFIGURED)
    @InjectMojo(goal = "serve", pom = "pom.xml")
    void serveTakesHostAndPortFromThePom(ServeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(serves).singleElement().satisfies(serve -> {
            assertThat(serve.host()).isEqualTo("0.0.0.0");
            assertThat(serve.port()).isEqualTo(8123);
            assertThat(serve.settings().sourceDirectory()).isEqualTo(in(CONFIGURED, "site"));
        });
    }

    @Test
    @Tag(PROPERTIES)
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "serve", pom = "pom.xml")
    void serveTakesHostAndPortFromTheirHomepagePropertiesAndIgnoresSkip(ServeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(serves).singleElement().satisfies(serve -> {
            assertThat(serve.host()).isEqualTo("0.0.0.0");
            assertThat(serve.port()).isZero();
            assertThat(serve.settings().skip()).isFalse();
        });
    }

    // citations: run against the web APIs, so only what Maven injects is looked at

    @Test
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "citations", pom = "pom.xml")
    void citationsAsksTheRealApisWithoutKeysByDefault(CitationsMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "openAlexUrl")).isEqualTo(OpenAlex.URL);
        assertThat((String) getVariableValueFromObject(mojo, "crossrefUrl")).isEqualTo(Crossref.URL);
        assertThat((String) getVariableValueFromObject(mojo, "semanticScholarUrl")).isEqualTo(SemanticScholar.URL);
        assertThat((String) getVariableValueFromObject(mojo, "openAlexApiKey")).isNull();
        assertThat((String) getVariableValueFromObject(mojo, "semanticScholarApiKey")).isNull();
        assertThat((String) getVariableValueFromObject(mojo, "mailto")).isNull();
        assertThat(mojo.settings(false).sourceDirectory()).isEqualTo(in(DEFAULTS, "src/homepage"));
    }

    @Test
    @Basedir(CONFIGURED)
    @InjectMojo(goal = "citations", pom = "pom.xml")
    void citationsTakesTheApisAddressesFromThePom(CitationsMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "openAlexUrl")).isEqualTo("http://127.0.0.1:1/openalex");
        assertThat((String) getVariableValueFromObject(mojo, "crossrefUrl")).isEqualTo("http://127.0.0.1:1/crossref");
        assertThat((String) getVariableValueFromObject(mojo, "semanticScholarUrl")).isEqualTo("http://127.0.0.1:1/s2");
        assertThat((String) getVariableValueFromObject(mojo, "mailto")).isEqualTo("ada@example.org");
        assertThat(mojo.settings(false).sourceDirectory()).isEqualTo(in(CONFIGURED, "site"));
    }

    @Test
    @Tag(PROPERTIES)
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "citations", pom = "pom.xml")
    void citationsTakesEachParameterFromItsHomepageProperty(CitationsMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "openAlexUrl")).isEqualTo("http://127.0.0.1:2/p-openalex");
        assertThat((String) getVariableValueFromObject(mojo, "crossrefUrl")).isEqualTo("http://127.0.0.1:2/p-crossref");
        assertThat((String) getVariableValueFromObject(mojo, "semanticScholarUrl")).isEqualTo("http://127.0.0.1:2/p-s2");
        assertThat((String) getVariableValueFromObject(mojo, "openAlexApiKey")).isEqualTo("p-openalex-key");
        assertThat((String) getVariableValueFromObject(mojo, "semanticScholarApiKey")).isEqualTo("p-s2-key");
        assertThat((String) getVariableValueFromObject(mojo, "mailto")).isEqualTo("p@example.org");
    }

    // import: likewise

    @Test
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "import", pom = "pom.xml")
    void importWritesForRealFromTheRealApisByDefault(ImportMojo mojo) throws Exception {
        assertThat((Boolean) getVariableValueFromObject(mojo, "dryRun")).isFalse();
        assertThat((String) getVariableValueFromObject(mojo, "orcidUrl")).isEqualTo(Orcid.URL);
        assertThat((String) getVariableValueFromObject(mojo, "dblpUrl")).isEqualTo(Dblp.URL);
        assertThat((String) getVariableValueFromObject(mojo, "orcid")).isNull();
        assertThat((String) getVariableValueFromObject(mojo, "dblp")).isNull();
        assertThat((File) getVariableValueFromObject(mojo, "bibtex")).isNull();
    }

    @Test
    @Basedir(CONFIGURED)
    @InjectMojo(goal = "import", pom = "pom.xml")
    void importTakesItsSourcesFromThePomWithTheBibtexFileInTheProjectFolder(ImportMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "orcid")).isEqualTo("0000-0002-1825-0097");
        assertThat((String) getVariableValueFromObject(mojo, "dblp")).isEqualTo("Ada_Example");
        assertThat(((File) getVariableValueFromObject(mojo, "bibtex")).toPath()).isEqualTo(in(CONFIGURED, "papers.bib"));
        assertThat((Boolean) getVariableValueFromObject(mojo, "dryRun")).isTrue();
        assertThat((String) getVariableValueFromObject(mojo, "orcidUrl")).isEqualTo("http://127.0.0.1:1/orcid");
        assertThat((String) getVariableValueFromObject(mojo, "dblpUrl")).isEqualTo("http://127.0.0.1:1/dblp");
    }

    @Test
    @Tag(PROPERTIES)
    @Basedir(DEFAULTS)
    @InjectMojo(goal = "import", pom = "pom.xml")
    void importTakesEachParameterFromItsHomepageProperty(ImportMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "orcid")).isEqualTo("0000-0001-0000-000X");
        assertThat((String) getVariableValueFromObject(mojo, "dblp")).isEqualTo("p-dblp");
        assertThat(((File) getVariableValueFromObject(mojo, "bibtex")).toPath()).isEqualTo(in(DEFAULTS, "p.bib"));
        assertThat((Boolean) getVariableValueFromObject(mojo, "dryRun")).isTrue();
        assertThat((String) getVariableValueFromObject(mojo, "orcidUrl")).isEqualTo("http://127.0.0.1:2/p-orcid");
        assertThat((String) getVariableValueFromObject(mojo, "dblpUrl")).isEqualTo("http://127.0.0.1:2/p-dblp");
        assertThat((String) getVariableValueFromObject(mojo, "mailto")).isEqualTo("p@example.org");
    }
}
