package dev.homepage.liquid;

import dev.homepage.publications.BibEntry;
import freemarker.template.utility.StringUtil;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Insertion;
import liqp.TemplateContext;

/**
 * jekyll-scholar's tags as al-folio uses them, over the entries of {@code _bibliography/}: {@code bibliography}
 * (with {@code -f}/{@code --file}, {@code -q}/{@code --query}, {@code -g}/{@code --group_by}, {@code -m}/{@code --max}
 * and {@code -c}/{@code --cited}), {@code bibliography_count}, {@code cite}, {@code reference} and {@code quote}.
 * The tags choose the entries, as jekyll-scholar does; the list itself is laid out by the theme, like every other
 * list of papers: {@code bibliography} and {@code reference} leave a {@link PaperList} that the page's rendering
 * replaces with the theme's papers.
 */
final class ScholarTags {

    private static final Pattern OPTION = Pattern.compile(
            "(?:^|\\s)(-[a-zA-Z]|--[a-z_]+)(?:\\s+(\"[^\"]*\"|'[^']*'|(?!-)(?:\\[[^\\]]*\\]|\\S)+))?");
    private static final Pattern QUERY = Pattern.compile("@(\\*|\\w+)((?:\\[[^\\]]*\\])*)\\*?");
    private static final Pattern CONDITION = Pattern.compile("\\s*(\\w+)\\s*(!=|\\^=|\\$=|~=|<=|>=|=|<|>)\\s*"
            + "(\"[^\"]*\"|'[^']*'|[^,\\]]*)\\s*");
    private static final String CITED = "homepage.scholar.cited";

    private final Supplier<List<BibEntry>> entries;

    /** @param entries the entries of {@code _bibliography/}, read when a tag first needs them */
    ScholarTags(Supplier<List<BibEntry>> entries) {
        this.entries = entries;
    }

    List<Insertion> all() {
        return List.of(
                MarkupTag.tag("bibliography", (context, markup) -> {
                    Map<String, String> options = options(markup);
                    List<BibEntry> chosen = chosen(context, options);
                    String groupBy = options.getOrDefault("group_by", setting(context, "group_by", "none"));
                    return new PaperList(groupBy.equals("year"), keysOf(chosen)).marker();
                }),
                MarkupTag.tag("bibliography_count", (context, markup) ->
                        String.valueOf(chosen(context, options(markup)).size())),
                MarkupTag.tag("cite", (context, markup) -> citation(context, keys(markup))),
                MarkupTag.tag("reference", (context, markup) -> new PaperList(false, keysOf(find(keys(markup))))
                        .marker()),
                MarkupTag.block("quote", (context, markup, content) -> "<blockquote class=\"scholar-quote\">"
                        + content.strip() + "<cite>" + citation(context, keys(markup)) + "</cite></blockquote>"));
    }

    private static List<String> keysOf(List<BibEntry> entries) {
        return entries.stream().map(BibEntry::key).toList();
    }

    /** The entries the options choose, in the file's order, at most {@code --max} of them. */
    private List<BibEntry> chosen(TemplateContext context, Map<String, String> options) {
        String file = options.getOrDefault("file", "");
        String query = options.getOrDefault("query", setting(context, "query", "@*"));
        Set<String> cited = options.containsKey("cited") || options.containsKey("cited_in_order")
                ? cited(context) : null;
        List<BibEntry> chosen = new ArrayList<>();
        for (BibEntry entry : entries.get()) {
            if ((file.isEmpty() || inFile(entry, file)) && matches(entry, query)
                    && (cited == null || cited.contains(entry.key()))) {
                chosen.add(entry);
            }
        }
        if (options.containsKey("max")) {
            try {
                int max = Integer.parseInt(options.get("max"));
                return chosen.subList(0, Math.max(0, Math.min(max, chosen.size())));
            } catch (NumberFormatException e) {
                return chosen;
            }
        }
        return chosen;
    }

    private static boolean inFile(BibEntry entry, String file) {
        String name = entry.source().getFileName().toString();
        return name.equals(file) || name.equals(file + ".bib");
    }

