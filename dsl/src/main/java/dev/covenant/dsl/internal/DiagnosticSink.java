package dev.covenant.dsl.internal;

import dev.covenant.dsl.Diagnostic;
import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of every stage of one compilation. */
public final class DiagnosticSink {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public void report(DiagnosticCode code, SourceSpan span, String message) {
    diagnostics.add(Diagnostic.of(code, span, message));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
