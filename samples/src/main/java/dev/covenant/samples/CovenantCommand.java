package dev.covenant.samples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./covenant} command line: check, test, format and explain policies; dry-run and execute batches; walk through a first loan; emulate Defacto's sandbox; generate data. */
@Command(
    name = "covenant",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lending policies as code, executed on Defacto.",
    subcommands = {
      CheckCommand.class, FmtCommand.class, TestCommand.class, ExplainCommand.class, DryRunCommand.class,
      GenerateCommand.class, ExecuteCommand.class, FirstLoanCommand.class, SandboxCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:a policy has errors, or is not formatted (fmt --check)",
      "2:bad usage, or a file that cannot be read or written"
    })
public final class CovenantCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for callers that redirect its output (tests). */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new CovenantCommand());
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      // A bug of ours, not bad input: one line, and the type so it can be reported.
      line.getErr().println("covenant: internal error: " + exception);
      return ExitCodes.USAGE;
    });
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
