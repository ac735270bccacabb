package dev.covenant.core.internal.repository;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.covenant.core.PolicyRepository;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reloads when the file system reports a change to a policy file, once changes have paused. */
public final class DirectoryWatch implements AutoReload {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyRepository.class);

  private final Path directory;
  private final WatchService service;
  private final Debounce debounce;
  private final Runnable reload;
  private final Thread thread;
  private boolean directoryGone;

  private DirectoryWatch(Path directory, WatchService service, Duration debounce, Runnable reload) {
    this.directory = directory;
    this.service = service;
    this.debounce = new Debounce(debounce);
    this.reload = reload;
    this.thread = Daemons.thread("covenant-policy-watch", this::run);
  }

  /**
   * Starts watching {@code directory}. Reloads once on the calling thread after registering, so
   * that a change made before is not missed and every later one comes through the watch.
   *
   * @throws IOException or {@link UnsupportedOperationException} when the file system cannot watch
   */
  public static DirectoryWatch start(Path directory, Duration debounce, Runnable reload) throws IOException {
    WatchService service = directory.getFileSystem().newWatchService();
    try {
      directory.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    reload.run();
    DirectoryWatch watch = new DirectoryWatch(directory, service, debounce, reload);
    watch.thread.start();
    return watch;
  }

  @Override
  public void stop() {
    try {
      // Wakes the thread out of take() or poll() with a ClosedWatchServiceException.
      service.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service of {} failed", directory, e);
    }
  }

  @Override
  public void awaitStopped(Duration timeout) {
    Daemons.join(thread, timeout);
  }

  private void run() {
    try {
      while (!directoryGone) {
        boolean relevant = drain(service.take());
        long deadline = debounce.deadline();
        WatchKey key;
        // An editor saves in several writes (truncate, write, rename): wait for them to pause.
        while ((key = service.poll(debounce.nanos(), TimeUnit.NANOSECONDS)) != null) {
          relevant |= drain(key);
          if (debounce.passed(deadline)) {
            break;
          }
        }
        if (relevant) {
          reload.run();
        }
      }
      LOG.warn("{} can no longer be watched (deleted or moved?); automatic reloading stopped", directory);
    } catch (ClosedWatchServiceException e) {
      LOG.debug("stopped watching {}", directory);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the key's events concern a policy file; notes when the directory can no longer be watched. */
  private boolean drain(WatchKey key) {
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      relevant |= event.kind() == OVERFLOW
          || event.context() instanceof Path && PolicyFiles.isPolicyName(((Path) event.context()).getFileName().toString());
    }
    if (!key.reset()) {
      directoryGone = true;
      relevant = true;
    }
    return relevant;
  }
}
