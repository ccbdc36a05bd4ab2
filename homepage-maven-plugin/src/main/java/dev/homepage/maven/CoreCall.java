package dev.homepage.maven;

import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A call into homepage-core, its failures turned into Maven's: problems with the sources fail the build (the user
 * fixes them); failing I/O and anything unexpected are execution errors.
 */
final class CoreCall {

    /** A call into homepage-core. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws SiteBuildException, IOException;
    }

    private CoreCall() {
    }

    /**
     * @param activity what the call does, for the messages: "generating the homepage"
     * @param action the call
     */
    static <T> T run(String activity, Action<T> action) throws MojoExecutionException, MojoFailureException {
        try {
            return action.run();
        } catch (SiteBuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("I/O error while " + activity + ": " + e, e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("I/O error while " + activity + ": " + e.getCause(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Unexpected failure while " + activity + ": " + e, e);
        } catch (StackOverflowError e) {
            // homepage-core reports content nested too deeply at its file; one that still overflows is a bug, which
            // must not take Maven down with a thousand lines of trace.
            throw new MojoExecutionException("homepage ran out of stack while " + activity + ": some content"
                    + " nests deeper than it checks for. Please report it, with the build's files if you can (run"
                    + " with -e to see where)", e);
        }
    }
}
