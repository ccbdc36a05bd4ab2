import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.SiteGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times builds inside one warm JVM, as the serve goal runs them.
 *
 * <p>Usage: {@code java -cp <homepage-core and its dependencies> bench/InProcess.java MODE SOURCE SCRATCH WARMUPS
 * RUNS}, where MODE is
 * <ul>
 *   <li>{@code full}: full builds, each by a new generator (one remembers its last build) into a fresh output
 *       folder (on this kind of disk, writing over a folder just deleted is much slower);
 *   <li>{@code edit}: after a full build, rebuilds of one generator told that one post was saved with a new
 *       paragraph, as serve rebuilds after a save;
 *   <li>{@code noop}: the same, the post saved unchanged.
 * </ul>
 * A few untimed runs come first. Prints the median, min and max wall time in seconds and the files written.
 */
public class InProcess {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path source = Path.of(args[1]);
        Path scratch = Files.createDirectories(Path.of(args[2]));
        int warmups = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        Path post;
        try (Stream<Path> posts = Files.list(source.resolve("_posts"))) {
            post = posts.sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(post);
        SiteGenerator generator = new SiteGenerator();
        BuildRequest request = new BuildRequest(source, Files.createTempDirectory(scratch, "serve"));
        BuildReport report = mode.equals("full") ? null : generator.generate(request);
        List<Double> seconds = new ArrayList<>();
        try {
            for (int i = 0; i < warmups + runs; i++) {
                long start;
                if (mode.equals("full")) {
                    Path output = Files.createTempDirectory(scratch, "full");
                    start = System.nanoTime();
                    report = new SiteGenerator().generate(new BuildRequest(source, output));
                } else {
                    Files.writeString(post, mode.equals("edit") ? original + "\nEdit number " + i + ".\n" : original);
                    start = System.nanoTime();
                    report = generator.rebuild(request, Set.of(post));
                }
                if (i >= warmups) {
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            Files.writeString(post, original);
        }
        Collections.sort(seconds);
        System.out.printf("median=%.3f min=%.3f max=%.3f pages=%d%n", seconds.get(seconds.size() / 2),
                seconds.get(0), seconds.get(seconds.size() - 1), report.pagesWritten() + report.filesCopied());
    }
}
