package dev.homepage.example;

import java.io.IOException;
import java.nio.file.Path;

/** The two builds of the example the pom makes at {@code package}: for the root of a host, and for a sub-path. */
enum ExampleSite {

    AT_ROOT("homepage.site", ""),
    UNDER_SUB_PATH("homepage.subPathSite", "/homepage-sub");

    private final String folderProperty;
    private final String basePath;

    ExampleSite(String folderProperty, String basePath) {
        this.folderProperty = folderProperty;
        this.basePath = basePath;
    }

    StaticSite serve() throws IOException {
        return StaticSite.serve(folder(), basePath);
    }

    /** The folder the build was generated into. */
    Path folder() {
        String folder = System.getProperty(folderProperty);
        if (folder == null) {
            throw new IllegalStateException("System property " + folderProperty + " is not set: run the browser"
                    + " tests through Maven (`./mvnw verify`), whose failsafe configuration sets it");
        }
        return Path.of(folder);
    }
}
