package careercoach.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Watches an index-data directory and its {@code guides/} folder, and calls {@code onChange} once a burst of
 * changes to guide files, {@code synonyms.txt} or {@code default-guide} has settled (an editor's save or a
 * {@code git pull} writes several files, and some editors write one file in several steps).
 */
public final class IndexDataWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexDataWatcher.class);
    public static final Duration SETTLE = Duration.ofMillis(400);

    private final Path indexData;
    private final Runnable onChange;
    private final Duration settle;
    private final WatchService watcher;
    private final Thread thread;

    public IndexDataWatcher(Path indexData, Runnable onChange, Duration settle) throws IOException {
        this.indexData = indexData.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.settle = settle;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(this.indexData);
        register(this.indexData.resolve("guides"));
        this.thread = new Thread(this::run, "index-data-watcher");
        thread.setDaemon(true);
    }

    public IndexDataWatcher start() {
        thread.start();
        LOG.info("watching {} for changed guides", indexData);
        return this;
    }

    private void register(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // Let the burst settle: keep reading events until none came for a while.
                WatchKey more;
                while ((more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        LOG.warn("reloading the guides failed", e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        }
    }

    /** Reads a key's events; true when one concerns content. Registers a guides folder created later. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            String name = changed.getFileName().toString();
            if (dir.equals(indexData) && name.equals("guides")) {
                try {
                    register(changed);
                } catch (IOException e) {
                    LOG.warn("cannot watch {}: {}", changed, e.getMessage());
                }
                relevant = true;
            } else if (name.endsWith(".yml") || name.endsWith(".yaml") || name.equals("synonyms.txt")
                    || name.equals("default-guide")) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("the index-data watcher did not close cleanly", e);
        }
        thread.interrupt();
    }
}
