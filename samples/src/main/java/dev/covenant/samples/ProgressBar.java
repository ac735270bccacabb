package dev.covenant.samples;

import dev.covenant.core.BatchProgress;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place at most five times a second: only on an
 * interactive terminal, since in a log or a pipe it would be noise.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A bar that shows only when both the input and stderr are a terminal. */
  static ProgressBar forTerminal(PrintWriter err) {
    return new ProgressBar(err, System.console() != null);
  }

  void show(BatchProgress progress) {
    long now = System.nanoTime();
    if (!enabled || (drawn && now - lastDrawn < REDRAW_NANOS)) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    int filled = (int) (progress.fraction() * WIDTH);
    err.print("\r" + progress.phase().name().toLowerCase() + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled)
        + "] " + (int) (progress.fraction() * 100) + "%   ");
    err.flush();
  }

  /** Clears the bar so what follows starts on a clean line. */
  void clear() {
    if (enabled && drawn) {
      err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