    /** Whether an entry answers a jekyll-scholar query: {@code @*}, {@code @article}, {@code @*[year=2024, selected=true]}. */
    static boolean matches(BibEntry entry, String query) {
        String trimmed = query.strip();
        if (trimmed.isEmpty() || trimmed.equals("@*") || trimmed.equals("*")) {
            return true;
        }
        Matcher parts = QUERY.matcher(trimmed);
        if (!parts.matches()) {
            return true;
        }
        if (!parts.group(1).equals("*") && !parts.group(1).equalsIgnoreCase(entry.type())) {
            return false;
        }
        Matcher brackets = Pattern.compile("\\[([^\\]]*)\\]").matcher(parts.group(2));
        while (brackets.find()) {
            for (String condition : brackets.group(1).split(",")) {
                Matcher test = CONDITION.matcher(condition);
                if (test.matches() && !holds(entry.field(test.group(1).toLowerCase(Locale.ROOT)), test.group(2),
                        unquoted(test.group(3).strip()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean holds(String value, String operator, String wanted) {
        return switch (operator) {
            case "=" -> value.equals(wanted);
            case "!=" -> !value.equals(wanted);
            case "^=" -> value.startsWith(wanted);
            case "$=" -> value.endsWith(wanted);
            case "~=" -> value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
            default -> {
                int order = compareValues(value, wanted);
                yield switch (operator) {
                    case "<" -> order < 0;
                    case ">" -> order > 0;
                    case "<=" -> order <= 0;
                    default -> order >= 0;
                };
            }
        };
    }

    private static int compareValues(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** A citation as APA, al-folio's style, writes it: (Einstein, 1905), (Einstein &amp; Infeld, 1938)... */
    private String citation(TemplateContext context, List<String> keys) {
        Set<String> cited = cited(context);
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            cited.add(key);
            BibEntry entry = find(List.of(key)).stream().findFirst().orElse(null);
            if (entry == null) {
                LiquidRenderer.notes(context).accept(new LiquidRenderer.Note(null, 0, "{% cite " + key
                        + " %} names no entry of _bibliography/: check the key"));
                parts.add(StringUtil.XMLEncNA(key));
            } else {
                parts.add("<a class=\"citation\" href=\"#paper-" + StringUtil.XMLEncNA(key) + "\">"
                        + StringUtil.XMLEncNA(authorsAndYear(entry)) + "</a>");
            }
        }
        return "(" + String.join("; ", parts) + ")";
    }

    private static String authorsAndYear(BibEntry entry) {
        List<String> last = new ArrayList<>();
        for (String author : entry.field("author").split("\\s+and\\s+")) {
            String name = author.strip();
            if (!name.isEmpty()) {
                int comma = name.indexOf(',');
                last.add(comma >= 0 ? name.substring(0, comma).strip() : name.substring(name.lastIndexOf(' ') + 1));
            }
        }
        String names = switch (last.size()) {
            case 0 -> entry.field("title");
            case 1 -> last.get(0);
            case 2 -> last.get(0) + " & " + last.get(1);
            default -> last.get(0) + " et al.";
        };
        String year = entry.field("year");
        return year.isEmpty() ? names : names + ", " + year;
    }

    private List<BibEntry> find(List<String> keys) {
        List<BibEntry> found = new ArrayList<>();
        for (String key : keys) {
            entries.get().stream().filter(entry -> entry.key().equals(key)).findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The keys cited so far in the rendering under way, for {@code --cited}. */
    private static Set<String> cited(TemplateContext context) {
        Map<String, Set<String>> registry = context.getRegistry(CITED);
        return registry.computeIfAbsent(CITED, name -> new LinkedHashSet<>());
    }

    /** The keys of a cite, reference or quote tag: the words before its first option. */
    private static List<String> keys(String markup) {
        List<String> keys = new ArrayList<>();
        for (String word : markup.strip().split("\\s+")) {
            if (word.startsWith("-")) {
                break;
            }
            if (!word.isEmpty()) {
                keys.add(unquoted(word));
            }
        }
        return keys;
    }

    /** A bibliography tag's options by their long names: {@code -f papers} as file=papers. */
    static Map<String, String> options(String markup) {
        Map<String, String> options = new java.util.HashMap<>();
        Matcher option = OPTION.matcher(markup);
        while (option.find()) {
            String name = switch (option.group(1)) {
                case "-f" -> "file";
                case "-q" -> "query";
                case "-g" -> "group_by";
                case "-m" -> "max";
                case "-c" -> "cited";
                case "-C" -> "cited_in_order";
                case "-T" -> "template";
                default -> option.group(1).replaceFirst("^--", "");
            };
            options.put(name, option.group(2) == null ? "" : unquoted(option.group(2)));
        }
        return options;
    }

    /** A setting of the config's {@code scholar:} block. */
    private static String setting(TemplateContext context, String name, String otherwise) {
        if (context.get("site") instanceof Map<?, ?> site && site.get("scholar") instanceof Map<?, ?> scholar
                && scholar.get(name) != null) {
            return String.valueOf(scholar.get(name));
        }
        return otherwise;
    }

    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"));
        return quoted ? text.substring(1, text.length() - 1) : text;
    }
}
