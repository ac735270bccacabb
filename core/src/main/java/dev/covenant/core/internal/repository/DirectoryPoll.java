package dev.covenant.core.internal.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reloads when the names, sizes or modification times of the policy files change, checked every
 * interval. For file systems whose changes no watch service reports.
 */
public final class DirectoryPoll implements AutoReload {
  private final Path directory;
  private final Duration interval;
  private final Debounce debounce;
  private final Runnable reload;
  // A latch rather than interrupts: an interrupt would abort a file read under way and report it unreadable.
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread thread;
  // Written before the thread starts, read and written only by it afterwards.
  private List<String> seen;

  private DirectoryPoll(Path directory, Duration interval, Duration debounce, Runnable reload) {
    this.directory = directory;
    this.interval = interval;
    this.debounce = new Debounce(debounce);
    this.reload = reload;
    this.thread = Daemons.thread("covenant-policy-poll", this::run);
  }

  /**
   * Starts polling {@code directory}. Reloads once on the calling thread first, so that a change
   * made before is not missed and every later one is compared with what that reload saw.
   */
  public static DirectoryPoll start(Path directory, Duration interval, Duration debounce, Runnable reload) {
    DirectoryPoll poll = new DirectoryPoll(directory, interval, debounce, reload);
    poll.seen = fingerprint(directory);
    reload.run();
    poll.thread.start();
    return poll;
  }

  @Override
  public void stop() {
    stopped.countDown();
  }

  @Override
  public void awaitStopped(Duration timeout) {
    Daemons.join(thread, timeout);
  }

  private void run() {
    try {
      while (!sleep(interval.toNanos())) {
        List<String> now = fingerprint(directory);
        if (now.equals(seen)) {
          continue;
        }
        long deadline = debounce.deadline();
        // Wait until the files stop changing, as an editor's several writes would otherwise cause several reloads.
        while (!debounce.passed(deadline)) {
          if (sleep(debounce.nanos())) {
            return;
          }
          List<String> later = fingerprint(directory);
          if (later.equals(now)) {
            break;
          }
          now = later;
        }
        seen = now;
        reload.run();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the poll was stopped while sleeping. */
  private boolean sleep(long nanos) throws InterruptedException {
    return stopped.await(nanos, TimeUnit.NANOSECONDS);
  }

  /** One entry per policy file; a directory that cannot be listed has its own, so its return is noticed. */
  static List<String> fingerprint(Path directory) {
    List<String> entries = new ArrayList<>();
    try {
      for (Path file : PolicyFiles.list(directory)) {
        entries.add(entry(file));
      }
    } catch (IOException e) {
      entries.add("unlisted: " + e.getClass().getName());
    }
    return entries;
  }

  private static String entry(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return file.getFileName() + " " + attributes.size() + " " + attributes.lastModifiedTime().toInstant();
    } catch (IOException e) {
      return file.getFileName() + " unreadable: " + e.getClass().getName();
    }
  }
}
