package dev.homepage.render;

import java.util.regex.Pattern;

/**
 * How long an item takes to read, shown where its front matter (or the config's defaults) sets
 * {@code read_time: true}, as academicpages does for its posts, with the words of academicpages' read-time include:
 * "less than 1 minute read" under 180 words, "1 minute read" under 360, else the words over the site's words per
 * minute, rounded down. The words are counted as Jekyll's {@code strip_html | number_of_words} counts them: the
 * text without its tags, scripts and comments, split at white space.
 */
final class ReadingTime {

    /** Jekyll's {@code strip_html}: scripts, styles and comments go whole, then every tag. */
    private static final Pattern BLOCKS = Pattern.compile("<script.*?</script>|<!--.*?-->|<style.*?</style>",
            Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<.*?>", Pattern.DOTALL);

    private ReadingTime() {
    }

    /**
     * @param readTime the front matter's {@code read_time}
     * @param html the item's rendered body
     * @param wordsPerMinute the site's {@code words_per_minute}
     * @return the reading time, or empty when the front matter does not ask for one
     */
    static String of(Object readTime, String html, int wordsPerMinute) {
        if (!Boolean.TRUE.equals(readTime)) {
            return "";
        }
        String text = TAGS.matcher(BLOCKS.matcher(html).replaceAll("")).replaceAll("").strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (words < 180) {
            return "less than 1 minute read";
        }
        return (words < 360 ? 1 : words / wordsPerMinute) + " minute read";
    }
}
