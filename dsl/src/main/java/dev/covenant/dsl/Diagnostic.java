package dev.covenant.dsl;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a policy, located by its span.
 *
 * <pre>{@code
 * for (Diagnostic d : result.diagnostics()) {
 *   System.err.println(d.render(source));
 * }
 * // marketplace.policy:12:9: error: unknown field invoice.amout (did you mean invoice.total_amount?) [unknown-field]
 * //     when invoice.amout > 500 EUR
 * //          ^~~~~~~~~~~~~
 * }</pre>
 */
public record Diagnostic(Severity severity, DiagnosticCode code, SourceSpan span, String message) {

  /** Source order; at one position errors before warnings, then by code. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparingInt((Diagnostic d) -> d.span().start())
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }

  /** A diagnostic with the code's own severity. */
  public static Diagnostic of(DiagnosticCode code, SourceSpan span, String message) {
    return new Diagnostic(code.severity(), code, span, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code name:line:col: error: message [code]}, without the source excerpt. */
  public String headline(String sourceName) {
    return sourceName + ":" + span.position() + ": " + severity.label() + ": " + message + " [" + code.code() + "]";
  }

  /** The headline, then the source line and a caret under the span (tildes for its length). */
  public String render(PolicySource source) {
    String line = source.line(span.line());
    // Columns count code points (as the parser does), so the caret walks the line by code point.
    int[] characters = line.codePoints().toArray();
    StringBuilder caret = new StringBuilder();
    int column = Math.min(span.column(), characters.length + 1);
    for (int i = 0; i < column - 1; i++) {
      caret.append(characters[i] == '\t' ? '\t' : ' ');
    }
    caret.append('^');
    int lastColumn = span.endLine() == span.line() ? span.endColumn() : characters.length;
    for (int i = column + 1; i <= Math.min(lastColumn, characters.length); i++) {
      caret.append('~');
    }
    return headline(source.name()) + "\n    " + line + "\n    " + caret;
  }
}
