package dev.homepage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildRequest;
import dev.homepage.SiteGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A paginated index (jekyll-paginate's {@code paginate:}) rebuilt after its posts or the pagination settings change
 * gives, file for file and byte for byte, what a new build of the changed site gives: its later pages
 * ({@code /page2/}, {@code /page3/}...) follow the posts, whether the loop over {@code paginator.posts} is in the
 * index's body, in the site's layout the index names, or nowhere (the theme's home layout draws an index whose body
 * has no Liquid), and whether the same generator builds again (as serve does)
 * or a new one with the cache folder of the last (as each run of {@code mvn homepage:generate} does).
 */
class PaginatedRebuildTest {

    private static final String CONFIG = "title: Lab\nplugins: [jekyll-paginate]\npaginate: 2\n"
            + "paginate_path: /page:num/\n";
    private static final String LOOP = "<ul class=\"posts\">{% for post in paginator.posts %}<li>{{ post.title }}</li>"
            + "{% endfor %}</ul>\n<p class=\"where\">{{ paginator.page }}/{{ paginator.total_pages }}</p>\n";

    @TempDir
    Path folder;

    /** Where the loop over the paginator's posts is. */
    @FunctionalInterface
    interface Shape {
        void write(Path source) throws IOException;
    }

    static Stream<Named<Shape>> shapes() {
        return Stream.of(
                Named.of("the loop in the site's layout, the index only front matter", source -> {
                    write(source, "_layouts/blog.html", "---\nlayout: default\n---\n" + LOOP + "{{ content }}\n");
                    write(source, "index.html", "---\nlayout: blog\ntitle: Home\n---\n");
                }),
                Named.of("the loop in the index's body", source -> write(source, "index.html",
                        "---\ntitle: Home\n---\n" + LOOP)),
                // Jekyll's home layout is the theme's here: the index's body has no Liquid, yet it is paginated.
                Named.of("the index without Liquid in the theme's home layout, beside a page with Liquid", source -> {
                    write(source, "index.html", "---\nlayout: home\ntitle: Home\n---\nWelcome.\n");
                    write(source, "_pages/about.md", "---\ntitle: About\npermalink: /about/\n---\n"
                            + "This is {{ site.title }}.\n");
                }),
                Named.of("the index without Liquid in the theme's home layout, the only page", source -> write(source,
                        "index.html", "---\nlayout: home\ntitle: Home\n---\nWelcome.\n")));
    }

    /** A change to the site; returns the files it changed, added or deleted. */
    @FunctionalInterface
    interface Change {
        List<String> apply(Path source) throws IOException;
    }

    static Stream<Named<Change>> changes() {
        return Stream.of(
                Named.of("two posts added", source -> List.of(post(source, 4), post(source, 5))),
                Named.of("a post deleted", source -> {
                    Files.delete(source.resolve(postFile(3)));
                    return List.of(postFile(3));
                }),
                Named.of("paginate changed", source -> {
                    write(source, "_config.yml", CONFIG.replace("paginate: 2", "paginate: 1"));
                    return List.of("_config.yml");
                }));
    }

    /** How the build after the change is made. */
    @FunctionalInterface
    interface SecondBuild {
        void run(SiteGenerator first, BuildRequest request, Set<Path> changed) throws Exception;
    }

    static Stream<Named<SecondBuild>> secondBuilds() {
        return Stream.of(
                Named.of("by the same generator", (generator, request, changed) -> generator.generate(request)),
                Named.of("by the same generator told which files changed",
                        (generator, request, changed) -> generator.rebuild(request, changed)),
                Named.of("by a new generator with the cache of the last",
                        (generator, request, changed) -> new SiteGenerator().generate(request)));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        shapes().forEach(shape -> changes().forEach(change -> secondBuilds().forEach(
                second -> cases.add(Arguments.of(shape, change, second)))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, rebuilt {2}")
    @MethodSource("cases")
    void aRebuildOfAPaginatedIndexGivesWhatAFullBuildGives(Shape shape, Change change, SecondBuild second)
            throws Exception {
        Path source = folder.resolve("site");
        write(source, "_config.yml", CONFIG);
        shape.write(source);
        for (int day = 1; day <= 3; day++) {
            post(source, day);
        }
        // As files untouched since the last build are: older than it, so that a rebuild may trust size and time.
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        BuildRequest request = new BuildRequest(source, folder.resolve("rebuilt")).withCache(folder.resolve("cache"));
        SiteGenerator generator = new SiteGenerator();
        generator.generate(request);
        assertThat(folder.resolve("rebuilt/page2/index.html")).exists();

        Set<Path> changed = new java.util.TreeSet<>();
        change.apply(source).forEach(file -> changed.add(source.resolve(file)));
        second.run(generator, request, changed);

        new SiteGenerator().generate(new BuildRequest(source, folder.resolve("fresh")));
        Map<String, String> fresh = files(folder.resolve("fresh"));
        assertThat(files(folder.resolve("rebuilt"))).containsExactlyEntriesOf(fresh);
    }

    private static String postFile(int day) {
        return "_posts/2024-01-0" + day + "-post-" + day + ".md";
    }

    private static String post(Path source, int day) throws IOException {
        write(source, postFile(day), "---\ntitle: Post " + day + "\n---\nText " + day + ".\n");
        return postFile(day);
    }

    private static void write(Path source, String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every file under a folder, by relative path, with its bytes; the build cache is not under it. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
