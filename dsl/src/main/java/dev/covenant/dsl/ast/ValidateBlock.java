package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.List;
import java.util.Optional;

/** {@code validate { rule ... otherwise ... }}: what to do with conditions Defacto proposes. */
public record ValidateBlock(List<ValidateRule> rules, Optional<ValidateAction> otherwise, SourceSpan span)
    implements Declaration {
  public ValidateBlock {
    rules = List.copyOf(rules);
  }
}
