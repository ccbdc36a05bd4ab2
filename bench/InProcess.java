import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.SiteGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times full builds inside one warm JVM, as the serve goal runs them: a few untimed builds first, then timed ones,
 * each into a fresh output folder (on this kind of disk, writing over a folder just deleted is much slower).
 *
 * <p>Usage: {@code java -cp <homepage-core and its dependencies> bench/InProcess.java SOURCE SCRATCH WARMUPS RUNS}.
 * Prints the median, min and max wall time in seconds and the pages written.
 */
public class InProcess {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]));
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        BuildReport report = null;
        // A new generator each time: one remembers its last build and would only redo what changed.
        for (int i = 0; i < warmups; i++) {
            report = new SiteGenerator().generate(new BuildRequest(source, Files.createTempDirectory(scratch, "warm")));
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path output = Files.createTempDirectory(scratch, "run");
            long start = System.nanoTime();
            report = new SiteGenerator().generate(new BuildRequest(source, output));
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(seconds);
        System.out.printf("median=%.3f min=%.3f max=%.3f pages=%d%n", seconds.get(seconds.size() / 2),
                seconds.get(0), seconds.get(seconds.size() - 1), report.pagesWritten());
    }
}
