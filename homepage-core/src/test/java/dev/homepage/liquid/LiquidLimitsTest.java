package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquid that would run for minutes, fill the memory or overflow the stack stops at a limit, with a message and
 * the line to look at. The limits are small here, so that reaching them takes no time; bad-input/ shows the
 * messages the real limits give.
 */
class LiquidLimitsTest {

    private static final LiquidLimits SMALL = new LiquidLimits(100, 1_000, Duration.ofMinutes(1), 10);

    @TempDir
    Path source;

    private SourceError fails(LiquidLimits limits, String template) {
        LiquidRenderer liquid = new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer(), limits);
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> liquid.render(template, Map.of("page", Map.of("path", "_pages/a.md")), note -> { }));
        assertThat(error).as("the render should fail").isNotNull();
        return error;
    }

    @Test
    void loopsStopAfterTheirIterationsAtTheFirstLoop() throws Exception {
        LiquidRenderer liquid = new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer(), SMALL);
        assertThat(liquid.render("{% for i in (1..100) %}.{% endfor %}", Map.of(), note -> { })).hasSize(100);

        SourceError error = fails(SMALL, "Intro\n\n{% for i in (1..60) %}\n{% for j in (1..2) %}.{% endfor %}"
                + "{% endfor %}");

        assertThat(error.getMessage()).isEqualTo("the loops of this page ran more than 100 times, which homepage"
                + " stops at: look for a loop over a huge range, such as (1..100000000), or one inside another");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void aTextDoubledByAFilterStopsAtTheLength() {
        SourceError error = fails(SMALL, "{% assign s = 'ab' %}\n{% for i in (1..40) %}"
                + "{% assign s = s | append: s %}{% endfor %}{{ s }}");

        assertThat(error.getMessage()).isEqualTo("the filter 'append' made a text of more than 1,000 characters,"
                + " which homepage stops at (a filter such as append in a loop doubles a text each time): make the"
                + " loop shorter, or have it make less");
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void aLongListMadeByAFilterStops() {
        SourceError list = fails(new LiquidLimits(100, 5, Duration.ofMinutes(1), 10),
                "{% assign l = 'abcdefgh' | split: '' %}");
        assertThat(list.getMessage()).startsWith("the filter 'split' made a list of more than 5 items");
    }

    @Test
    void aRenderedTextStopsAtTheLength() {
        SourceError error = fails(SMALL, "{% for i in (1..50) %}{{ 'twenty-five characters...' }}"
                + "{% endfor %}");

        assertThat(error.getMessage()).isEqualTo("the Liquid of this page rendered a text of more than 1,000"
                + " characters, which homepage stops at: make the loop shorter, or have it write less");
        assertThat(error.line()).isEqualTo(1);
    }

    @Test
    void aPageStopsWhenItsTimeIsUp() {
        SourceError error = fails(new LiquidLimits(1_000_000, 1_000_000, Duration.ZERO, 10),
                "x\n{% for i in (1..1000) %}{{ i | plus: 1 }}{% endfor %}");

        assertThat(error.getMessage()).isEqualTo("the Liquid of this page ran for more than 0 ms, which homepage"
                + " stops at: look for a loop that runs far more often than meant");
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void anIncludeOfItselfStopsAtTheDepthOnTheLineOfTheInclude() throws Exception {
        Files.createDirectories(source.resolve("_includes"));
        Files.writeString(source.resolve("_includes/me.html"), "again {% include me.html %}");

        SourceError error = fails(SMALL, "Hello.\n\n{% include me.html %}");

        assertThat(error.getMessage()).isEqualTo("the include 'me.html' nests includes more than 10 deep: an include"
                + " that includes itself, directly or through another, never ends; include it only under a"
                + " condition that ends");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void theDefaultIncludeDepthFitsASmallStack() throws Exception {
        Files.createDirectories(source.resolve("_includes"));
        Files.writeString(source.resolve("_includes/me.html"),
                "{% if true %}{% for i in (1..1) %}{% include me.html %}{% endfor %}{% endif %}");
        LiquidRenderer liquid = new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer());
        AtomicReference<Throwable> failure = new AtomicReference<>();

        // Half the stack of a thread of the pool that renders the pages: the depth is reached long before it.
        Thread thread = new Thread(null, () -> {
            try {
                liquid.render("{% include me.html %}", Map.of(), note -> { });
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small stack", 512 * 1024);
        thread.start();
        thread.join();

        assertThat(failure.get()).isInstanceOf(SourceError.class)
                .hasMessageStartingWith("the include 'me.html' nests includes more than 100 deep");
    }

    @Test
    void tagsNestedBeyondTheStackAreReportedNotThrown() {
        String template = "{% if true %}".repeat(20_000) + "x" + "{% endif %}".repeat(20_000);

        assertThat(fails(LiquidLimits.DEFAULT, template).getMessage()).isEqualTo(Problems.TOO_DEEP);
    }
}
