package dev.covenant.dsl;

/**
 * Where a piece of policy text sits: offsets (start inclusive, end exclusive) and the 1-based line
 * and column of its first and last character. Offsets and columns count Unicode code points, not
 * UTF-16 chars: an emoji is one column, as editors show it.
 *
 * <pre>{@code
 * SourceSpan span = diagnostic.span();
 * System.out.println(span.line() + ":" + span.column());
 * }</pre>
 */
public record SourceSpan(int start, int end, int line, int column, int endLine, int endColumn) {

  /** A span for nodes built by code rather than parsed, e.g. in tests. */
  public static final SourceSpan NONE = new SourceSpan(0, 0, 1, 1, 1, 1);

  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
    }
  }

  /** The smallest span covering both this and {@code other}. */
  public SourceSpan to(SourceSpan other) {
    SourceSpan first = start <= other.start ? this : other;
    SourceSpan last = end >= other.end ? this : other;
    return new SourceSpan(first.start, last.end, first.line, first.column, last.endLine, last.endColumn);
  }

  /** {@code line:column}, as diagnostics print it. */
  public String position() {
    return line + ":" + column;
  }
}
