package dev.covenant.samples;

import dev.covenant.dsl.PolicyFormatter;
import dev.covenant.dsl.PolicyFormatter.FormatResult;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code covenant fmt [--check] FILE...}: canonical layout, in place or as a check. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites policies in canonical layout, in place, keeping comments.",
      "With --check, changes nothing and lists the files that are not formatted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is formatted (now, or already with --check)",
      "1:a file has syntax errors, or (--check) is not formatted",
      "2:a file cannot be read or written"
    })
final class FmtCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "policy files, or directories of *.policy files")
  List<Path> files;

  @Option(names = "--check", description = "change nothing; exit 1 when a file is not formatted")
  boolean check;

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
    List<Path> policies = expanded.get();
    PolicyFormatter formatter = PolicyFormatter.create();
    int exit = ExitCodes.OK;
    for (Path file : policies) {
      try {
        FormatResult result = formatter.format(PolicySource.read(file));
        if (result.formatted().isEmpty()) {
          result.errors().forEach(d -> err.println(d.render(result.source())));
          exit = Math.max(exit, ExitCodes.FAILED);
        } else if (!result.isUnchanged()) {
          if (check) {
            out.println(file);
            exit = Math.max(exit, ExitCodes.FAILED);
          } else {
            write(file, result.formatted().get());
            err.println("formatted " + file);
          }
        }
      } catch (IOException e) {
        err.println("covenant: " + PolicyFiles.describe(e, file));
        exit = ExitCodes.USAGE;
      }
    }
    out.flush();
    err.flush();
    return exit;
  }

  /** Writes beside the file and moves over it, so an interrupted write never leaves half a policy. */
  private static void write(Path file, String text) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), ".covenant-fmt", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

}
