package dev.covenant.samples;

import dev.covenant.dsl.CompilationResult;
import dev.covenant.dsl.Diagnostic;
import dev.covenant.dsl.PolicyCompiler;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code covenant check FILE...}: every diagnostic of every policy, on stderr. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks policies and prints every diagnostic on stderr.",
      "Each is file:line:col: error|warning: message [code], then the source line and a caret."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (warnings allowed)", "1:at least one error", "2:a file cannot be read"})
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "policy files, or directories of *.policy files")
  List<Path> files;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<List<Path>> expanded = PolicyFiles.expand(files, err);
    if (expanded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    List<Path> policies = expanded.get();
    PolicyCompiler compiler = PolicyCompiler.create();
    int checked = 0;
    int errors = 0;
    int warnings = 0;
    boolean unreadable = false;
    for (Path file : policies) {
      PolicySource source;
      try {
        source = PolicySource.read(file);
      } catch (IOException e) {
        err.println("covenant: " + PolicyFiles.describe(e, file));
        unreadable = true;
        continue;
      }
      CompilationResult result = compiler.compile(source);
      checked++;
      for (Diagnostic diagnostic : result.diagnostics()) {
        err.println(diagnostic.render(source));
      }
      errors += result.errors().size();
      warnings += result.warnings().size();
    }
    err.println("checked " + plural(checked, "policy", "policies") + ": " + plural(errors, "error", "errors")
        + ", " + plural(warnings, "warning", "warnings"));
    err.flush();
    if (unreadable) {
      return ExitCodes.USAGE;
    }
    return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
  }

  static String plural(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
