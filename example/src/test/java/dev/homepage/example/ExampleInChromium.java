package dev.homepage.example;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Tests that open the example, served at the root, in one headless Chromium for the whole class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExampleInChromium {

    protected StaticSite site;
    protected HeadlessChromium chromium;

    @BeforeAll
    void serveAndStartChromium() throws IOException {
        site = ExampleSite.AT_ROOT.serve();
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    void stop() {
        site.close();
        if (chromium != null) {
            chromium.close();
        }
    }
}
