package dev.homepage.body;

import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;

/**
 * The bodies earlier builds rendered, which the renderer takes instead of rendering a body again; what a body is
 * made from, and so when it may be taken, is theirs to know, not the renderer's.
 */
public interface EarlierBodies {

    /** None: every body is rendered. */
    EarlierBodies NONE = new EarlierBodies() {
        @Override
        public RenderedDocument find(Document document) {
            return null;
        }

        @Override
        public void keep(RenderedDocument body) {
        }
    };

    /** The document's body as rendered from what this build's is rendered from, or null if it must be rendered. */
    RenderedDocument find(Document document);

    /** Keeps a body this build rendered. */
    void keep(RenderedDocument body);
}
