package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/** {@code a and b and c}: all operands, at least two, evaluated left to right. */
public record And(List<Expr> operands, SourceSpan span) implements Expr {
  public And {
    operands = List.copyOf(operands);
  }
}
