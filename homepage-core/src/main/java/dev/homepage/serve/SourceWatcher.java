package dev.homepage.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a source folder and everything under it, and reports what changed, a burst at a time. A save is often
 * several events (a temporary file, a rename, a second write), and a checkout many; they are gathered until the
 * folder has been quiet for {@link #QUIET_PERIOD}. Changes made while the last batch is handled are gathered into
 * the next one.
 *
 * <p>Not watched: the output folder, when it lies inside the source folder (the build's own writes are no edits),
 * and names starting with "." or ending with "~": version control and editor folders, and the swap, lock and
 * backup files editors write while a file is open.
 */
final class SourceWatcher implements AutoCloseable {

    static final Duration QUIET_PERIOD = Duration.ofMillis(75);

    private final Path root;
    private final Path excluded;
    private final WatchService service;
    private final Consumer<Set<Path>> onChange;
    // Used by the watching thread only, once start() has registered the tree.
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    private SourceWatcher(Path root, Path excluded, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root;
        this.excluded = excluded;
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "homepage-serve-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param root the source folder
     * @param excluded a folder not to watch, such as the output folder (it need not exist, nor lie inside root)
     * @param onChange called on the watching thread with the absolute paths of the files and folders that were
     *     created, changed or deleted; a folder stands for everything under it
     */
    static SourceWatcher start(Path root, Path excluded, Consumer<Set<Path>> onChange) throws IOException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        SourceWatcher watcher = new SourceWatcher(absoluteRoot, excluded.toAbsolutePath().normalize(), onChange);
        try {
            watcher.register(absoluteRoot, new TreeSet<>());
        } catch (IOException e) {
            watcher.service.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing is left to release once the service is closing.
        }
        if (Thread.currentThread() != thread) {
            try {
                // A batch being handled (a build) ends first, so that nothing writes after close() returns.
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                gather(service.take(), changed);
                for (WatchKey key; (key = service.poll(QUIET_PERIOD.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
                    gather(key, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // Closed: the session is stopping.
        }
    }

    private void gather(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: anything may have changed, and new folders may have gone unregistered.
                changed.add(root);
                registerQuietly(root, changed);
            } else if (folder != null) {
                Path path = folder.resolve((Path) event.context());
                if (isIgnored(path)) {
                    continue;
                }
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    registerQuietly(path, changed);
                } else {
                    changed.add(path);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerQuietly(Path folder, Set<Path> changed) {
        try {
            register(folder, changed);
        } catch (IOException e) {
            // Gone again already (a temporary folder): its deletion is reported as a change anyway.
            changed.add(folder);
        }
    }

    /**
     * Watches a folder and the folders under it, adding their files to {@code found}: files written into a new
     * folder before it was watched are changes too.
     */
    private void register(Path start, Set<Path> found) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (!folder.equals(root) && isIgnored(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!isIgnored(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(start)) {
                    throw e;
                }
                // An unreadable file or folder inside: the build reports it if it matters.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean isIgnored(Path path) {
        if (path.startsWith(excluded)) {
            return true;
        }
        for (Path name : root.relativize(path)) {
            String text = name.toString();
            if (text.startsWith(".") || text.endsWith("~")) {
                return true;
            }
        }
        return false;
    }
}
