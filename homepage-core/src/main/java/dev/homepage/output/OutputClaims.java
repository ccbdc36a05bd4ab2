package dev.homepage.output;

import dev.homepage.Problems;
import dev.homepage.cache.Memo;
import dev.homepage.content.Permalinks;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which source writes which file of the output folder, and what is wrong with that: a URL that cannot be a file,
 * two sources writing one file, two files that are one on macOS and Windows, a file in the place of the marker.
 * It is a function of the URLs and sources a write is asked for alone (the output folder is the writer's), so a
 * rebuild asked for the same files as the last one, as after a save that changes a text, takes the last one's
 * claims rather than claiming and checking every file of the site again.
 */
final class OutputClaims {

    /** A page asked for: its URL, and the source named when something is wrong with it. */
    private record AskedPage(String url, Path source) {
    }

    /** What a write is asked for, in order: the order decides which of two sources writing one file wins. */
    private record Asked(List<AskedPage> pages, List<Path> staticFiles, List<String> themeFiles) {
    }

    /**
     * The claims of a write.
     *
     * @param pageTargets the file of each page asked for, in order; null for one that writes none (its URL names
     *     no file of the output folder, or an earlier source claimed the file)
     * @param staticTargets the same, for each copied file
     * @param themeTargets the same, for each of the theme's files
     * @param sources every file claimed, relative to the output folder, and its source
     * @param problems what is wrong with the claims
     */
    record Claimed(List<Path> pageTargets, List<Path> staticTargets, List<Path> themeTargets,
            Map<Path, Path> sources, Problems problems) {
    }

    private final Path outputDirectory;
    private final Function<String, Optional<Path>> fileFor;
    private final Memo<Asked, Claimed> claims = new Memo<>();
    /** Each output file's path as macOS and Windows compare names: a write that claims again has most of them. */
    private final Map<Path, String> foldedNames = new ConcurrentHashMap<>();

    /**
     * @param outputDirectory the output folder, absolute and normal
     * @param fileFor the file a URL is written to, or none when it names none the output folder may hold
     */
    OutputClaims(Path outputDirectory, Function<String, Optional<Path>> fileFor) {
        this.outputDirectory = outputDirectory;
        this.fileFor = fileFor;
    }

    /** The claims of the files asked for: the last write's when it was asked for the same, in the same order. */
    Claimed claim(List<OutputPage> pages, List<Path> staticFiles, List<String> themeFiles) {
        List<AskedPage> askedPages = new ArrayList<>(pages.size());
        pages.forEach(page -> askedPages.add(new AskedPage(page.url(), page.source())));
        Asked asked = new Asked(askedPages, List.copyOf(staticFiles), List.copyOf(themeFiles));
        claims.nextBuild();
        return claims.get(asked, () -> claimNow(asked));
    }

    private Claimed claimNow(Asked asked) {
        Problems problems = new Problems();
        Map<Path, Path> claims = new HashMap<>();
        List<Path> pageTargets = new ArrayList<>(asked.pages().size());
        for (AskedPage page : asked.pages()) {
            Optional<Path> target = fileFor.apply(page.url());
            if (target.isEmpty()) {
                String why = Permalinks.unwritable(page.url())
                        .orElse("points outside the output folder: use a path such as /talks/my-talk/");
                problems.error(page.source(), 0, "the permalink '" + Permalinks.printable(page.url()) + "' " + why);
            }
            pageTargets.add(target.filter(file -> claim(claims, file, page.source(), problems)).orElse(null));
        }
        List<Path> staticTargets = new ArrayList<>(asked.staticFiles().size());
        for (Path file : asked.staticFiles()) {
            Path target = outputDirectory.resolve(file.toString()).normalize();
            staticTargets.add(claim(claims, target, file, problems) ? target : null);
        }
        List<Path> themeTargets = new ArrayList<>(asked.themeFiles().size());
        for (String asset : asked.themeFiles()) {
            Path target = outputDirectory.resolve(ThemeAssets.OUTPUT_FOLDER).resolve(asset).normalize();
            themeTargets.add(claim(claims, target, Path.of("theme asset " + asset), problems) ? target : null);
        }
        warnOfNamesOneFileOnSomeSystems(claims, problems);
        Path marker = outputDirectory.resolve(OutputOwnership.MARKER);
        if (claims.containsKey(marker)) {
            problems.error(claims.get(marker), 0, "writes " + OutputOwnership.MARKER + ", the file in which homepage"
                    + " lists what it wrote: give it another name");
        }
        Map<Path, Path> sources = new HashMap<>();
        claims.forEach((target, source) -> sources.put(outputDirectory.relativize(target), source));
        return new Claimed(Collections.unmodifiableList(pageTargets),
                Collections.unmodifiableList(staticTargets),
                Collections.unmodifiableList(themeTargets), Map.copyOf(sources), problems);
    }

    private boolean claim(Map<Path, Path> claims, Path target, Path source, Problems problems) {
        Path earlier = claims.putIfAbsent(target, source);
        if (earlier != null) {
            problems.error(source, 0, "writes " + outputDirectory.relativize(target) + ", which " + earlier
                    + " writes too: give one of them another permalink");
            return false;
        }
        return true;
    }

    /** A file whose name is another's on macOS and Windows, and the first of them in path order. */
    private record Clash(Path target, Path first) {
    }

    /**
     * Two files whose paths differ only in case ({@code Case/} and {@code case/}) or in how an accent is encoded
     * (é as one character or two) are two files on Linux, and one on macOS and Windows, where one would replace
     * the other: a warning names both sources.
     */
    private void warnOfNamesOneFileOnSomeSystems(Map<Path, Path> claims, Problems problems) {
        // Grouped by folded name first, and only the groups of two or more sorted: a site has few such names,
        // and sorting every path of a large site on each rebuild cost more than the rest of this check.
        Map<String, List<Path>> byFoldedName = new HashMap<>();
        claims.keySet().forEach(target -> byFoldedName.computeIfAbsent(foldedNames.computeIfAbsent(target,
                path -> Normalizer.normalize(path.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)),
                name -> new ArrayList<>(1)).add(target));
        List<Clash> clashes = new ArrayList<>();
        for (List<Path> targets : byFoldedName.values()) {
            if (targets.size() > 1) {
                targets.sort(Comparator.naturalOrder());
                targets.subList(1, targets.size()).forEach(target -> clashes.add(new Clash(target, targets.get(0))));
            }
        }
        clashes.sort(Comparator.comparing(Clash::target));
        for (Clash clash : clashes) {
            Path target = clash.target();
            Path first = clash.first();
            problems.warn(claims.get(target), 0, "writes " + outputDirectory.relativize(target) + ", and "
                    + claims.get(first) + " writes " + outputDirectory.relativize(first) + ": the two differ only"
                    + " in upper and lower case or in how an accent is encoded, so on macOS and Windows, where they"
                    + " are one file, one replaces the other: give one of them another permalink");
        }
    }
}
