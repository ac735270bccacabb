package dev.covenant.dsl;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of compiling a policy: every diagnostic, sorted by position, and the checked
 * policy when there is no error (warnings allowed).
 *
 * <pre>{@code
 * CompilationResult result = PolicyCompiler.create().compile(PolicySource.read(path));
 * if (result.hasErrors()) {
 *   System.err.println(result.render());
 * }
 * }</pre>
 */
public record CompilationResult(PolicySource source, List<Diagnostic> diagnostics, Optional<CheckedPolicy> policy) {

  public CompilationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /** Every diagnostic rendered with its source line and caret, one after another; empty when there is none. */
  public String render() {
    return diagnostics.stream().map(d -> d.render(source)).collect(Collectors.joining("\n"));
  }
}
