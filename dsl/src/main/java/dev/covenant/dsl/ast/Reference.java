package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/**
 * A dotted name: a field ({@code invoice.buyer.identifier}), a let ({@code minimum_ticket}) or a
 * bare enum value ({@code EUR}, {@code READY}); the checker decides which.
 */
public record Reference(List<String> path, SourceSpan span) implements Expr {
  public Reference {
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("empty reference");
    }
  }

  /** The name as written, e.g. {@code invoice.due_at}. */
  public String dotted() {
    return String.join(".", path);
  }
}
