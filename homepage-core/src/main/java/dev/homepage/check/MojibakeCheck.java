package dev.homepage.check;

import dev.homepage.content.GarbledText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds text garbled by a wrong encoding in the source files, with the messages the build gives. */
final class MojibakeCheck {

    private MojibakeCheck() {
    }

    static List<Finding> check(List<Path> files, SourceLines sources) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            GarbledText.find(sources.lines(file), (line, message) -> findings.add(Finding.warning(file, line, message)));
        }
        return findings;
    }
}
