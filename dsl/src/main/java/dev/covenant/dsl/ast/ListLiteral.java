package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/** {@code [a, b, c]}; the checker requires one element type. */
public record ListLiteral(List<Expr> elements, SourceSpan span) implements Expr {
  public ListLiteral {
    elements = List.copyOf(elements);
  }
}
