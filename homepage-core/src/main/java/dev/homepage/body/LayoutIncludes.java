package dev.homepage.body;

import dev.homepage.content.Document;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files a known al-folio layout includes because its front matter names them: {@code layout: profiles} shows,
 * for each of its {@code profiles:}, the file its {@code content:} names, from the page's folder, rendered as a body
 * is (Liquid, then Markdown), as al-folio's layout does with {@code include_relative} and {@code markdownify}.
 */
public final class LayoutIncludes {

    /** al-folio's layout of a group's people; the theme's {@code profiles.ftlh} draws what it shows. */
    public static final String PROFILES_LAYOUT = "profiles";

    /** The names Jekyll's include tags accept; any other is refused, as Jekyll refuses it. */
    private static final Pattern VALID_NAME = Pattern.compile("[\\w/.\\-()+~#@]+");

    private LayoutIncludes() {
    }

    /** The names of the files the document's layout includes, in the order of its front matter, each once. */
    public static List<String> namesOf(Document document) {
        if (!document.text("layout").strip().equals(PROFILES_LAYOUT)
                || !(document.frontMatter().get("profiles") instanceof List<?> profiles)) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Object profile : profiles) {
            if (profile instanceof Map<?, ?> fields && fields.get("content") != null) {
                String name = String.valueOf(fields.get("content")).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** Whether a name may go into an include tag: Jekyll's characters, no Liquid. */
    static boolean isValidName(String name) {
        return VALID_NAME.matcher(name).matches();
    }

    /** The 1-based line of the file's text that names the included file as a {@code content:}, or 0. */
    static int lineOf(String text, String name) {
        Pattern naming = Pattern.compile("^\\s*(?:-\\s+)?content\\s*:\\s*(['\"]?)" + Pattern.quote(name)
                + "\\1\\s*(#.*)?$");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (naming.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
