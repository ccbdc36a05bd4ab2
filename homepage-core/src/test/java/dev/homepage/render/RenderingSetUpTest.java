package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The set-up's thread has ended once it is closed, as the build closes it before it returns: Maven closes the
 * plugin's class loader after the goal, and a class loaded after that fails with a trace on the console (the
 * invoker test refused-output, whose build fails at once, printed one).
 */
class RenderingSetUpTest {

    @Test
    void closingWaitsForTheSetUpToEnd() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        RenderingSetUp setUp = new RenderingSetUp(() -> {
            started.countDown();
            sleep(300);
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        setUp.close();

        assertThat(setUp.running()).isFalse();
    }

    @Test
    void theRendererGetsFreeMarkerSetUpAsEveryRendererHasIt() throws Exception {
        try (RenderingSetUp setUp = new RenderingSetUp()) {
            TemplateRenderer renderer = new TemplateRenderer(setUp, Path.of("no-templates"), List.of());

            assertThat(renderer.exists("layout.ftlh")).as("the theme's templates are found").isTrue();
            assertThat(setUp.freeMarker().isAPIBuiltinEnabled()).as("set up as newConfiguration does").isFalse();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
