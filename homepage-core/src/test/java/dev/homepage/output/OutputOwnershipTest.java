package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build replaces only an output folder it owns. Each rule puts real files where the output would go, and checks
 * that a refused build leaves every one of them as it was, and writes nothing, not even beside the output.
 */
class OutputOwnershipTest {

    @TempDir
    Path folder;

    private TestSite site(Path output) throws IOException {
        return new TestSite(folder.resolve("site"), output)
                .file("_config.yml", "title: Lab\nexclude: [drafts]\n")
                .file("_pages/about.md", "---\npermalink: /\n---\nHello.\n")
                .file("images/me.png", "png");
    }

    /** Every file under a folder, relative, with its bytes as text; links as where they lead. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> !Files.isDirectory(path)).toList()) {
                contents.put(root.relativize(file).toString(), Files.isSymbolicLink(file)
                        ? "-> " + Files.readSymbolicLink(file) : Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Problem refusal(TestSite site) {
        SiteBuildException error = site.buildFails();
        assertThat(error.problems()).hasSize(1);
        return error.problems().get(0);
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedAndKeepsThem() throws Exception {
        Path output = folder.resolve("thesis");
        write(output.resolve("thesis.tex"), "\\documentclass{book}");
        write(output.resolve(".git/config"), "[core]");
        write(output.resolve("sub/important.doc"), "doc");
        Map<String, String> before = contents(folder);
        TestSite site = site(output);
        Map<String, String> sources = contents(site.source());

        Problem problem = refusal(site);

        assertThat(problem.file()).isEqualTo(output);
        assertThat(problem.message()).isEqualTo("the output folder holds 3 files: .git/config, sub/important.doc,"
                + " thesis.tex, which homepage did not write; the build replaces the folder whole and would delete"
                + " them: choose another outputDirectory (homepage.outputDirectory), such as target/homepage, or"
                + " move these files out of it (a file the site should have belongs in the sources)");
        assertThat(contents(folder)).containsAllEntriesOf(before).hasSize(before.size() + sources.size());
        assertThat(folder.resolve(".thesis.homepage-lock")).doesNotExist();
    }

    @Test
    void aFileAddedToAnEarlierBuildIsNamedAndKept() throws Exception {
        Path output = folder.resolve("out");
        TestSite site = site(output);
        site.build();
        write(output.resolve("CNAME"), "ada.example.org");
        Map<String, String> before = contents(output);

        Problem problem = refusal(site);

        assertThat(problem.message()).startsWith("the output folder holds the file CNAME, which homepage did not"
                + " write;");
        assertThat(contents(output)).isEqualTo(before);
    }

    @Test
    void aSiteFromBeforeTheListIsRecognisedButNotTaken() throws Exception {
        Path output = folder.resolve("out");
        TestSite site = site(output);
        site.build();
        Files.delete(output.resolve(OutputOwnership.MARKER));
        Map<String, String> before = contents(output);

        assertThat(refusal(site).message()).startsWith("the output folder has no list of the files homepage wrote,"
                + " but holds ").contains("assets/homepage/homepage.css").endsWith(": it looks like the site of a"
                + " homepage from before it kept one, but the build replaces the folder whole, so it takes no folder it"
                + " cannot tell is its own: delete this folder once (mvn clean deletes target/)");
        assertThat(contents(output)).isEqualTo(before);
    }

    @Test
    void aMarkerHomepageDidNotWriteDoesNotMakeAFolderItsOwn() throws Exception {
        Path output = folder.resolve("out");
        write(output.resolve(OutputOwnership.MARKER), "notes.txt\n");
        write(output.resolve("notes.txt"), "mine");
        Map<String, String> before = contents(output);

        assertThat(refusal(site(output)).message()).startsWith("the output folder holds 2 files: "
                + OutputOwnership.MARKER + ", notes.txt, which homepage did not write;");
        assertThat(contents(output)).isEqualTo(before);
    }

    @Test
    void anEmptyOrNewFolderAndAnEarlierBuildAreReplaced() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty/with/folders"));
        site(folder.resolve("empty")).build();
        assertThat(folder.resolve("empty/index.html")).isRegularFile();
        assertThat(empty).doesNotExist();

        TestSite site = site(folder.resolve("new/out"));
        site.build();
        Files.delete(site.source().resolve("images/me.png"));
        site.build();

        assertThat(site.output().resolve("images/me.png")).doesNotExist();
        List<String> listed = site.text(OutputOwnership.MARKER).lines().toList();
        assertThat(listed.get(0)).isEqualTo(OutputOwnership.HEADER);
        assertThat(listed.subList(1, listed.size())).isSorted().contains("404.html", "index.html",
                "assets/homepage/homepage.css").doesNotContain("images/me.png");
    }

    @Test
    void aBlankOutputParameterIsRefusedAndTheCurrentFolderKept() throws Exception {
        Path current = Path.of("").toAbsolutePath();
        List<Path> before = topLevel(current);

        Problem problem = refusal(site(Path.of("")));

        assertThat(problem.toString()).isEqualTo("homepage.outputDirectory: no output folder is set, and the"
                + " current folder would be replaced by the site: set outputDirectory (homepage.outputDirectory) to"
                + " a folder of its own, such as target/homepage");
        assertThat(topLevel(current)).isEqualTo(before);
    }

    private static List<Path> topLevel(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aRegularFileIsRefusedAndKept() throws Exception {
        Path output = folder.resolve("site.html");
        write(output, "<p>my own page</p>");

        assertThat(refusal(site(output)).message()).isEqualTo("the output is a file, not a folder, and the build"
                + " would replace it by a folder: choose another outputDirectory (homepage.outputDirectory), such as"
                + " target/homepage");
        assertThat(output).isRegularFile().hasContent("<p>my own page</p>");
    }

    @Test
    void aFolderOfTheSourcesIsRefusedAndItsPagesKept() throws Exception {
        TestSite site = site(folder.resolve("site/_pages"));
        Map<String, String> before = contents(site.source());

        assertThat(refusal(site).message()).startsWith("the output folder lies among the sources the site reads"
                + " (_pages/), whose files the build would delete and read back: choose another outputDirectory");
        assertThat(contents(site.source())).isEqualTo(before);
        assertThat(topLevel(folder)).containsExactly(site.source());
    }

    @Test
    void aFolderOfTheSourcesIsRefusedAlsoThroughALink() throws Exception {
        TestSite site = site(folder.resolve("link/images/out"));
        Files.createSymbolicLink(folder.resolve("link"), site.source());
        Map<String, String> before = contents(site.source());

        assertThat(refusal(site).message()).contains("lies among the sources the site reads (images/)");
        assertThat(contents(site.source())).isEqualTo(before);
    }

    @Test
    void aFolderTheSiteDoesNotReadMayHoldTheOutput() throws Exception {
        for (String output : List.of("target/homepage", "_site", "drafts/out")) {
            TestSite site = site(folder.resolve("site").resolve(output));
            site.build();
            site.build();
            assertThat(site.output().resolve("index.html")).as(output).isRegularFile();
        }
        assertThat(folder.resolve("site/_pages/about.md")).isRegularFile();
    }

    @Test
    void aSecondBuildOnTheSameOutputStopsWhileTheFirstHoldsIt() throws Exception {
        TestSite site = site(folder.resolve("out"));
        site.build();
        Map<String, String> before = contents(site.output());

        try (OutputLock first = OutputLock.acquire(site.output())) {
            assertThat(refusal(site).message()).isEqualTo("another build is writing this output folder now (a"
                    + " homepage:serve, or a build in another terminal or module): wait until it ends or stop it, or"
                    + " give this build another outputDirectory (homepage.outputDirectory)");
        }
        assertThat(contents(site.output())).isEqualTo(before);
        site.build();
    }

    @Test
    void aBuildInAnotherProcessHoldsTheOutputToo() throws Exception {
        TestSite site = site(folder.resolve("out"));
        site.build();
        Map<String, String> before = contents(site.output());
        Path holder = folder.resolve("HoldLock.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;

                class HoldLock {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                                var lock = channel.lock()) {
                            System.out.println("locked");
                            System.in.read();
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, holder.toString(), folder.resolve(".out.homepage-lock").toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(process.getInputStream().readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("locked");

            assertThat(refusal(site).message()).startsWith("another build is writing this output folder now");
            assertThat(contents(site.output())).isEqualTo(before);
        } finally {
            process.getOutputStream().close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        site.build();
    }
}
