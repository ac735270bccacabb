package dev.covenant.core;

import java.util.List;

/**
 * One condition of a rule (a conjunct of its {@code when}), whether it held, and the values it saw.
 *
 * @param condition the condition as written in the policy
 * @param line      where it is written
 */
public record ConditionTrace(String condition, int line, int column, boolean held, List<ObservedValue> values) {
  public ConditionTrace {
    values = List.copyOf(values);
  }
}
