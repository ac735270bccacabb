package dev.covenant.core.internal.repository;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.PolicyRepository;
import dev.covenant.core.PolicyRepository.Problem;
import dev.covenant.core.PolicyRepository.ReloadReport;
import dev.covenant.core.PolicyRepository.Snapshot;
import dev.covenant.dsl.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the next state of a repository from the previous one and the files on disk. Pure but
 * for reading files and logging; the caller swaps the result in and runs one reload at a time.
 */
public final class Reloader {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyRepository.class);

  private final Path directory;
  private final PolicyFileLoader files;

  public Reloader(Path directory, CompilationCache cache) {
    this.directory = directory;
    this.files = new PolicyFileLoader(cache);
  }

  public record Reloaded(RepositoryState state, ReloadReport report) {
  }

  public Reloaded reload(RepositoryState previous) {
    List<Path> listed;
    try {
      listed = PolicyFiles.list(directory);
    } catch (IOException e) {
      return unlisted(previous, e);
    }
    List<Attempt> attempts = new ArrayList<>();
    for (Path file : listed) {
      files.load(file, previous.file(file)).ifPresent(attempts::add);
    }
    return settle(previous, attempts);
  }

  /** Decides what each file serves, in file-name order so that the first declaration of a name wins. */
  private Reloaded settle(RepositoryState previous, List<Attempt> attempts) {
    Map<String, Path> claimed = new HashMap<>();
    Map<String, CompiledPolicy> byName = new HashMap<>();
    Map<Path, CompiledPolicy> byFile = new HashMap<>();
    Map<Path, FileState> states = new HashMap<>();
    List<Path> loaded = new ArrayList<>();
    List<Path> unchanged = new ArrayList<>();
    List<Problem> failed = new ArrayList<>();
    for (Attempt attempt : attempts) {
      Optional<FileState> before = previous.file(attempt.file());
      Optional<CompiledPolicy> lastGood = before.flatMap(FileState::serving);
      Optional<CompiledPolicy> serving = firstUnclaimed(claimed, attempt.fresh(), lastGood);
      Optional<Problem> problem = problemOf(attempt, serving, claimed);
      serving.ifPresent(policy -> {
        claimed.put(policy.name(), attempt.file());
        byName.put(policy.name(), policy);
        byFile.put(attempt.file(), policy);
      });
      states.put(attempt.file(), new FileState(attempt.file(), attempt.sha256(), serving, problem));
      if (problem.isPresent()) {
        failed.add(problem.get());
        log(problem.get(), before.flatMap(FileState::problem));
      } else if (serving.get() != lastGood.orElse(null)) {
        loaded.add(attempt.file());
        LOG.info("{}: serving {}", attempt.file(), serving.get());
      } else {
        unchanged.add(attempt.file());
      }
    }
    List<Path> removed = new ArrayList<>(previous.files().keySet());
    removed.removeAll(states.keySet());
    removed.sort(null);
    removed.forEach(file -> LOG.info("{}: removed", file));
    Snapshot snapshot = new Snapshot(directory, byName, byFile, failed);
    LOG.debug("reloaded {}: {} loaded, {} unchanged, {} failed, {} removed",
        directory, loaded.size(), unchanged.size(), failed.size(), removed.size());
    return new Reloaded(new RepositoryState(snapshot, states), new ReloadReport(loaded, unchanged, failed, removed, snapshot));
  }

  private static Optional<CompiledPolicy> firstUnclaimed(Map<String, Path> claimed, Optional<CompiledPolicy> fresh,
      Optional<CompiledPolicy> lastGood) {
    return fresh.filter(policy -> !claimed.containsKey(policy.name()))
        .or(() -> lastGood.filter(policy -> !claimed.containsKey(policy.name())));
  }

  private static Optional<Problem> problemOf(Attempt attempt, Optional<CompiledPolicy> serving, Map<String, Path> claimed) {
    if (attempt.failure().isPresent()) {
      Attempt.Failure failure = attempt.failure().get();
      return Optional.of(new Problem(attempt.file(), failure.kind(), failure.message() + servingNote(serving),
          failure.compilation(), serving));
    }
    CompiledPolicy fresh = attempt.fresh().orElseThrow();
    if (serving.isPresent() && serving.get() == fresh) {
      return Optional.empty();
    }
    String message = "declares policy \"" + fresh.name() + "\", already declared by "
        + claimed.get(fresh.name()).getFileName();
    return Optional.of(new Problem(attempt.file(), Problem.Kind.DUPLICATE_NAME, message + servingNote(serving),
        Optional.empty(), serving));
  }

  private static String servingNote(Optional<CompiledPolicy> serving) {
    return serving.map(policy -> "; still serving policy \"" + policy.name() + "\""
        + policy.version().map(version -> " version " + version).orElse("")).orElse("");
  }

  /** Keeps every policy served when the directory itself cannot be read: it may come back. */
  private Reloaded unlisted(RepositoryState previous, IOException e) {
    Problem problem = new Problem(directory, Problem.Kind.UNREADABLE,
        "the directory cannot be listed (" + PolicyFileLoader.describe(e) + "); still serving what it held before",
        Optional.empty(), Optional.empty());
    Snapshot before = previous.snapshot();
    List<Problem> problems = new ArrayList<>(List.of(problem));
    before.problems().stream().filter(p -> !p.file().equals(directory)).forEach(problems::add);
    log(problem, before.problems().stream().filter(p -> p.file().equals(directory)).findFirst());
    Snapshot snapshot = new Snapshot(directory, before.policies(), before.files(), problems);
    return new Reloaded(new RepositoryState(snapshot, previous.files()),
        new ReloadReport(List.of(), List.of(), List.of(problem), List.of(), snapshot));
  }

  /** Warns of a problem when it is new; one that persists is only worth a debug line on each reload. */
  private static void log(Problem problem, Optional<Problem> before) {
    boolean known = before.equals(Optional.of(problem));
    if (known && !LOG.isDebugEnabled() || !known && !LOG.isWarnEnabled()) {
      return;
    }
    StringBuilder text = new StringBuilder().append(problem.file()).append(": ").append(problem.message());
    String sourceName = problem.compilation().map(c -> c.source().name()).orElse("");
    // Headlines only: a rendered diagnostic quotes the policy's source line.
    for (Diagnostic diagnostic : problem.diagnostics()) {
      text.append("\n  ").append(diagnostic.headline(sourceName));
    }
    if (known) {
      LOG.debug("{}", text);
    } else {
      LOG.warn("{}", text);
    }
  }
}
