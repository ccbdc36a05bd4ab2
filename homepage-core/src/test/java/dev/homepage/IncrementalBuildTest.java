package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.config.SourceNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A generator that builds again redoes only what changed: after each kind of change to the example site, its
 * rebuild must give, byte for byte and file for file, what a new generator gives from scratch.
 */
class IncrementalBuildTest {

    @TempDir
    Path folder;

    /** A change to a copy of the example site. */
    @FunctionalInterface
    interface Change {
        void apply(Path source) throws IOException;
    }

    static Stream<Named<Change>> changes() {
        return Stream.of(
                Named.of("a page's text", source -> replace(source, "_pages/about.md", "Hello!", "Hi there!")),
                Named.of("a post's text", source -> append(source,
                        "_posts/2024-10-03-notes-from-a-field-season.md", "\nOne more paragraph.\n")),
                Named.of("an item's title, shown in listings and on the home page", source -> replace(source,
                        "_news/2025-02-20-calibrated-imputation-preprint.md", "title:", "title: Renamed -")),
                Named.of("a talk's title, shown in the talks listing and the CV", source -> replace(source,
                        "_talks/2025-03-18-talk-on-forecasting-with-gaps.md", "title: \"", "title: \"Renamed ")),
                Named.of("a post's title, in the search index, the posts listing and the feed", source -> replace(
                        source, "_posts/2024-10-03-notes-from-a-field-season.md", "title: \"Notes",
                        "title: \"Renamed notes")),
                Named.of("a post's date, which puts it first in the listing and the search index", source -> replace(
                        source, "_posts/2024-10-03-notes-from-a-field-season.md", "date: 2024-10-03",
                        "date: 2025-02-01")),
                Named.of("a post's tags", source -> replace(source, "_posts/2024-10-03-notes-from-a-field-season.md",
                        "  - sensors", "  - instruments")),
                Named.of("a post's redirect_from, a page of its own", source -> replace(source,
                        "_posts/2024-10-03-notes-from-a-field-season.md", "tags:",
                        "redirect_from:\n  - /field-notes/\ntags:")),
                Named.of("a post's permalink, now the home page's, which then gets no page", source -> replace(
                        source, "_posts/2024-10-03-notes-from-a-field-season.md",
                        "permalink: /posts/2024/10/notes-from-a-field-season/", "permalink: /")),
                Named.of("a new post", source -> Files.writeString(source.resolve("_posts/2025-06-01-new.md"),
                        "---\ntitle: A new post\n---\n\nNews from the field.\n")),
                Named.of("a deleted talk", source -> Files.delete(
                        source.resolve("_talks/2020-07-01-talk-on-gaussian-processes-for-field-scientists.md"))),
                Named.of("a renamed post", source -> Files.move(
                        source.resolve("_posts/2024-10-03-notes-from-a-field-season.md"),
                        source.resolve("_posts/2024-10-04-field-notes.md"))),
                Named.of("a publication's category, which a Liquid count on the home page reads", source -> replace(
                        source, "_publications/2024-11-04-tiny-forecasters.md", "category: conferences",
                        "category: manuscripts")),
                Named.of("the bibliography", source -> replace(source, "_bibliography/papers.bib",
                        "Gap-Aware Neural", "Gap-Conscious Neural")),
                Named.of("the citation counts", source -> append(source, "_data/citations.yml", "\n# counted\n")),
                Named.of("the navigation", source -> replace(source, "_data/navigation.yml",
                        "title: \"Teaching\"", "title: \"Courses\"")),
                Named.of("the config", source -> replace(source, "_config.yml", "pronouns: \"she/her\"",
                        "pronouns: \"they/them\"")),
                Named.of("the site's address, in every absolute link", source -> replace(source, "_config.yml",
                        "url: \"https://thalvorsen.github.io\"", "url: \"https://tessa.example.org\"")),
                Named.of("a new site template", source -> Files.writeString(
                        Files.createDirectories(source.resolve(SourceNames.TEMPLATES_FOLDER)).resolve("item.ftlh"),
                        "<!doctype html><title>${page.title}</title>${page.content}\n")),
                Named.of("a new include", source -> {
                    Files.writeString(Files.createDirectories(source.resolve("_includes")).resolve("note.html"),
                            "<p class=\"note\">Included.</p>\n");
                    append(source, "_pages/about.md", "\n{% include note.html %}\n");
                }),
                Named.of("a file a page includes by relative path", source -> Files.writeString(
                        source.resolve("_pages/parts/note.txt"), "Revised *note*.\n")),
                Named.of("a changed image", source -> Files.writeString(source.resolve("images/favicon.svg"),
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")),
                Named.of("a deleted image", source -> Files.delete(source.resolve("images/paper-gap-ode.svg"))),
                Named.of("a new file to copy", source -> Files.writeString(
                        Files.createDirectories(source.resolve("files/slides")).resolve("talk.txt"), "Slides\n")),
                Named.of("nothing", source -> {
                }));
    }

    /** How the build after the change is made, by the generator of the first build or another. */
    @FunctionalInterface
    interface SecondBuild {
        void run(SiteGenerator first, BuildRequest request, Set<Path> changed) throws Exception;
    }

    @ParameterizedTest
    @MethodSource("changes")
    void aRebuildAfterAChangeGivesWhatAFullBuildGives(Change change) throws Exception {
        assertTheSecondBuildGivesWhatAFullBuildGives(change, Optional.empty(),
                (generator, request, changed) -> generator.generate(request));
    }

    /** As serve rebuilds: told by the file system which files changed, it looks at no other. */
    @ParameterizedTest
    @MethodSource("changes")
    void aRebuildToldWhichFilesChangedGivesWhatAFullBuildGives(Change change) throws Exception {
        assertTheSecondBuildGivesWhatAFullBuildGives(change, Optional.empty(),
                (generator, request, changed) -> generator.rebuild(request, changed));
    }

    /** As two runs of {@code mvn homepage:generate}: the second has only the cache the first one saved. */
    @ParameterizedTest
    @MethodSource("changes")
    void aNewRunWithTheCacheOfTheLastGivesWhatAFullBuildGives(Change change) throws Exception {
        Path cache = folder.resolve("cache");
        assertTheSecondBuildGivesWhatAFullBuildGives(change, Optional.of(cache), (generator, request, changed) -> {
            assertThat(cache.resolve("bodies.bin")).isNotEmptyFile();
            new SiteGenerator().generate(request);
        });
    }

    private void assertTheSecondBuildGivesWhatAFullBuildGives(Change change, Optional<Path> cache,
            SecondBuild second) throws Exception {
        Built built = builtCopyOfExample(cache);
        Map<String, String> before = files(built.source());
        change.apply(built.source());
        second.run(built.generator(), built.request(), changedFiles(built.source(), before));

        new SiteGenerator().generate(new BuildRequest(built.source(), folder.resolve("fresh")));
        assertSameFiles(folder.resolve("rebuilt"), folder.resolve("fresh"));
    }

    /** What a file system watcher reports: the files whose content changed, the new ones and the deleted ones. */
    private static Set<Path> changedFiles(Path source, Map<String, String> before) throws IOException {
        Map<String, String> after = files(source);
        Set<Path> changed = new TreeSet<>();
        before.keySet().stream().filter(file -> !before.get(file).equals(after.get(file))).map(Path::of)
                .forEach(changed::add);
        after.keySet().stream().filter(file -> !before.containsKey(file)).map(source::resolve)
                .forEach(changed::add);
        return changed;
    }

    @Test
    void aRebuildToldOfNoChangeDoesNotLookAtTheFiles() throws Exception {
        Built built = builtCopyOfExample(Optional.empty());
        Map<String, String> first = files(folder.resolve("rebuilt"));

        // A change the file system did not report (it always does) is not seen; the one it reports is.
        replace(built.source(), "_pages/about.md", "Hello!", "Unreported!");
        String teaching = "_teaching/2023-spring-reproducible-field-data-pipelines.md";
        replace(built.source(), teaching, "title: \"", "title: \"Reported ");
        built.generator().rebuild(built.request(), Set.of(Path.of(teaching)));

        Map<String, String> rebuilt = files(folder.resolve("rebuilt"));
        assertThat(rebuilt.get("index.html")).isEqualTo(first.get("index.html"));
        assertThat(rebuilt.get("teaching/2023-spring-reproducible-field-data-pipelines/index.html"))
                .contains("Reported ");
    }

    @Test
    void aRebuildToldOfAChangedFolderLooksAtEverythingUnderIt() throws Exception {
        Built built = builtCopyOfExample(Optional.empty());
        Path folderOfPosts = Files.createDirectories(built.source().resolve("_posts/2025"));
        Files.writeString(folderOfPosts.resolve("2025-07-01-moved-in.md"), "---\ntitle: Moved in\n---\n\nHello.\n");
        replace(built.source(), "_pages/about.md", "Hello!", "Hello again!");

        built.generator().rebuild(built.request(), Set.of(folderOfPosts, built.source()));

        new SiteGenerator().generate(new BuildRequest(built.source(), folder.resolve("fresh")));
        assertSameFiles(folder.resolve("rebuilt"), folder.resolve("fresh"));
        assertThat(files(folder.resolve("rebuilt"))).containsKey("moved-in/index.html");
    }

    @Test
    void aBrokenChangeFailsTheRebuildAndItsFixRebuildsAsAFullBuildWould() throws Exception {
        Built built = builtCopyOfExample(Optional.empty());
        Map<String, String> before = files(folder.resolve("rebuilt"));

        Path post = built.source().resolve("_posts/2025-01-15-irregular-sampling-is-not-missing-data.md");
        String good = Files.readString(post);
        Files.writeString(post, good.replaceFirst("title:", "title: [unclosed"));
        assertThat(catchThrowableOfType(SiteBuildException.class,
                () -> built.generator().generate(built.request()))).isNotNull();
        assertThat(files(folder.resolve("rebuilt"))).isEqualTo(before);

        Files.writeString(post, good.replaceFirst("title:", "title: Fixed -"));
        built.generator().generate(built.request());
        new SiteGenerator().generate(new BuildRequest(built.source(), folder.resolve("fresh")));
        assertSameFiles(folder.resolve("rebuilt"), folder.resolve("fresh"));
    }

    @Test
    void aRebuildWritesOnlyTheFilesThatChanged() throws Exception {
        Built built = builtCopyOfExample(Optional.empty());
        Path output = built.request().outputDirectory();
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        for (String file : modificationTimes(output).keySet()) {
            Files.setLastModifiedTime(output.resolve(file), hourAgo);
        }
        Map<String, FileTime> before = modificationTimes(output);

        append(built.source(), "_teaching/2023-spring-reproducible-field-data-pipelines.md", "\nA new paragraph.\n");
        built.generator().generate(built.request());

        // The search index holds the start of the course's text, which the new paragraph is part of.
        assertThat(modificationTimes(output).entrySet().stream()
                .filter(file -> !file.getValue().equals(before.get(file.getKey()))).map(Map.Entry::getKey).sorted())
                .containsExactly("search/index.json", "teaching/2023-spring-reproducible-field-data-pipelines/index.html");
    }

    /** A copy of the example, built once into "rebuilt" by a generator that builds it again. */
    private record Built(Path source, SiteGenerator generator, BuildRequest request) {
    }

    private Built builtCopyOfExample(Optional<Path> cache) throws Exception {
        Path source = copyOfExample();
        BuildRequest plain = new BuildRequest(source, folder.resolve("rebuilt"));
        BuildRequest request = cache.map(plain::withCache).orElse(plain);
        SiteGenerator generator = new SiteGenerator();
        generator.generate(request);
        return new Built(source, generator, request);
    }

    /**
     * The example site without its build files, and a page that includes a file by relative path (which may
     * read any file, so its body is rendered every build). Every file is dated an hour ago: as files not
     * touched since the last build are, so that a rebuild may trust their size and time.
     */
    private Path copyOfExample() throws IOException {
        Path example = ExampleSiteTest.exampleFolder();
        Path copy = folder.resolve("site");
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = example.relativize(file);
                String top = relative.getName(0).toString();
                if (top.equals("src") || top.equals("target") || top.equals("pom.xml")) {
                    continue;
                }
                Path target = copy.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                Files.setLastModifiedTime(target, hourAgo);
            }
        }
        Files.writeString(Files.createDirectories(copy.resolve("_pages/parts")).resolve("note.txt"), "A *note*.\n");
        Files.writeString(copy.resolve("_pages/colophon.md"),
                "---\ntitle: Colophon\n---\n\n{% include_relative parts/note.txt %}\n");
        for (String file : List.of("_pages/parts/note.txt", "_pages/colophon.md")) {
            Files.setLastModifiedTime(copy.resolve(file), hourAgo);
        }
        return copy;
    }

    private static void replace(Path source, String file, String text, String replacement) throws IOException {
        String before = Files.readString(source.resolve(file));
        assertThat(before).as(file).contains(text);
        Files.writeString(source.resolve(file), before.replaceFirst(java.util.regex.Pattern.quote(text),
                replacement), StandardCharsets.UTF_8);
    }

    private static void append(Path source, String file, String text) throws IOException {
        Files.writeString(source.resolve(file), Files.readString(source.resolve(file)) + text);
    }

    private static void assertSameFiles(Path rebuilt, Path fresh) throws IOException {
        Map<String, String> expected = files(fresh);
        assertThat(expected).isNotEmpty();
        assertThat(files(rebuilt)).containsExactlyEntriesOf(expected);
    }

    /** Every file and folder under a folder, by relative path: a file's content, or "folder". */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(path -> !path.equals(root)).toList()) {
                files.put(root.relativize(path).toString(), Files.isDirectory(path) ? "folder"
                        : new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
