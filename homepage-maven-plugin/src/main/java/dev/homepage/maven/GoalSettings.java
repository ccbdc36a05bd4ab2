package dev.homepage.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/** What the goals that update a site's files share: settings from parameters or the environment. */
final class GoalSettings {

    private GoalSettings() {
    }

    /**
     * The parameter's value, else the environment variable's (keys and addresses come from the command line or
     * the environment, never from the site's files, which are public).
     *
     * @param variable the environment variable, or null for none
     */
    static Optional<String> parameterOrEnvironment(String parameter, String variable) {
        return Optional.ofNullable(parameter).filter(value -> !value.isBlank())
                .or(() -> Optional.ofNullable(variable).map(System::getenv).filter(value -> !value.isBlank()))
                .map(String::strip);
    }

    /** Fails as the build does when the source folder is missing, saying how to point at the right one. */
    static void requireSources(HomepageSettings settings) throws MojoFailureException {
        settings.request();
    }
}
