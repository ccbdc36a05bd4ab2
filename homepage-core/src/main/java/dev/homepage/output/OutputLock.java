package dev.homepage.output;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Keeps a second build from writing an output folder while a first one does: both would stage and swap the same
 * folders. The lock is the operating system's on a file beside the output folder, so it holds between processes
 * (two {@code mvn} runs, or {@code serve} and {@code generate}) and is let go when the build ends or its process
 * dies. The file stays: deleting it would let a third build lock a new file while the second holds the old one.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the output folder for this build.
     *
     * @throws SiteBuildException when another build holds it
     */
    public static OutputLock acquire(Path outputDirectory) throws SiteBuildException, IOException {
        Path file = SiteWriter.besideOutput(outputDirectory, "lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException held) {
            // Another build of this JVM holds it (two modules of a parallel Maven build with one output folder).
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new SiteBuildException(List.of(new Problem(outputDirectory, "another build is writing this output"
                    + " folder now (a homepage:serve, or a build in another terminal or module): wait until it ends"
                    + " or stop it, or give this build another outputDirectory (homepage.outputDirectory)")));
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
