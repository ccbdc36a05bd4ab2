package dev.homepage.liquid;

import dev.homepage.markdown.MarkdownRenderer;
import freemarker.template.utility.StringUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Insertion;
import liqp.TemplateContext;

/**
 * The tags of the Jekyll plugins academic sites list, as far as a build without the network can do them:
 * al-folio's {@code details} and {@code file_exists}, jekyll-tabs' {@code tabs} and {@code tab},
 * jekyll-twitter-plugin's {@code twitter} (a link to the post: its embedding needs Twitter's servers) and
 * jekyll-jupyter-notebook's {@code jupyter_notebook} (a link to the notebook: converting it needs Jupyter).
 */
final class PluginTags {

    private static final Pattern FIRST_WORD = Pattern.compile("\\A(\\S+)\\s*(.*)\\z", Pattern.DOTALL);
    private static final Pattern PARAGRAPH_TAGS = Pattern.compile("</?p[^>]*>");

    private PluginTags() {
    }

    static List<Insertion> all(Path sourceDirectory, MarkdownRenderer markdown) {
        Path source = sourceDirectory.normalize();
        return List.of(
                MarkupTag.block("details", (context, markup, content) -> "<details><summary>"
                        + PARAGRAPH_TAGS.matcher(markdown.render(markup)).replaceAll("").strip() + "</summary>"
                        + markdown.render(content) + "</details>"),
                MarkupTag.tag("file_exists", (context, markup) -> {
                    Path file = source.resolve(markup.replaceFirst("^/+", "")).normalize();
                    return String.valueOf(file.startsWith(source) && Files.exists(file));
                }),
                MarkupTag.block("tabs", (context, markup, content) -> "<div class=\"tabs\" data-tabs=\""
                        + StringUtil.XMLEncNA(markup) + "\">" + content + "</div>"),
                MarkupTag.block("tab", (context, markup, content) -> {
                    Matcher parts = FIRST_WORD.matcher(markup);
                    String label = parts.matches() ? parts.group(2) : markup;
                    return "<section class=\"tab\"><p class=\"tab-label\">" + StringUtil.XMLEncNA(label) + "</p>"
                            + markdown.render(content) + "</section>";
                }),
                MarkupTag.tag("twitter", (context, markup) -> {
                    Matcher parts = FIRST_WORD.matcher(markup);
                    String url = StringUtil.XMLEncNA(parts.matches() ? parts.group(1) : markup);
                    return "<blockquote class=\"twitter-tweet\"><p><a href=\"" + url + "\">" + url
                            + "</a></p></blockquote>";
                }),
                MarkupTag.tag("jupyter_notebook", PluginTags::notebookLink));
    }

    /** The notebook's address, from a variable of that name or as written. */
    private static String notebookLink(TemplateContext context, String markup) {
        Object variable = context.get(markup);
        String url = StringUtil.XMLEncNA(variable == null ? markup : String.valueOf(variable));
        LiquidRenderer.notes(context).accept(new LiquidRenderer.Note(null, 0, "the notebook " + url
                + " is shown as a link: converting a Jupyter notebook to HTML needs Jupyter, which homepage does"
                + " not run"));
        return "<p class=\"jupyter-notebook\"><a href=\"" + url + "\">" + url + "</a></p>";
    }
}
