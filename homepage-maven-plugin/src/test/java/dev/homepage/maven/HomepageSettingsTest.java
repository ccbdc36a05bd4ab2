package dev.homepage.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;

class HomepageSettingsTest {

    private static final File BASEDIR = new File("/work/site");

    @Test
    void expandsTheBasedirThatMavensStandInProjectLeavesInDefaults() {
        HomepageSettings settings = HomepageSettings.fromParameters(
                new File("/work/site/${project.basedir}/src/homepage"),
                new File("/work/site/${project.basedir}/target/homepage"),
                new File("/work/site/${project.basedir}/target/homepage-cache"), null, false, BASEDIR);

        assertThat(settings.sourceDirectory()).isEqualTo(new File("/work/site/src/homepage").toPath());
        assertThat(settings.outputDirectory()).isEqualTo(new File("/work/site/target/homepage").toPath());
        assertThat(settings.baseUrl()).isEmpty();
        assertThat(settings.cacheDirectory()).contains(new File("/work/site/target/homepage-cache").toPath());
    }

    @Test
    void keepsConfiguredFoldersAsTheyAre() {
        HomepageSettings settings = HomepageSettings.fromParameters(new File("/srv/sources"), new File("/srv/out"),
                null, "/lab", true, BASEDIR);

        assertThat(settings.sourceDirectory()).isEqualTo(new File("/srv/sources").toPath());
        assertThat(settings.outputDirectory()).isEqualTo(new File("/srv/out").toPath());
        assertThat(settings.baseUrl()).contains("/lab");
        assertThat(settings.skip()).isTrue();
    }
}
