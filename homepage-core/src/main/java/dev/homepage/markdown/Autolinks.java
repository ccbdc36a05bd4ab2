package dev.homepage.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolinks (a bare URL, {@code www.} address or e-mail address in a text becomes a link), as its
 * autolink extension makes them, asked only of the texts that may hold one. flexmark unescapes every text of a
 * document and searches it twice (a link finder, then a regular expression at each word); a link needs a ':', an
 * '@' or "www", which an entity ('&amp;...;') may also stand for, and a text with none of them is left as it is.
 */
final class Autolinks implements Parser.ParserExtension {

    private Autolinks() {
    }

    static Autolinks create() {
        return new Autolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's extension sets none either.
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new Factory());
    }

    /** Whether a text may hold a link: it has a ':', an '@', an entity's '&' or "www" in any case. */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&'
                    || isW(c) && i + 2 < text.length() && isW(text.charAt(i + 1)) && isW(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /** Made for each document, as flexmark's is; over every text node, as flexmark's is. */
    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new WhereLinksMayBe(new AutolinkNodePostProcessor(document));
        }
    }

    private static final class WhereLinksMayBe extends NodePostProcessor {
        private final AutolinkNodePostProcessor autolinks;

        WhereLinksMayBe(AutolinkNodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            // flexmark joins a text with the typographic text or entity right after it before it looks for links.
            Node next = node.getNext();
            if (next instanceof TypographicText || next instanceof HtmlEntity || mayHoldLink(node.getChars())) {
                autolinks.process(state, node);
            }
        }
    }
}
