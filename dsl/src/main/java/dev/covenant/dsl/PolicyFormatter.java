package dev.covenant.dsl;

import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.format.Formatter;
import dev.covenant.dsl.internal.parser.ParsedPolicy;
import dev.covenant.dsl.internal.parser.PolicyParser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rewrites a policy in canonical layout, keeping its comments. Formatting is idempotent and keeps
 * the meaning: the formatted text parses to the same tree. Only a policy that parses can be
 * formatted; type errors do not prevent it.
 *
 * <pre>{@code
 * FormatResult result = PolicyFormatter.create().format(source);
 * result.formatted().ifPresent(text -> Files.writeString(path, text));
 * }</pre>
 */
public final class PolicyFormatter {
  private final Limits limits;

  private PolicyFormatter(Limits limits) {
    this.limits = limits;
  }

  public static PolicyFormatter create() {
    return new PolicyFormatter(Limits.DEFAULT);
  }

  public static PolicyFormatter withLimits(Limits limits) {
    return new PolicyFormatter(Objects.requireNonNull(limits, "limits"));
  }

  public FormatResult format(PolicySource source) {
    DiagnosticSink sink = new DiagnosticSink();
    ParsedPolicy parsed = new PolicyParser(limits).parse(source, sink);
    List<Diagnostic> errors = sink.diagnostics().stream().filter(Diagnostic::isError).sorted(Diagnostic.ORDER).toList();
    if (parsed.policy().isEmpty() || !errors.isEmpty()) {
      return new FormatResult(source, Optional.empty(), errors);
    }
    try {
      return new FormatResult(source, Optional.of(Formatter.format(source.text(), parsed)), List.of());
    } catch (StackOverflowError e) {
      // Last resort, as in PolicyCompiler: the formatter promises diagnostics, never an exception.
      Diagnostic tooDeep = Diagnostic.of(DiagnosticCode.NESTING_TOO_DEEP, parsed.policy().get().span(),
          "the policy nests too deeply to be formatted; simplify its expressions");
      return new FormatResult(source, Optional.empty(), List.of(tooDeep));
    }
  }

  /**
   * The formatted text, or the syntax errors that prevented formatting.
   *
   * @param formatted the canonical text; empty when {@code errors} is not
   * @param errors what stopped the parser, rendered like any diagnostic
   */
  public record FormatResult(PolicySource source, Optional<String> formatted, List<Diagnostic> errors) {
    public FormatResult {
      errors = List.copyOf(errors);
    }

    /** True when the source already is in canonical layout. */
    public boolean isUnchanged() {
      return formatted.map(source.text()::equals).orElse(false);
    }
  }
}
