package dev.homepage.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path temp;

    private Path source;
    private Path output;
    private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    private SourceWatcher watcher;

    @BeforeEach
    void createSources() throws IOException {
        source = Files.createDirectory(temp.resolve("site"));
        Files.createDirectories(source.resolve("_pages"));
        Files.writeString(source.resolve("_pages/about.md"), "about");
        output = source.resolve("target/homepage");
        Files.createDirectories(output);
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch() throws IOException {
        watcher = SourceWatcher.start(source, output, batches::add);
    }

    private Set<Path> nextBatch() throws InterruptedException {
        Set<Path> batch = batches.poll(Http.BOUND.toMillis(), TimeUnit.MILLISECONDS);
        if (batch == null) {
            fail("no change reported within %s", Http.BOUND);
        }
        return batch;
    }

    /** The batches reported until the folder is quiet, together. */
    private Set<Path> changesUntilQuiet() throws InterruptedException {
        Set<Path> all = new HashSet<>(nextBatch());
        for (Set<Path> more; (more = batches.poll(500, TimeUnit.MILLISECONDS)) != null; ) {
            all.addAll(more);
        }
        return all;
    }

    @Test
    void reportsASavedFile() throws Exception {
        watch();

        Files.writeString(source.resolve("_pages/about.md"), "about, edited");

        assertThat(changesUntilQuiet()).containsExactly(source.resolve("_pages/about.md"));
    }

    @Test
    void watchesNewFoldersAndTheFilesAlreadyInThem() throws Exception {
        watch();

        Path talk = source.resolve("_talks/2025/lisbon.md");
        Files.createDirectories(talk.getParent());
        Files.writeString(talk, "a talk");
        assertThat(changesUntilQuiet()).contains(talk);

        Files.writeString(talk, "a talk, edited");
        assertThat(changesUntilQuiet()).containsExactly(talk);
    }

    @Test
    void ignoresTheOutputFolderAndEditorAndToolFiles() throws Exception {
        watch();

        Files.writeString(output.resolve("index.html"), "built");
        Files.createDirectories(output.resolve("talks"));
        Files.writeString(output.resolve("talks/index.html"), "built");
        Files.writeString(source.resolve("_pages/.about.md.swp"), "vim");
        Files.writeString(source.resolve("_pages/about.md~"), "backup");
        Files.createDirectories(source.resolve(".git/objects"));
        Files.writeString(source.resolve(".git/objects/ab"), "object");
        Files.writeString(source.resolve("_pages/cv.md"), "cv");

        assertThat(changesUntilQuiet()).containsExactly(source.resolve("_pages/cv.md"));
    }

    @Test
    void changesMadeWhileABatchIsHandledComeTogetherInTheNext() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        watcher = SourceWatcher.start(source, output, changed -> {
            batches.add(changed);
            building.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Files.writeString(source.resolve("_pages/about.md"), "first save");
        assertThat(building.await(Http.BOUND.toMillis(), TimeUnit.MILLISECONDS)).as("first batch").isTrue();
        assertThat(nextBatch()).containsExactly(source.resolve("_pages/about.md"));

        Set<Path> saved = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            Path file = source.resolve("_pages/page-" + i + ".md");
            Files.writeString(file, "page " + i);
            saved.add(file);
        }
        // Long enough for the file system to have queued every event, however slow the machine.
        Thread.sleep(Duration.ofMillis(500).toMillis());
        release.countDown();

        assertThat(nextBatch()).containsExactlyInAnyOrderElementsOf(saved);
    }

    @Test
    void reportsNothingOnceClosed() throws Exception {
        watch();
        watcher.close();

        Files.writeString(source.resolve("_pages/about.md"), "edited after close");

        assertThat(batches.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
}
