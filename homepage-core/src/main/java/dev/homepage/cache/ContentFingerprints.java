package dev.homepage.cache;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a load of the content was made from, kept beside the content rather than in it: the caches key on it, the
 * stages that render the content never read it.
 *
 * @param config what the config was made from, which is in the fingerprint of every document
 * @param documents the fingerprint of each document (the config, its path and its bytes), by source path
 * @param data what the data files were made from
 * @param whole what the whole content was made from, which changes when any document, data file or copied file does
 */
public record ContentFingerprints(String config, Map<Path, String> documents, String data, String whole) {

    /** What no content is made from: before the first load. */
    public static final ContentFingerprints NONE = new ContentFingerprints("", Map.of(), "", "");
}
