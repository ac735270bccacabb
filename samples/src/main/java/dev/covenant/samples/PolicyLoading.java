package dev.covenant.samples;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyLoader;
import dev.covenant.dsl.Diagnostic;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads one policy for a subcommand that runs it: the diagnostics go to stderr exactly as
 * {@code check} prints them, and a policy with errors or an unreadable file gives the exit code to
 * return instead of a policy.
 */
final class PolicyLoading {
  private final Optional<CompiledPolicy> policy;
  private final int exitCode;

  private PolicyLoading(Optional<CompiledPolicy> policy, int exitCode) {
    this.policy = policy;
    this.exitCode = exitCode;
  }

  static PolicyLoading load(Path file, PrintWriter err) {
    return load(file, file.toString(), err);
  }

  /** As {@link #load(Path, PrintWriter)}, naming the policy {@code name} in diagnostics and reports. */
  static PolicyLoading load(Path file, String name, PrintWriter err) {
    PolicySource source;
    try {
      source = PolicySource.of(name, PolicySource.read(file).text());
    } catch (IOException e) {
      err.println("covenant: " + PolicyFiles.describe(e, file));
      return new PolicyLoading(Optional.empty(), ExitCodes.USAGE);
    }
    LoadResult result = PolicyLoader.create().load(source);
    for (Diagnostic diagnostic : result.compilation().diagnostics()) {
      err.println(diagnostic.render(source));
    }
    if (result.hasErrors() || result.policy().isEmpty()) {
      err.println("covenant: " + file + " has errors; nothing was decided");
      return new PolicyLoading(Optional.empty(), ExitCodes.FAILED);
    }
    return new PolicyLoading(result.policy(), ExitCodes.OK);
  }

  /** The policy, when it loaded without errors. */
  Optional<CompiledPolicy> policy() {
    return policy;
  }

  /** What the subcommand returns when there is no policy: 2 for an unreadable file, 1 for errors. */
  int exitCode() {
    return exitCode;
  }
}
