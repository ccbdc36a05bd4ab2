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
 * (docs/benchmarks.md has the figures). One set-up serves one renderer.
 */
public final class RenderingSetUp {

    private final FutureTask<Configuration> freeMarker = new FutureTask<>(TemplateRenderer::newConfiguration);

    /** Starts the set-up; its thread inherits the caller's context class loader, where FreeMarker looks. */
    public RenderingSetUp() {
        Thread thread = new Thread(() -> {
            freeMarker.run();
            // Used for their first use alone: what a page's making reads and writes first pays no more.
            Jsoup.parse("<p>&amp;</p>").text();
            Json.write(List.of(""));
        }, "homepage rendering set-up");
        thread.setDaemon(true);
        thread.start();
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
