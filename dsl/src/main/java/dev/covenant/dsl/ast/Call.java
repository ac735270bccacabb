package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;

/** A call of one of the language's built-in functions, e.g. {@code end_of_month(today)}. */
public record Call(String function, List<Expr> arguments, SourceSpan span) implements Expr {
  public Call {
    arguments = List.copyOf(arguments);
  }
}
