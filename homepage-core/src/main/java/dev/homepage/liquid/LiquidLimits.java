package dev.homepage.liquid;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.ExceededMaxIterationsException;
import liqp.filters.Filter;

/**
 * How far the Liquid of one page may go before the build stops it with a message, instead of running for minutes,
 * filling the memory or overflowing the stack: loop iterations, the length of what it renders, render time and
 * include depth. Liqp counts the iterations and measures the rendered text itself; every filter is wrapped to
 * measure the texts and lists filters make ({@code append} doubling a text in a loop makes gigabytes from a
 * letter) and to keep the time. Liqp's own time limit is not used: it renders each page on a thread of its own,
 * and leaves that thread running when the time is up.
 *
 * @param maxIterations the loop iterations a page may run, all loops and includes together
 * @param maxLength the characters a text that Liquid makes may have, and the items of a list
 * @param maxTime how long the Liquid of a page may take
 * @param maxIncludeDepth how many includes deep the includes may nest
 */
record LiquidLimits(int maxIterations, int maxLength, Duration maxTime, int maxIncludeDepth) {

    /**
     * Far beyond what a homepage needs, and far below what hurts: a million iterations run in about a second, ten
     * million characters are a 10 MB page; Jekyll's Liquid nests at most 100 deep too.
     */
    static final LiquidLimits DEFAULT = new LiquidLimits(1_000_000, 10_000_000, Duration.ofSeconds(30), 100);

    private static final String STARTED = "homepage.renderStarted";
    private static final String INCLUDE_DEPTH = "homepage.includeDepth";
    private static final String OUTERMOST_INCLUDE = "homepage.outermostInclude";

    /** A limit a page's Liquid reached; the message says which, and what to change. */
    static final class Exceeded extends RuntimeException {
        private final String include;

        /** @param include the name of the include tag that went too deep; null when a loop went too far */
        Exceeded(String message, String include) {
            super(message, null, false, false);
            this.include = include;
        }

        String include() {
            return include;
        }
    }

    /**
     * The limit a failure of a page's Liquid is, wherever Liqp wrapped it: one of ours, or Liqp's own counters
     * saying the loops ran too often or the text rendered is too long. Empty for any other failure.
     */
    Optional<Exceeded> reached(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Exceeded exceeded) {
                return Optional.of(exceeded);
            }
            if (cause instanceof ExceededMaxIterationsException) {
                return Optional.of(new Exceeded("the loops of this page ran more than " + count(maxIterations)
                        + " times, which homepage stops at: look for a loop over a huge range, such as"
                        + " (1..100000000), or one inside another", null));
            }
            if (String.valueOf(cause.getMessage()).startsWith("rendered string exceeds")) {
                return Optional.of(new Exceeded("the Liquid of this page rendered a text of more than "
                        + count(maxLength) + " characters, which homepage stops at: make the loop shorter, or have"
                        + " it write less", null));
            }
        }
        return Optional.empty();
    }

    private static String count(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /**
     * The parser a builder makes, with these limits: the builder is configured twice, as the filters to wrap are
     * known only once the first one has merged the flavour's filters with the site's.
     */
    TemplateParser parser(Supplier<TemplateParser.Builder> configured) {
        Collection<Filter> filters = configured.get().build().filters.getMap().values();
        TemplateParser.Builder builder = configured.get()
                .withMaxIterations(maxIterations)
                .withMaxSizeRenderedString(maxLength)
                .withEnvironmentMapConfigurator(environment -> environment.put(STARTED, System.nanoTime()));
        filters.forEach(filter -> builder.withFilter(limited(filter)));
        return builder.build();
    }

    /** The filter, stopping when the page has taken too long or what it makes is too long. */
    private Filter limited(Filter filter) {
        return new Filter(filter.name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                checkTime(context);
                Object result = filter.apply(value, context, params);
                int length = result instanceof CharSequence text ? text.length()
                        : result instanceof Collection<?> list ? list.size()
                        : result instanceof Object[] array ? array.length : 0;
                if (length > maxLength) {
                    throw new Exceeded("the filter '" + filter.name + "' made " + (result instanceof CharSequence
                            ? "a text of more than " + count(maxLength) + " characters"
                            : "a list of more than " + count(maxLength) + " items") + ", which homepage stops at (a"
                            + " filter such as append in a loop doubles a text each time): make the loop shorter,"
                            + " or have it make less", null);
                }
                return result;
            }
        };
    }

    /** Renders an include one level deeper than the one it is in, unless that is too deep or too late. */
    Object nested(TemplateContext context, String name, Supplier<Object> render) {
        checkTime(context);
        Map<String, Object> includes = context.getRegistry(INCLUDE_DEPTH);
        int depth = (Integer) includes.merge(INCLUDE_DEPTH, 1, (before, one) -> (Integer) before + 1);
        if (depth == 1) {
            includes.put(OUTERMOST_INCLUDE, name);
        }
        try {
            if (depth > maxIncludeDepth) {
                // Reported at the include tag of the page that started it.
                throw new Exceeded("the include '" + name + "' nests includes more than " + maxIncludeDepth
                        + " deep: an include that includes itself, directly or through another, never ends; include"
                        + " it only under a condition that ends", String.valueOf(includes.get(OUTERMOST_INCLUDE)));
            }
            return render.get();
        } finally {
            includes.merge(INCLUDE_DEPTH, -1, (before, minusOne) -> (Integer) before - 1);
        }
    }

    private void checkTime(TemplateContext context) {
        Object started = context.getEnvironmentMap().get(STARTED);
        if (started instanceof Long start && System.nanoTime() - start > maxTime.toNanos()) {
            String time = maxTime.toSeconds() > 0 ? maxTime.toSeconds() + " s" : maxTime.toMillis() + " ms";
            throw new Exceeded("the Liquid of this page ran for more than " + time + ", which homepage stops at:"
                    + " look for a loop that runs far more often than meant", null);
        }
    }
}
