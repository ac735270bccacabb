package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/** {@code a or b or c}: at least two operands, evaluated left to right. */
public record Or(List<Expr> operands, SourceSpan span) implements Expr {
  public Or {
    operands = List.copyOf(operands);
  }
}
