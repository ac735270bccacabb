package dev.covenant.core;

import java.util.List;
import java.util.Optional;

/**
 * How one rule fared: for a rule that did not match, the first condition that failed; for the
 * deciding rule, every condition with the values that made it hold.
 *
 * @param rule    the rule's name; empty for {@code otherwise} and for the default when nothing matched
 * @param line    where the rule is written (0 for the implicit default)
 * @param matched whether this rule decided
 */
public record RuleTrace(Optional<String> rule, int line, boolean matched, List<ConditionTrace> conditions) {
  public RuleTrace {
    conditions = List.copyOf(conditions);
  }
}
