package dev.covenant.core.internal.repository;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.PolicyRepository.Problem;
import dev.covenant.dsl.CompilationResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What reading and compiling one file gave, before names are claimed: a fresh policy, or why there
 * is none.
 */
record Attempt(Path file, Optional<String> sha256, Optional<CompiledPolicy> fresh, Optional<Failure> failure) {

  record Failure(Problem.Kind kind, String message, Optional<CompilationResult> compilation) {
  }

  static Attempt compiled(Path file, String sha256, CompiledPolicy policy) {
    return new Attempt(file, Optional.of(sha256), Optional.of(policy), Optional.empty());
  }

  static Attempt failed(Path file, Optional<String> sha256, Problem.Kind kind, String message,
      Optional<CompilationResult> compilation) {
    return new Attempt(file, sha256, Optional.empty(), Optional.of(new Failure(kind, message, compilation)));
  }
}
