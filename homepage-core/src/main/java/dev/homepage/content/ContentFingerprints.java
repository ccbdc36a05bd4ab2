package dev.homepage.content;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a load of the content was made from, kept beside the content rather than in it: the caches key on it, the
 * stages that render the content never read it.
 *
 * @param documents the fingerprint of each document (the config, its path and its bytes), by source path
 * @param whole what the whole content was made from, which changes when any document, data file or copied file does
 */
public record ContentFingerprints(Map<Path, String> documents, String whole) {
}
