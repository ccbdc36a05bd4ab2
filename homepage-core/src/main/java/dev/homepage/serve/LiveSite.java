package dev.homepage.serve;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * The site as the server shows it: builds it, one build at a time, while requests wait; then tells the open pages
 * and the log how it went. A failed build writes nothing (the generator checks everything before writing), so the
 * last good build stays in the output folder and is served until the sources are fixed.
 */
final class LiveSite {

    /** One build, whole or after a change. */
    @FunctionalInterface
    private interface Build {
        BuildReport run() throws SiteBuildException, IOException;
    }

    private final DevServer server;
    private final SiteBuilder builder;
    private final Path sourceDirectory;
    private final ServeLog log;

    LiveSite(DevServer server, SiteBuilder builder, Path sourceDirectory, ServeLog log) {
        this.server = server;
        this.builder = builder;
        this.sourceDirectory = sourceDirectory;
        this.log = log;
    }

    synchronized void build() {
        update(builder::build, "Built");
    }

    synchronized void rebuild(Set<Path> changed) {
        update(() -> builder.rebuild(changed), "Rebuilt after a change to " + describe(changed));
    }

    private void update(Build build, String outcome) {
        Lock output = server.outputWriteLock();
        output.lock();
        try {
            BuildReport report = build.run();
            report.warnings().forEach(warning -> log.warn(warning.toString()));
            server.built();
            log.info(outcome + ": " + count(report.pagesWritten(), "page") + " written, "
                    + count(report.filesCopied(), "file") + " copied in " + report.elapsed().toMillis() + " ms");
        } catch (SiteBuildException e) {
            failed(e);
        } catch (IOException | UncheckedIOException e) {
            failed(problem("reading or writing a file failed: " + rootCause(e)));
        } catch (RuntimeException e) {
            // A bug in the build must not stop the server: the next save tries again.
            failed(problem("the build failed unexpectedly: " + e));
        } finally {
            output.unlock();
        }
    }

    private SiteBuildException problem(String message) {
        return new SiteBuildException(List.of(new Problem(sourceDirectory, message)));
    }

    private void failed(SiteBuildException e) {
        server.failed(e.problems());
        log.error(e.getMessage() + System.lineSeparator()
                + "Still serving the last build that succeeded; fix the files and save to rebuild.");
    }

    private String describe(Set<Path> changed) {
        Path first = changed.iterator().next();
        String name = first.equals(sourceDirectory) ? "the source folder"
                : sourceDirectory.relativize(first).toString();
        return changed.size() == 1 ? name : name + " and " + count(changed.size() - 1, "other");
    }

    private static Throwable rootCause(Exception e) {
        return e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
