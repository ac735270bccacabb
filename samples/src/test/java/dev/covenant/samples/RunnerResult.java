package dev.covenant.samples;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What one run of the command line printed and returned. */
record RunnerResult(int exitCode, String out, String err) {

  static RunnerResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CovenantCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new RunnerResult(exitCode, out.toString(), err.toString());
  }
}
