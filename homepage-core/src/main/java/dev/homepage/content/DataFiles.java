package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.config.SafeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the data files of {@code _data/}, {@code site.data} in Liquid: by folder, then by file name without extension. */
final class DataFiles {

    private DataFiles() {
    }

    static Map<String, Object> load(Path sourceDirectory, List<Path> dataFiles, Problems problems) {
        Map<String, Object> data = new TreeMap<>();
        for (Path file : dataFiles) {
            Optional<String> text = readUtf8(sourceDirectory, file, problems);
            if (text.isEmpty()) {
                continue;
            }
            Object value;
            try {
                value = SafeYaml.load(text.get(),
                        duplicate -> problems.warn(file, duplicate.line(), DocumentReader.duplicateKey(duplicate)));
            } catch (SourceError e) {
                problems.error(file, e.line(), "the data file is not valid YAML: " + e.getMessage());
                continue;
            }
            Map<String, Object> folder = data;
            Path inside = file.subpath(1, file.getNameCount());
            for (int i = 0; i < inside.getNameCount() - 1; i++) {
                folder = subfolder(folder, inside.getName(i).toString());
            }
            String fileName = inside.getFileName().toString();
            folder.put(fileName.substring(0, fileName.lastIndexOf('.')), value);
        }
        return data;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subfolder(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.computeIfAbsent(name, key -> new TreeMap<String, Object>());
    }

    private static Optional<String> readUtf8(Path sourceDirectory, Path file, Problems problems) {
        try {
            return ContentLoader.decodeUtf8(file, Files.readAllBytes(sourceDirectory.resolve(file)), problems);
        } catch (IOException e) {
            problems.error(file, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

}
