import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * What writing a site costs on this disk, with no build around it: the files of a site already built, held in
 * memory, written into a new folder as the writer stages them (each file's folder made, then the file), on one or
 * more threads. The writer's phase of a build cannot take less.
 *
 * <p>Usage: {@code java bench/WriteFloor.java SITE SCRATCH THREADS ROUNDS}, where SITE is a built output folder,
 * THREADS a comma-separated list of thread counts (as {@code 1,2,8}) and ROUNDS how many times to write with each.
 * Prints the files, their size and the wall time of each write.
 */
public class WriteFloor {

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]));
        int rounds = Integer.parseInt(args[3]);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(site)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : paths) {
            files.put(site.relativize(path).toString(), Files.readAllBytes(path));
        }
        long bytes = files.values().stream().mapToLong(content -> content.length).sum();
        System.out.printf("%d files, %d MB%n", files.size(), bytes >> 20);
        for (int round = 1; round <= rounds; round++) {
            for (String threads : args[2].split(",")) {
                Path output = Files.createTempDirectory(scratch, "write");
                ForkJoinPool pool = new ForkJoinPool(Integer.parseInt(threads));
                long start = System.nanoTime();
                pool.submit(() -> files.entrySet().parallelStream().forEach(file -> write(output, file))).get();
                long millis = (System.nanoTime() - start) / 1_000_000;
                pool.shutdown();
                System.out.printf("round %d, %s threads: %d ms%n", round, threads, millis);
            }
        }
    }

    private static void write(Path output, Map.Entry<String, byte[]> file) {
        try {
            Path target = output.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
