package dev.covenant.core;

import dev.covenant.dsl.CompilationResult;
import java.util.Optional;

/**
 * The result of loading a policy: its diagnostics (errors and warnings, with file:line:col), and
 * the compiled policy when there was no error.
 */
public record LoadResult(CompilationResult compilation, Optional<CompiledPolicy> policy) {
  public boolean hasErrors() {
    return compilation.hasErrors();
  }
}
