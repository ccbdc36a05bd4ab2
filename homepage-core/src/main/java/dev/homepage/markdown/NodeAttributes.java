package dev.homepage.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes kramdown would give to blocks: those of attribute list markers, and heading ids. They are
 * worked out once per document after parsing, and handed to the HTML renderer through the document.
 */
final class NodeAttributes {

    private static final NullableDataKey<Map<Node, BlockAttributes>> ATTRIBUTES =
            new NullableDataKey<>("homepage.node.attributes");

    /** A marker as KramdownSyntax writes it; a comment the author wrote that merely starts like one is left alone. */
    private static final Pattern MARKER =
            Pattern.compile("<!--" + Pattern.quote(KramdownSyntax.ATTRIBUTES_MARKER) + "(prev|next):(.*)-->");

    private NodeAttributes() {
    }

    /** Moves the attribute markers' attributes onto their blocks, removes the markers, and assigns heading ids. */
    static void resolve(Document document) {
        Map<Node, BlockAttributes> attributes = new IdentityHashMap<>();
        List<HtmlCommentBlock> markers = new ArrayList<>();
        collectMarkers(document, markers);
        for (HtmlCommentBlock marker : markers) {
            Matcher parts = MARKER.matcher(marker.getChars().toString().strip());
            parts.matches();
            Node target = parts.group(1).equals("prev") ? marker.getPrevious() : marker.getNext();
            if (target != null) {
                attributes.merge(target, BlockAttributes.parse(parts.group(2)), BlockAttributes::merge);
            }
            marker.unlink();
        }
        HeadingIds ids = new HeadingIds();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                BlockAttributes given = attributes.get(heading);
                if (given == null || given.id() == null) {
                    BlockAttributes generated = new BlockAttributes(ids.next(heading.getText().toString()),
                            List.of(), Map.of());
                    attributes.merge(heading, generated, (existing, id) -> id.merge(existing));
                }
            }
        }
        document.set(ATTRIBUTES, attributes);
    }

    private static void collectMarkers(Node parent, List<HtmlCommentBlock> markers) {
        for (Node node : parent.getChildren()) {
            if (node instanceof HtmlCommentBlock comment && MARKER.matcher(comment.getChars().toString().strip()).matches()) {
                markers.add(comment);
            } else {
                collectMarkers(node, markers);
            }
        }
    }

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                Map<Node, BlockAttributes> attributes = ATTRIBUTES.get(context.getDocument());
                return (node, part, html) -> {
                    if (part == AttributablePart.NODE && attributes != null && attributes.containsKey(node)) {
                        applyTo(attributes.get(node), html);
                    }
                };
            }
        };
    }

    private static void applyTo(BlockAttributes attributes, MutableAttributes html) {
        if (attributes.id() != null) {
            html.replaceValue("id", attributes.id());
        }
        for (String cssClass : attributes.classes()) {
            html.addValue("class", cssClass);
        }
        attributes.others().forEach(html::replaceValue);
    }
}
