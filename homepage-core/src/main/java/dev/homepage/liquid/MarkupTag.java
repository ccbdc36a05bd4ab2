package dev.homepage.liquid;

import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * A tag of Jekyll or of a Jekyll plugin, whose markup is any text to it ({@code c++ linenos},
 * {@code -f papers --query @*[year=2024]*}) rather than Liquid expressions: {@link LaxSyntax} hands the markup over
 * as one quoted string, and the tag gets it back as written, with the {@code {{ }}} in it rendered, as those
 * plugins render them.
 */
final class MarkupTag {

    private MarkupTag() {
    }

    /** What a tag does with its markup. */
    @FunctionalInterface
    interface TagBody {
        Object render(TemplateContext context, String markup);
    }

    /** What a block does with its markup and its rendered content. */
    @FunctionalInterface
    interface BlockBody {
        Object render(TemplateContext context, String markup, String content);
    }

    /**
     * A tag that cannot do what its markup asks, with the tag's name and markup as written, by which its line is
     * found in the text.
     */
    static final class TagFailure extends RuntimeException {
        private final String tag;
        private final String markup;

        TagFailure(String tag, String markup, String message) {
            super(message, null, false, false);
            this.tag = tag;
            this.markup = markup;
        }

        /** The 1-based line of the first such tag in the text, or 0. */
        int lineIn(String text) {
            Matcher found = Pattern.compile("\\{%-?\\s*" + Pattern.quote(tag) + "\\s+" + Pattern.quote(markup))
                    .matcher(text);
            return found.find() ? 1 + (int) text.substring(0, found.start()).chars().filter(c -> c == '\n').count()
                    : 0;
        }
    }

    static Tag tag(String name, TagBody body) {
        return new Tag(name) {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String written = written(nodes.length == 0 ? null : nodes[0], context);
                try {
                    return body.render(context, rendered(written, context));
                } catch (IllegalArgumentException e) {
                    throw new TagFailure(name, written, e.getMessage());
                }
            }
        };
    }

    static Block block(String name, BlockBody body) {
        return new Block(name) {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String written = written(nodes.length > 1 ? nodes[0] : null, context);
                String content = asString(nodes[nodes.length - 1].render(context), context);
                try {
                    return body.render(context, rendered(written, context), content);
                } catch (IllegalArgumentException e) {
                    throw new TagFailure(name, written, e.getMessage());
                }
            }
        };
    }

    /** The markup as the author wrote it. */
    private static String written(LNode node, TemplateContext context) {
        return node == null ? "" : LaxSyntax.markupOf(String.valueOf(node.render(context))).strip();
    }

    /** The markup with the outputs in it rendered. */
    private static String rendered(String markup, TemplateContext context) {
        if (!LiquidRenderer.hasLiquid(markup)) {
            return markup;
        }
        return context.getParser().parse(markup).renderUnguarded(new HashMap<>(), context, false).strip();
    }
}
