package dev.homepage.render;

import dev.homepage.output.Json;
import freemarker.template.Configuration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jsoup.Jsoup;

/**
 * What the first build in a JVM sets up on a thread of its own while it reads the config and the content, so that
 * the second core does it: FreeMarker, for the {@link TemplateRenderer} it is given to, then jsoup and Jackson,
 * which making any page reads and writes with. Their first use in a JVM loads and initialises their classes (some
 * 500 for FreeMarker, whose object wrapper reflects on the JDK's classes for its member access policy, and 250 for
 * jsoup, with its table of entities), which the build otherwise did on its own thread as it made its first page
 * (docs/benchmarks.md has the figures). One set-up serves one renderer; the build that started it closes it
 * before it returns, which waits for the set-up's end: no class is loaded after the build, when Maven may have
 * closed the class loader of the plugin.
 */
public final class RenderingSetUp implements AutoCloseable {

    /** The name of the set-up's thread. */
    public static final String THREAD_NAME = "homepage rendering set-up";

    private final FutureTask<Configuration> freeMarker = new FutureTask<>(TemplateRenderer::newConfiguration);
    private final Thread thread;

    /** Starts the set-up; its thread inherits the caller's context class loader, where FreeMarker looks. */
    public RenderingSetUp() {
        this(RenderingSetUp::useLibraries);
    }

    /** @param afterFreeMarker what the thread does once FreeMarker is set up */
    RenderingSetUp(Runnable afterFreeMarker) {
        thread = new Thread(() -> {
            freeMarker.run();
            afterFreeMarker.run();
        }, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** Uses jsoup and Jackson for their first use alone: what a page's making reads and writes first pays no more. */
    private static void useLibraries() {
        try {
            Jsoup.parse("<p>&amp;</p>").text();
            Json.write(List.of(""));
        } catch (RuntimeException | LinkageError e) {
            // Nothing to say here: what fails to load fails again where the build uses it, and is told there.
        }
    }

    /** Whether the set-up is still at work. */
    boolean running() {
        return thread.isAlive();
    }

    /** Waits for the set-up's end. */
    @Override
    public void close() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** FreeMarker, set up as every renderer uses it; waits for it if need be. */
    Configuration freeMarker() {
        try {
            return freeMarker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while FreeMarker was set up", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
