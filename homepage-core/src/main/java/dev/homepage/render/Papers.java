package dev.homepage.render;

import dev.homepage.publications.Publication;
import java.util.List;

/**
 * The site's publications as templates see them, each view made beside the publication it shows, so that no code
 * has to pair two lists by position.
 *
 * @param all every publication with its view, in the catalog's order
 * @param view what templates see as {@code publications}
 */
record Papers(List<Paper> all, PublicationsView view) {

    /** A publication and the view templates see of it. */
    record Paper(Publication publication, PublicationView view) {
    }
}
