package dev.homepage.liquid;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import com.vladsch.flexmark.ext.emoji.internal.EmojiShortcuts;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * The filters of the Jekyll plugins academic sites list, done the way those plugins do them: jemoji's
 * {@code emojify}, jekyll-regex-replace's {@code regex_replace} and {@code regex_replace_once}, jekyll-email-protect's
 * {@code encode_email}, and al-folio's {@code remove_accents}, {@code bust_file_cache} and {@code bust_css_cache}
 * (the last two give the address unchanged: the cache-busting query only matters to a browser's cache).
 */
final class PluginFilters {

    private static final Pattern EMOJI_CODE = Pattern.compile(":([a-z0-9_+-]+):");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PluginFilters() {
    }

    static List<Filter> all() {
        return List.of(
                text("emojify", (value, params, context) -> emojify(value)),
                text("bust_file_cache", (value, params, context) -> value),
                text("bust_css_cache", (value, params, context) -> value),
                text("remove_accents", (value, params, context) -> MARKS.matcher(
                        Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("")),
                text("encode_email", (value, params, context) -> encodeEmail(value)),
                text("regex_replace", (value, params, context) -> regexReplace(value, params, context, true)),
                text("regex_replace_once", (value, params, context) -> regexReplace(value, params, context, false)));
    }

    private interface TextFilter {
        Object apply(String value, Object[] params, TemplateContext context);
    }

    private static Filter text(String name, TextFilter function) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return function.apply(value == null ? "" : asString(value, context), params, context);
            }
        };
    }

    /** {@code :tada:} as 🎉, for every short code GitHub knows; other text between colons is left alone. */
    static String emojify(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher code = EMOJI_CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            EmojiReference.Emoji emoji = EmojiShortcuts.getEmojiFromShortcut(code.group(1));
            String unicode = emoji == null ? null : EmojiShortcuts.getUnicodeChars(emoji);
            code.appendReplacement(out, Matcher.quoteReplacement(unicode == null ? code.group() : unicode));
        }
        return code.appendTail(out).toString();
    }

    /** Every byte as %XX, as jekyll-email-protect does, so that the address is no plain text for harvesters. */
    private static String encodeEmail(String email) {
        StringBuilder out = new StringBuilder();
        for (byte b : email.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static Object regexReplace(String value, Object[] params, TemplateContext context, boolean all) {
        if (params.length == 0) {
            return value;
        }
        String replacement = params.length > 1 ? String.valueOf(params[1]) : "";
        try {
            Matcher matcher = Pattern.compile(String.valueOf(params[0])).matcher(value);
            String java = replacement.replace("$", "\\$").replaceAll("\\\\(\\d)", "\\$$1");
            return all ? matcher.replaceAll(java) : matcher.replaceFirst(java);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("regex_replace cannot use the pattern '" + params[0] + "': "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
