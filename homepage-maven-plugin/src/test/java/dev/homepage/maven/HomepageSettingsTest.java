package dev.homepage.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomepageSettingsTest {

    @TempDir
    Path temp;

    private static final File BASEDIR = new File("/work/site");

    @Test
    void expandsTheBasedirThatMavensStandInProjectLeavesInDefaults() {
        HomepageSettings settings = HomepageSettings.fromParameters(
                new File("/work/site/${project.basedir}/src/homepage"),
                "/work/site/${project.basedir}/target/homepage",
                new File("/work/site/${project.basedir}/target/homepage-cache"), null, false, BASEDIR,
                "${project.build.outputTimestamp}", null);

        assertThat(settings.sourceDirectory()).isEqualTo(new File("/work/site/src/homepage").toPath());
        assertThat(settings.outputDirectory()).isEqualTo(new File("/work/site/target/homepage").toPath());
        assertThat(settings.baseUrl()).isEmpty();
        assertThat(settings.cacheDirectory()).contains(new File("/work/site/target/homepage-cache").toPath());
        assertThat(settings.buildTime()).isEmpty();
    }

    @Test
    void theBuildTimeIsTheProjectsOutputTimestampElseSourceDateEpoch() throws Exception {
        File source = Files.createDirectories(temp.resolve("src")).toFile();
        HomepageSettings project = HomepageSettings.fromParameters(source, "/srv/out", null, null, false,
                BASEDIR, "2026-11-22T00:00:00Z", "1700000000");
        HomepageSettings environment = HomepageSettings.fromParameters(source, "/srv/out", null, null,
                false, BASEDIR, null, "1700000000");
        HomepageSettings none = HomepageSettings.fromParameters(source, "/srv/out", null, null, false,
                BASEDIR, "${project.build.outputTimestamp}", null);

        assertThat(project.request().buildTime()).contains(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(environment.request().buildTime()).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(none.request().buildTime()).isEmpty();
    }

    @Test
    void aBuildTimeThatIsNoTimeFailsTheBuildSayingWhatToWrite() throws Exception {
        File source = Files.createDirectories(temp.resolve("src")).toFile();
        HomepageSettings settings = HomepageSettings.fromParameters(source, "/srv/out", null, null, false,
                BASEDIR, "last tuesday", null);

        assertThatThrownBy(settings::request).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'last tuesday'").hasMessageContaining("2026-11-22T00:00:00Z");
    }

    @Test
    void keepsConfiguredFoldersAsTheyAre() {
        HomepageSettings settings = HomepageSettings.fromParameters(new File("/srv/sources"), "/srv/out",
                null, "/lab", true, BASEDIR, null, null);

        assertThat(settings.sourceDirectory()).isEqualTo(new File("/srv/sources").toPath());
        assertThat(settings.outputDirectory()).isEqualTo(new File("/srv/out").toPath());
        assertThat(settings.baseUrl()).contains("/lab");
        assertThat(settings.skip()).isTrue();
    }

    @Test
    void aFolderHoldingAJekyllSiteIsTheSourceWhenItHasNoSrcHomepage(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("_config.yml"), "title: A Jekyll site\n");

        HomepageSettings settings = HomepageSettings.fromParameters(
                new File(site.toFile(), "${project.basedir}/src/homepage"),
                "${project.basedir}/target/homepage", null, null, false, site.toFile(), null,
                null);

        assertThat(settings.sourceDirectory()).isEqualTo(site);
        assertThat(settings.outputDirectory()).isEqualTo(site.resolve("target/homepage"));
    }

    @Test
    void srcHomepageWinsOverAConfigBesideThePom(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("_config.yml"), "title: Not the homepage\n");
        Files.createDirectories(project.resolve("src/homepage"));

        HomepageSettings settings = HomepageSettings.fromParameters(project.resolve("src/homepage").toFile(),
                project.resolve("target/homepage").toString(), null, null, false, project.toFile(), null, null);

        assertThat(settings.sourceDirectory()).isEqualTo(project.resolve("src/homepage"));
    }

    @Test
    void aSourceFolderGivenIsKeptEvenWhenMissing(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("_config.yml"), "title: A Jekyll site\n");

        HomepageSettings settings = HomepageSettings.fromParameters(site.resolve("content").toFile(),
                site.resolve("out").toString(), null, null, false, site.toFile(), null, null);

        assertThat(settings.sourceDirectory()).isEqualTo(site.resolve("content"));
    }

    @Test
    void resolvesARelativeOutputAgainstTheProjectFolder() {
        HomepageSettings settings = HomepageSettings.fromParameters(new File("/srv/sources"), "site/out", null, null,
                false, BASEDIR, null, null);

        assertThat(settings.outputDirectory()).isEqualTo(new File("/work/site/site/out").toPath());
    }

    @Test
    void refusesAnEmptyOutputParameterRatherThanTakeTheProjectFolder(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("src/homepage"));
        HomepageSettings settings = HomepageSettings.fromParameters(project.resolve("src/homepage").toFile(), "",
                null, null, false, project.toFile(), null, null);

        MojoFailureException error = catchThrowableOfType(MojoFailureException.class, settings::request);

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).isEqualTo("The homepage has a problem:" + System.lineSeparator()
                + "  homepage.outputDirectory: no output folder is set, and the current folder would be replaced by"
                + " the site: set outputDirectory (homepage.outputDirectory) to a folder of its own, such as"
                + " target/homepage");
    }
}
