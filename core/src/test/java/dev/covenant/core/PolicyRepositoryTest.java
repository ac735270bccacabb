package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.covenant.core.PolicyRepository.Problem;
import dev.covenant.core.PolicyRepository.ReloadReport;
import dev.covenant.dsl.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRepositoryTest {
  @TempDir
  Path dir;

  static String valid(String name, int version) {
    return "policy \"" + name + "\" version " + version + "\nfinance {\n  otherwise skip\n}\n";
  }

  static String invalid(String name, int version) {
    return "policy \"" + name + "\" version " + version + "\nfinance {\n  rule \"x\" when invoice.amout > 5 EUR then skip\n}\n";
  }

  Path write(String fileName, String text) throws IOException {
    return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
  }

  static String version(Optional<CompiledPolicy> policy) {
    return policy.flatMap(CompiledPolicy::version).orElse("none");
  }

  @Test
  void loadsEveryPolicyFileOfTheDirectoryByPolicyName() throws IOException {
    write("a.policy", valid("alpha", 1));
    write("b.policy", valid("beta", 1));
    write("notes.txt", "not a policy");
    write(".#a.policy", "an editor's lock file");
    Files.createDirectory(dir.resolve("sub"));
    write("sub/c.policy", valid("gamma", 1));

    try (PolicyRepository repository = PolicyRepository.open(dir)) {
      assertThat(repository.policies()).containsOnlyKeys("alpha", "beta");
      assertThat(repository.policy("alpha").map(CompiledPolicy::name)).contains("alpha");
      assertThat(repository.policyInFile(Path.of("b.policy")).map(CompiledPolicy::name)).contains("beta");
      assertThat(repository.policyInFile(dir.resolve("b.policy")).map(CompiledPolicy::name)).contains("beta");
      assertThat(repository.policyInFile(Path.of("elsewhere", "b.policy"))).isEmpty();
      assertThat(repository.policy("gamma")).isEmpty();
      assertThat(repository.problems()).isEmpty();
    }
  }

  @Test
  void theFirstLoadIsReportedToTheListener() throws IOException {
    write("a.policy", valid("alpha", 1));
    List<ReloadReport> reports = new CopyOnWriteArrayList<>();

    PolicyRepository.builder(dir).listener(reports::add).open();

    assertThat(reports).singleElement().satisfies(report -> {
      assertThat(report.loaded()).containsExactly(dir.resolve("a.policy"));
      assertThat(report.snapshot().policies()).containsOnlyKeys("alpha");
    });
  }

  @Test
  void reloadPicksUpAnEdit() throws IOException {
    Path file = write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);

    write("p.policy", valid("p", 2));
    ReloadReport report = repository.reload();

    assertThat(version(repository.policy("p"))).isEqualTo("2");
    assertThat(report.loaded()).containsExactly(file);
    assertThat(report.changed()).isTrue();
  }

  @Test
  void anEditThatDoesNotCompileKeepsTheLastGoodVersionAndReportsItsDiagnostics() throws IOException {
    Path file = write("p.policy", valid("p", 1));
    List<ReloadReport> reports = new CopyOnWriteArrayList<>();
    PolicyRepository repository = PolicyRepository.builder(dir).listener(reports::add).open();
    CompiledPolicy good = repository.policy("p").orElseThrow();

    write("p.policy", invalid("p", 2));
    ReloadReport report = repository.reload();

    assertThat(repository.policy("p")).containsSame(good);
    assertThat(repository.policyInFile(Path.of("p.policy"))).containsSame(good);
    assertThat(report.failed()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo(file);
      assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
      assertThat(problem.serving()).containsSame(good);
      assertThat(problem.diagnostics()).extracting(Diagnostic::isError).contains(true);
      assertThat(problem.diagnostics().get(0).span().line()).isEqualTo(3);
      assertThat(problem.render())
          .contains(file + ": does not compile (1 error); still serving policy \"p\" version 1")
          .contains(file + ":3:")
          .contains("invoice.amout");
    });
    assertThat(repository.problems()).isEqualTo(report.failed());
    assertThat(reports).last().isEqualTo(report);
  }

  @Test
  void fixingABrokenFileSwapsInTheFixedVersion() throws IOException {
    write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    write("p.policy", invalid("p", 2));
    repository.reload();

    write("p.policy", valid("p", 3));
    ReloadReport report = repository.reload();

    assertThat(version(repository.policy("p"))).isEqualTo("3");
    assertThat(repository.problems()).isEmpty();
    assertThat(report.loaded()).containsExactly(dir.resolve("p.policy"));
  }

  @Test
  void aNewFileThatDoesNotCompileServesNothing() throws IOException {
    write("p.policy", invalid("p", 1));

    PolicyRepository repository = PolicyRepository.open(dir);

    assertThat(repository.policies()).isEmpty();
    assertThat(repository.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.serving()).isEmpty();
      assertThat(problem.message()).isEqualTo("does not compile (1 error)");
    });
  }

  @Test
  void deletingAFileRemovesItsPolicy() throws IOException {
    Path file = write("p.policy", valid("p", 1));
    write("q.policy", valid("q", 1));
    PolicyRepository repository = PolicyRepository.open(dir);

    Files.delete(file);
    ReloadReport report = repository.reload();

    assertThat(repository.policies()).containsOnlyKeys("q");
    assertThat(repository.policyInFile(Path.of("p.policy"))).isEmpty();
    assertThat(report.removed()).containsExactly(file);
    assertThat(report.unchanged()).containsExactly(dir.resolve("q.policy"));
  }

  @Test
  void deletingABrokenFileRemovesItsLastGoodVersionAndItsProblem() throws IOException {
    Path file = write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    write("p.policy", invalid("p", 2));
    repository.reload();

    Files.delete(file);
    repository.reload();

    assertThat(repository.policies()).isEmpty();
    assertThat(repository.problems()).isEmpty();
  }

  @Test
  void unchangedContentIsNotCompiledAgain() throws IOException {
    Path file = write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    CompiledPolicy first = repository.policy("p").orElseThrow();

    ReloadReport report = repository.reload();

    assertThat(repository.policy("p")).containsSame(first);
    assertThat(report.unchanged()).containsExactly(file);
    assertThat(report.changed()).isFalse();
  }

  @Test
  void aRenamedFileWithTheSameTextIsNotCompiledAgain() throws IOException {
    Path file = write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    CompiledPolicy first = repository.policy("p").orElseThrow();

    Files.move(file, dir.resolve("renamed.policy"));
    ReloadReport report = repository.reload();

    assertThat(repository.policy("p")).containsSame(first);
    assertThat(repository.policyInFile(Path.of("renamed.policy"))).containsSame(first);
    assertThat(report.loaded()).containsExactly(dir.resolve("renamed.policy"));
    assertThat(report.removed()).containsExactly(file);
  }

  @Test
  void revertingToAnEarlierTextReusesItsCompiledPolicy() throws IOException {
    write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    CompiledPolicy first = repository.policy("p").orElseThrow();

    write("p.policy", valid("p", 2));
    repository.reload();
    write("p.policy", valid("p", 1));
    repository.reload();

    assertThat(repository.policy("p")).containsSame(first);
  }

  @Test
  void twoFilesDeclaringOneNameKeepTheFirstByFileNameAndReportTheSecond() throws IOException {
    write("b.policy", valid("p", 2));
    write("a.policy", valid("p", 1));

    PolicyRepository repository = PolicyRepository.open(dir);

    assertThat(version(repository.policy("p"))).isEqualTo("1");
    assertThat(repository.policyInFile(Path.of("b.policy"))).isEmpty();
    assertThat(repository.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo(dir.resolve("b.policy"));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.DUPLICATE_NAME);
      assertThat(problem.message()).isEqualTo("declares policy \"p\", already declared by a.policy");
    });
  }

  @Test
  void anEditThatTakesAnotherFilesNameKeepsServingTheLastGoodVersion() throws IOException {
    write("a.policy", valid("p", 1));
    write("b.policy", valid("q", 1));
    PolicyRepository repository = PolicyRepository.open(dir);

    write("b.policy", valid("p", 2));
    repository.reload();

    assertThat(repository.policies()).containsOnlyKeys("p", "q");
    assertThat(version(repository.policy("p"))).isEqualTo("1");
    assertThat(repository.problems()).singleElement()
        .extracting(Problem::message)
        .isEqualTo("declares policy \"p\", already declared by a.policy; still serving policy \"q\" version 1");
  }

  @Test
  void anUnreadableFileIsAProblemNamingItAndNeverAnException() throws IOException {
    write("p.policy", valid("p", 1));
    Files.write(dir.resolve("latin1.policy"), new byte[] {'p', 'o', 'l', (byte) 0xE9, (byte) 0xFF, '\n'});

    PolicyRepository repository = PolicyRepository.open(dir);
    ReloadReport report = repository.reload();

    assertThat(repository.policies()).containsOnlyKeys("p");
    assertThat(report.failed()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNREADABLE);
      assertThat(problem.render()).isEqualTo(dir.resolve("latin1.policy") + ": cannot be read: not UTF-8 text");
    });
  }

  @Test
  void aDirectoryThatDisappearsKeepsServingWhatItHeld() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("policies"));
    Files.writeString(sub.resolve("p.policy"), valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(sub);

    Files.delete(sub.resolve("p.policy"));
    Files.delete(sub);
    ReloadReport report = repository.reload();

    assertThat(repository.policies()).containsOnlyKeys("p");
    assertThat(report.failed()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo(sub);
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNREADABLE);
    });
  }

  @Test
  void aFailingListenerDoesNotBreakReload() throws IOException {
    write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.builder(dir)
        .listener(report -> {
          throw new IllegalStateException("listener bug");
        })
        .open();

    write("p.policy", valid("p", 2));

    assertThat(repository.reload().loaded()).hasSize(1);
    assertThat(version(repository.policy("p"))).isEqualTo("2");
  }

  @Test
  void openingSomethingOtherThanADirectoryFails() throws IOException {
    Path file = write("p.policy", valid("p", 1));

    assertThatThrownBy(() -> PolicyRepository.open(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void theSnapshotsMapsCannotBeModified() throws IOException {
    write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);

    assertThatThrownBy(() -> repository.policies().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> repository.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readersDuringReloadsNeverMissAPolicyPresentBeforeAndAfter() throws Exception {
    write("stable.policy", valid("stable", 1));
    write("moving.policy", valid("moving", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger misses = new AtomicInteger();
    ExecutorService readers = Executors.newFixedThreadPool(4);
    CountDownLatch started = new CountDownLatch(4);
    for (int i = 0; i < 4; i++) {
      readers.execute(() -> {
        started.countDown();
        do {
          if (repository.policy("stable").isEmpty() || repository.policy("moving").isEmpty()) {
            misses.incrementAndGet();
          }
          PolicyRepository.Snapshot snapshot = repository.snapshot();
          if (!snapshot.policies().keySet().containsAll(List.of("stable", "moving"))) {
            misses.incrementAndGet();
          }
        } while (!done.get());
      });
    }
    started.await();

    for (int version = 2; version < 60; version++) {
      // Edits, broken edits, and a file coming and going: "stable" and "moving" exist throughout.
      write("moving.policy", version % 3 == 0 ? invalid("moving", version) : valid("moving", version));
      if (version % 2 == 0) {
        write("extra.policy", valid("extra", version));
      } else {
        Files.deleteIfExists(dir.resolve("extra.policy"));
      }
      repository.reload();
    }
    done.set(true);
    readers.shutdown();

    assertThat(readers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(misses).hasValue(0);
  }

  @Test
  void concurrentReloadsEndOnTheLastWrittenVersion() throws Exception {
    write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    ExecutorService reloaders = Executors.newFixedThreadPool(2);
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(reloaders.submit(() -> {
        for (int n = 0; n < 30; n++) {
          repository.reload();
        }
      }));
    }
    for (int version = 2; version <= 30; version++) {
      write("p.policy", valid("p", version));
    }
    for (Future<?> run : runs) {
      run.get(1, TimeUnit.MINUTES);
    }
    reloaders.shutdown();

    repository.reload();

    assertThat(version(repository.policy("p"))).isEqualTo("30");
    assertThat(repository.problems()).isEmpty();
  }

  @Test
  void watchPicksUpAChange() throws IOException {
    write("p.policy", valid("p", 1));
    try (PolicyRepository repository = PolicyRepository.builder(dir).debounce(Duration.ofMillis(50)).open()) {
      repository.watch();

      write("p.policy", valid("p", 2));

      awaitUntil(() -> version(repository.policy("p")).equals("2"));
    }
  }

  @Test
  void watchPicksUpANewFileAndADeletion() throws IOException {
    Path file = write("p.policy", valid("p", 1));
    try (PolicyRepository repository = PolicyRepository.builder(dir).debounce(Duration.ofMillis(50)).open()) {
      repository.watch();

      write("q.policy", valid("q", 1));
      Files.delete(file);

      awaitUntil(() -> repository.policies().keySet().equals(Set.of("q")));
    }
  }

  @Test
  void pollingPicksUpAChange() throws IOException {
    write("p.policy", valid("p", 1));
    try (PolicyRepository repository = PolicyRepository.builder(dir).debounce(Duration.ofMillis(20)).open()) {
      repository.watchByPolling(Duration.ofMillis(20));

      // Polling compares sizes and modification times: version 10 changes the size.
      write("p.policy", valid("p", 10));

      awaitUntil(() -> version(repository.policy("p")).equals("10"));
    }
  }

  @Test
  void watchingTwiceOrAfterCloseIsRefused() throws IOException {
    PolicyRepository repository = PolicyRepository.open(dir);
    repository.watch();

    assertThatThrownBy(repository::watch).isInstanceOf(IllegalStateException.class).hasMessageContaining("already watching");
    repository.close();
    assertThatThrownBy(repository::watch).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    repository.close();
  }

  @Test
  void closeEndsTheWatchingThreadAndKeepsThePolicies() throws IOException {
    write("p.policy", valid("p", 1));
    PolicyRepository repository = PolicyRepository.open(dir);
    repository.watch();

    repository.close();

    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().equals("covenant-policy-watch") && thread.isAlive());
    assertThat(repository.policy("p")).isPresent();
  }

  @Test
  void aListenerMayCloseTheRepository() throws IOException {
    write("p.policy", valid("p", 1));
    AtomicReference<PolicyRepository> holder = new AtomicReference<>();
    PolicyRepository repository = PolicyRepository.builder(dir)
        .debounce(Duration.ZERO)
        .listener(report -> {
          if (report.changed() && holder.get() != null) {
            holder.get().close();
          }
        })
        .open();
    holder.set(repository);
    repository.watch();

    write("p.policy", valid("p", 2));

    awaitUntil(() -> version(repository.policy("p")).equals("2"));
    assertThatThrownBy(repository::watch).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  /** Waits for an automatic reload without asserting how fast it comes. */
  static void awaitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - deadline).as("condition still false after 10 s").isNegative();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
