package dev.covenant.core;

import dev.covenant.core.internal.repository.AutoReload;
import dev.covenant.core.internal.repository.CompilationCache;
import dev.covenant.core.internal.repository.DirectoryPoll;
import dev.covenant.core.internal.repository.DirectoryWatch;
import dev.covenant.core.internal.repository.Reloader;
import dev.covenant.core.internal.repository.RepositoryState;
import dev.covenant.dsl.CompilationResult;
import dev.covenant.dsl.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policies of one directory, by policy name, reloaded when the files change.
 *
 * <p>Every regular {@code *.policy} file directly in the directory is loaded; subdirectories and
 * hidden files (editors' lock and swap files) are not. A policy is known by the name in its
 * {@code policy "name"} header. When two files declare the same name, the first by file name wins
 * and the other is reported as a {@link Problem}.
 *
 * <p>A file whose new version does not compile, cannot be read, or claims a name already taken
 * keeps serving its last good version; the reason is kept in {@link #problems()} and passed to
 * the {@link ReloadListener}. A deleted file's policy is removed. Compiled policies are cached by
 * the SHA-256 of their text, so an unchanged, renamed or copied file is not compiled again.
 *
 * <p>Thread-safety: look-ups never block. Each reload builds a complete, immutable
 * {@link Snapshot} and swaps it in at once, so a reader sees the old set or the new one, never a
 * mix; a policy present in both is never missing. Use {@link #snapshot()} to make several
 * look-ups against one set. Reloads, manual or automatic, run one at a time.
 *
 * <pre>{@code
 * try (PolicyRepository policies = PolicyRepository.builder(Path.of("policies"))
 *     .listener(report -> report.failed().forEach(problem -> System.err.println(problem.render())))
 *     .open()) {
 *   policies.watch();
 *   CompiledPolicy marketplace = policies.policy("marketplace").orElseThrow();
 *   DecisionBatch batch = marketplace.decideAll(invoices, inputs);
 * }
 * }</pre>
 */
public final class PolicyRepository implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyRepository.class);
  /** How often {@link #watch()} polls when the file system offers no watch service. */
  private static final Duration FALLBACK_POLL_INTERVAL = Duration.ofSeconds(2);

  private final Path directory;
  private final Reloader reloader;
  private final ReloadListener listener;
  private final Duration debounce;
  private final AtomicReference<RepositoryState> state;
  private final Object reloadLock = new Object();
  private final Object watchLock = new Object();
  private AutoReload autoReload;
  private boolean closed;

  private PolicyRepository(Builder builder) {
    this.directory = builder.directory;
    this.reloader = new Reloader(directory, new CompilationCache(builder.cacheSize, builder.loader::load));
    this.listener = builder.listener;
    this.debounce = builder.debounce;
    this.state = new AtomicReference<>(RepositoryState.empty(directory));
  }

  /** Opens a repository on {@code directory} with the default settings and loads it once. */
  public static PolicyRepository open(Path directory) {
    return builder(directory).open();
  }

  public static Builder builder(Path directory) {
    return new Builder(directory);
  }

  public Path directory() {
    return directory;
  }

  /** The current set of policies and problems, immutable: look-ups on it all see one reload. */
  public Snapshot snapshot() {
    return state.get().snapshot();
  }

  public Optional<CompiledPolicy> policy(String name) {
    return snapshot().policy(name);
  }

  /** The policy served from {@code file}: a file name, or a path to a file in the directory. */
  public Optional<CompiledPolicy> policyInFile(Path file) {
    return snapshot().policyInFile(file);
  }

  /** Every policy served, by name, sorted. */
  public Map<String, CompiledPolicy> policies() {
    return snapshot().policies();
  }

  /** What the last reload found wrong, by file. */
  public List<Problem> problems() {
    return snapshot().problems();
  }

  /**
   * Re-reads the directory and swaps in the new set of policies, then tells the listener. Never
   * throws: unreadable files and directories become {@link Problem}s.
   */
  public ReloadReport reload() {
    synchronized (reloadLock) {
      Reloader.Reloaded reloaded = reloader.reload(state.get());
      state.set(reloaded.state());
      try {
        listener.onReload(reloaded.report());
      } catch (RuntimeException e) {
        LOG.error("the reload listener of {} failed", directory, e);
      }
      return reloaded.report();
    }
  }

  /**
   * Reloads automatically when a policy file changes, from a daemon thread, once the files have
   * been quiet for the {@linkplain Builder#debounce debounce} period. Uses the file system's watch
   * service; where there is none, polls every 2 seconds. Reloads once before returning, so that no
   * change made since the last reload is missed. Stopped by {@link #close()}.
   *
   * @throws IllegalStateException if already watching or closed
   */
  public void watch() {
    synchronized (watchLock) {
      requireIdle();
      AutoReload started;
      try {
        started = DirectoryWatch.start(directory, debounce, this::reloadQuietly);
      } catch (IOException | UnsupportedOperationException e) {
        LOG.warn("cannot watch {} ({}); polling it every {} instead", directory, e, FALLBACK_POLL_INTERVAL);
        started = DirectoryPoll.start(directory, FALLBACK_POLL_INTERVAL, debounce, this::reloadQuietly);
      }
      keep(started);
    }
  }

  /**
   * Reloads automatically by checking the files' names, sizes and modification times every
   * {@code interval}, for file systems where watching does not work (some network and container
   * mounts). A rewrite that keeps a file's size and modification time is not noticed. Reloads once
   * before returning, like {@link #watch()}.
   *
   * @throws IllegalStateException if already watching or closed
   */
  public void watchByPolling(Duration interval) {
    requirePositive(interval, "interval");
    synchronized (watchLock) {
      requireIdle();
      keep(DirectoryPoll.start(directory, interval, debounce, this::reloadQuietly));
    }
  }

  /**
   * Stops automatic reloading, waiting for a reload under way. Policies already loaded stay
   * available and {@link #reload()} still works.
   */
  @Override
  public void close() {
    AutoReload stopping;
    synchronized (watchLock) {
      closed = true;
      stopping = autoReload;
      autoReload = null;
    }
    if (stopping == null) {
      return;
    }
    stopping.stop();
    // A listener calling close() runs under the reload lock, which the watcher may be waiting for.
    if (!Thread.holdsLock(reloadLock)) {
      stopping.awaitStopped(Duration.ofSeconds(10));
    }
  }

  @Override
  public String toString() {
    return "PolicyRepository[" + directory + ", " + policies().size() + " policies]";
  }

  private void reloadQuietly() {
    try {
      reload();
    } catch (RuntimeException e) {
      // Keeps the watcher alive: the next change gets another chance.
      LOG.error("reloading {} failed", directory, e);
    }
  }

  private void keep(AutoReload started) {
    if (closed) {
      // The listener closed the repository during the first reload.
      started.stop();
    } else {
      autoReload = started;
    }
  }

  private void requireIdle() {
    if (closed) {
      throw new IllegalStateException("the repository of " + directory + " is closed");
    }
    if (autoReload != null) {
      throw new IllegalStateException("already watching " + directory);
    }
  }

  private static void requirePositive(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + duration);
    }
  }

  /**
   * How to open a repository.
   *
   * <pre>{@code
   * PolicyRepository policies = PolicyRepository.builder(Path.of("policies"))
   *     .loader(PolicyLoader.create().withLimits(limits))
   *     .cacheSize(64)
   *     .open();
   * }</pre>
   */
  public static final class Builder {
    private final Path directory;
    private PolicyLoader loader = PolicyLoader.create();
    private long cacheSize = 256;
    private ReloadListener listener = report -> { };
    private Duration debounce = Duration.ofMillis(200);

    private Builder(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The loader that compiles the files; {@link PolicyLoader#create()} by default. */
    public Builder loader(PolicyLoader loader) {
      this.loader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /** How many compiled texts the cache keeps, 256 by default; served policies are kept regardless. */
    public Builder cacheSize(long maximumEntries) {
      if (maximumEntries < 0) {
        throw new IllegalArgumentException("cache size must not be negative: " + maximumEntries);
      }
      this.cacheSize = maximumEntries;
      return this;
    }

    /** Told of every reload, the first one in {@link #open()} included. */
    public Builder listener(ReloadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * How long the files must be quiet before an automatic reload, 200 ms by default: an editor
     * saving in several writes causes one reload.
     */
    public Builder debounce(Duration quietPeriod) {
      Objects.requireNonNull(quietPeriod, "quietPeriod");
      if (quietPeriod.isNegative()) {
        throw new IllegalArgumentException("debounce must not be negative: " + quietPeriod);
      }
      this.debounce = quietPeriod;
      return this;
    }

    /**
     * Opens the repository and loads it once.
     *
     * @throws IllegalArgumentException if {@code directory} is not a directory
     */
    public PolicyRepository open() {
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException("not a directory: " + directory);
      }
      PolicyRepository repository = new PolicyRepository(this);
      repository.reload();
      return repository;
    }
  }

  /**
   * Told after each reload, on the reloading thread (the watcher's for automatic reloads), once
   * the new snapshot is visible. Reloads wait for it, so it should be quick; what it throws is
   * logged and otherwise ignored.
   *
   * <pre>{@code
   * ReloadListener listener = report -> {
   *   report.failed().forEach(problem -> alerts.send(problem.render()));
   * };
   * }</pre>
   */
  @FunctionalInterface
  public interface ReloadListener {
    void onReload(ReloadReport report);
  }

  /**
   * What one reload did. Every policy file of the directory is in exactly one of {@code loaded}
   * (it now serves a policy it did not serve before, compiled or found in the cache),
   * {@code unchanged} or {@code failed}; {@code removed} lists the files that are gone. When the
   * directory cannot be listed, {@code failed} holds that one problem and nothing else changes.
   *
   * <pre>{@code
   * ReloadReport report = policies.reload();
   * if (report.hasProblems()) {
   *   report.failed().forEach(problem -> System.err.println(problem.render()));
   * }
   * }</pre>
   *
   * @param snapshot the set of policies this reload swapped in
   */
  public record ReloadReport(List<Path> loaded, List<Path> unchanged, List<Problem> failed, List<Path> removed,
      Snapshot snapshot) {

    public ReloadReport {
      loaded = List.copyOf(loaded);
      unchanged = List.copyOf(unchanged);
      failed = List.copyOf(failed);
      removed = List.copyOf(removed);
      Objects.requireNonNull(snapshot, "snapshot");
    }

    public boolean hasProblems() {
      return !failed.isEmpty();
    }

    /** Whether the set of served policies changed. */
    public boolean changed() {
      return !loaded.isEmpty() || !removed.isEmpty();
    }
  }

  /**
   * Why a file serves no policy, or not its current version.
   *
   * <pre>{@code
   * for (Problem problem : policies.problems()) {
   *   System.err.println(problem.render());
   * }
   * // policies/marketplace.policy: does not compile (1 error); still serving policy "marketplace" version 3
   * // policies/marketplace.policy:12:9: error: unknown field invoice.amout (did you mean ...) [unknown-field]
   * //     when invoice.amout > 500 EUR
   * //          ^~~~~~~~~~~~~
   * }</pre>
   *
   * @param file the policy file, or the directory when it cannot be listed
   * @param message one line, without the file name
   * @param compilation the failed compilation, for {@link Kind#INVALID}
   * @param serving the last good version the file still serves, if any
   */
  public record Problem(Path file, Kind kind, String message, Optional<CompilationResult> compilation,
      Optional<CompiledPolicy> serving) {

    public enum Kind {
      /** The text does not compile; see {@link #compilation()}. */
      INVALID,
      /** The policy's name is already declared by a file earlier by name. */
      DUPLICATE_NAME,
      /** The file or directory cannot be read: permissions, not UTF-8, too large. */
      UNREADABLE,
      /** Compiling threw: a bug in Covenant, logged with its stack trace. */
      INTERNAL_ERROR
    }

    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(compilation, "compilation");
      Objects.requireNonNull(serving, "serving");
    }

    /** The diagnostics of the failed compilation; empty for other kinds. */
    public List<Diagnostic> diagnostics() {
      return compilation.map(CompilationResult::diagnostics).orElse(List.of());
    }

    /** {@code file: message}, then each diagnostic as {@code file:line:col} with its source line and a caret. */
    public String render() {
      String headline = file + ": " + message;
      return compilation.filter(c -> !c.diagnostics().isEmpty()).map(c -> headline + "\n" + c.render()).orElse(headline);
    }
  }

  /**
   * The policies and problems of one reload, immutable.
   *
   * <pre>{@code
   * PolicyRepository.Snapshot snapshot = policies.snapshot();
   * CompiledPolicy a = snapshot.policy("a").orElseThrow();
   * CompiledPolicy b = snapshot.policy("b").orElseThrow();   // from the same reload as a
   * }</pre>
   *
   * @param policies the policies served, by name
   * @param files the policy served from each file that serves one
   * @param problems the problems, by file
   */
  public record Snapshot(Path directory, Map<String, CompiledPolicy> policies, Map<Path, CompiledPolicy> files,
      List<Problem> problems) {

    public Snapshot {
      Objects.requireNonNull(directory, "directory");
      policies = Collections.unmodifiableSortedMap(new TreeMap<>(policies));
      files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
      problems = List.copyOf(problems);
    }

    public Optional<CompiledPolicy> policy(String name) {
      return Optional.ofNullable(policies.get(Objects.requireNonNull(name, "name")));
    }

    /** The policy served from {@code file}: a file name, or a path to a file in the directory. */
    public Optional<CompiledPolicy> policyInFile(Path file) {
      Path name = Objects.requireNonNull(file, "file").getFileName();
      Path parent = file.getParent();
      if (name == null || parent != null && !sameDirectory(parent)) {
        return Optional.empty();
      }
      return Optional.ofNullable(files.get(directory.resolve(name)));
    }

    private boolean sameDirectory(Path other) {
      return other.toAbsolutePath().normalize().equals(directory.toAbsolutePath().normalize());
    }
  }
}
