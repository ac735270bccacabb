package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.dsl.PolicyFormatter.FormatResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** Assertions shared by the property tests. */
final class PolicyChecks {
  static final PolicyCompiler COMPILER = PolicyCompiler.create();
  static final PolicyFormatter FORMATTER = PolicyFormatter.create();

  private PolicyChecks() {}

  static PolicySource source(String text) {
    return PolicySource.of("prop.policy", text);
  }

  /** The formatted text; fails when the formatter refuses {@code text}. */
  static String formatted(String text) {
    FormatResult result = FORMATTER.format(source(text));
    assertThat(result.errors()).as("format errors for:%n%s", text).isEmpty();
    assertThat(result.formatted()).as("formatted text for:%n%s", text).isPresent();
    return result.formatted().get();
  }

  /**
   * Each diagnostic points into {@code text}, where its line and column say, and says something.
   * Offsets and columns count code points, as the parser's spans do (not UTF-16 chars).
   */
  static void assertWellFormed(List<Diagnostic> diagnostics, String source) {
    String text = source.codePoints().mapToObj(c -> c > 0xFFFF ? "?" : Character.toString(c))
        .collect(Collectors.joining());
    for (Diagnostic diagnostic : diagnostics) {
      SourceSpan span = diagnostic.span();
      assertThat(diagnostic.message()).as("message of %s", diagnostic).isNotBlank();
      assertThat(span.start()).as("start of %s", diagnostic).isBetween(0, text.length());
      assertThat(span.end()).as("end of %s", diagnostic).isBetween(span.start(), text.length());
      assertThat(span.line()).as("line of %s", diagnostic).isEqualTo(lineAt(text, span.start()));
      assertThat(span.column()).as("column of %s", diagnostic).isEqualTo(columnAt(text, span.start()));
      assertThat(span.endLine()).as("end line of %s", diagnostic).isGreaterThanOrEqualTo(span.line());
    }
  }

  /** Runs {@code check} on a thread with a 256 MiB stack, rethrowing what it throws. */
  static void onLargeStack(Runnable check) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        check.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "large-stack", 256L << 20);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure.get() instanceof Error error) {
      throw error;
    } else if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnAt(String text, int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }

  /**
   * The number of comments: lines holding a '#' outside text literals. Follows the lexer: a text
   * literal ends at its closing quote or at the end of the line, a backslash escapes the next character.
   */
  static int comments(String text) {
    int count = 0;
    boolean inText = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        inText = false;
      } else if (inText && c == '\\') {
        i++;
      } else if (c == '"') {
        inText = !inText;
      } else if (c == '#' && !inText) {
        count++;
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
          i++;
        }
      }
    }
    return count;
  }
}
