package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;
import java.util.Optional;

/** {@code finance { rule ... otherwise ... }}: the first rule whose condition holds decides. */
public record FinanceBlock(List<FinanceRule> rules, Optional<FinanceAction> otherwise, SourceSpan span)
    implements Declaration {
  public FinanceBlock {
    rules = List.copyOf(rules);
  }
}
