package dev.covenant.dsl;

import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.checker.Checker;
import dev.covenant.dsl.internal.checker.TypeTable;
import dev.covenant.dsl.internal.parser.ParsedPolicy;
import dev.covenant.dsl.internal.parser.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses and checks policy text. Every problem is reported in one pass as a {@link Diagnostic};
 * no input, however malformed, large or deeply nested, makes it throw. Thread-safe.
 *
 * <pre>{@code
 * CompilationResult result = PolicyCompiler.create().compile(PolicySource.of("p.policy", text));
 * result.policy().ifPresent(policy -> ...);
 * }</pre>
 */
public final class PolicyCompiler {
  private final Limits limits;

  private PolicyCompiler(Limits limits) {
    this.limits = limits;
  }

  /** A compiler with {@link Limits#DEFAULT}. */
  public static PolicyCompiler create() {
    return new PolicyCompiler(Limits.DEFAULT);
  }

  public static PolicyCompiler withLimits(Limits limits) {
    return new PolicyCompiler(Objects.requireNonNull(limits, "limits"));
  }

  public Limits limits() {
    return limits;
  }

  public CompilationResult compile(PolicySource source) {
    DiagnosticSink sink = new DiagnosticSink();
    ParsedPolicy parsed = new PolicyParser(limits).parse(source, sink);
    Optional<CheckedPolicy> checked = Optional.empty();
    if (parsed.policy().isPresent() && !exceededLimit(sink)) {
      Policy ast = parsed.policy().get();
      try {
        TypeTable table = Checker.check(ast, sink);
        if (!sink.hasErrors()) {
          checked = Optional.of(new CheckedPolicy(source, ast, table));
        }
      } catch (StackOverflowError e) {
        sink.report(DiagnosticCode.NESTING_TOO_DEEP, ast.span(), "the policy nests too deeply to be checked; "
            + "simplify its expressions");
      }
    }
    return new CompilationResult(source, capped(sink.diagnostics()), checked);
  }

  private static boolean exceededLimit(DiagnosticSink sink) {
    return sink.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.TOO_MANY_RULES
        || d.code() == DiagnosticCode.NESTING_TOO_DEEP);
  }

  private List<Diagnostic> capped(List<Diagnostic> diagnostics) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    if (sorted.size() <= limits.maxDiagnostics()) {
      return sorted;
    }
    Diagnostic firstDropped = sorted.get(limits.maxDiagnostics());
    int dropped = sorted.size() - limits.maxDiagnostics();
    List<Diagnostic> kept = new ArrayList<>(sorted.subList(0, limits.maxDiagnostics()));
    kept.add(Diagnostic.of(DiagnosticCode.TOO_MANY_DIAGNOSTICS, firstDropped.span(),
        dropped + " more diagnostics from here on are not shown; fix these first"));
    return kept;
  }
}
