package dev.covenant.samples;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.TestResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code covenant test FILE...}: runs the {@code test} blocks of policies. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the test blocks of policies: one PASS or FAIL line per test on stdout, then a summary.",
      "A failure shows what differed and the decision's explanation, indented.",
      "Diagnostics go to stderr as 'check' prints them; a policy with errors counts as failed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every test passed",
      "1:a test failed, or a policy has errors",
      "2:a file cannot be read"
    })
final class TestCommand implements Callable<Integer> {
  private static final String INDENT = "    ";

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "policy files, or directories of *.policy files")
  List<Path> files;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<List<Path>> expanded = PolicyFiles.expand(files, err);
    if (expanded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Tally tally = new Tally();
    for (Path file : expanded.get()) {
      PolicyLoading loading = PolicyLoading.load(file, err);
      err.flush();
      if (loading.policy().isEmpty()) {
        tally.unusable(loading.exitCode());
        continue;
      }
      run(file, loading.policy().get(), out, tally);
    }
    out.println(tally.summary());
    out.flush();
    err.flush();
    return tally.exitCode();
  }

  private static void run(Path file, CompiledPolicy policy, PrintWriter out, Tally tally) {
    tally.policies++;
    for (TestResult result : policy.runTests()) {
      out.println((result.passed() ? "PASS " : "FAIL ") + file + ":" + result.line() + " test \"" + result.name() + "\"");
      result.failure().ifPresent(failure -> out.println(indent(failure)));
      if (result.passed()) {
        tally.passed++;
      } else {
        tally.failed++;
      }
    }
  }

  private static String indent(String text) {
    return text.strip().lines().map(line -> line.isEmpty() ? line : INDENT + line).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  /** What the run found, for the summary and the exit code. */
  private static final class Tally {
    int policies;
    int passed;
    int failed;
    int withErrors;
    boolean unreadable;

    void unusable(int exitCode) {
      if (exitCode == ExitCodes.USAGE) {
        unreadable = true;
      } else {
        withErrors++;
      }
    }

    String summary() {
      String text = CheckCommand.plural(passed + failed, "test", "tests") + ": " + passed + " passed, " + failed
          + " failed, in " + CheckCommand.plural(policies, "policy", "policies");
      return withErrors == 0 ? text : text + "; " + CheckCommand.plural(withErrors, "policy", "policies") + " with errors not run";
    }

    int exitCode() {
      if (unreadable) {
        return ExitCodes.USAGE;
      }
      return failed > 0 || withErrors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
  }
}
