package dev.homepage.serve;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.SiteBuildException;
import dev.homepage.SiteGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Builds the site a session serves. The session tells it which source files changed, so that a builder which
 * knows what depends on what can redo only that.
 */
@FunctionalInterface
interface SiteBuilder {

    BuildReport build() throws SiteBuildException, IOException;

    /**
     * Brings the output up to date after a change.
     *
     * @param changed the absolute paths of the source files and folders that changed; a folder stands for
     *     everything under it
     */
    default BuildReport rebuild(Set<Path> changed) throws SiteBuildException, IOException {
        return build();
    }

    /**
     * A builder that generates the site with one generator for the whole session, which redoes only what the
     * changes touched.
     */
    static SiteBuilder incremental(BuildRequest request) {
        SiteGenerator generator = new SiteGenerator();
        return new SiteBuilder() {
            @Override
            public BuildReport build() throws SiteBuildException, IOException {
                return generator.generate(request);
            }

            @Override
            public BuildReport rebuild(Set<Path> changed) throws SiteBuildException, IOException {
                return generator.rebuild(request, changed);
            }
        };
    }
}
