package dev.covenant.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Why a decision came out as it did: the rules tried in order, each with the condition that
 * failed or held and the values seen, and the engine invariant that overrode the rule, if any.
 * Computed on first use (deciding does not pay for it) from the same compiled conditions that
 * decided, then kept.
 */
public final class Explanation {
  /** Null once computed, so that a kept decision does not keep what computing needed. */
  private volatile Supplier<Explanation> computation;
  private volatile Trace trace;

  private record Trace(List<RuleTrace> rules, Optional<String> invariant) {}

  private Explanation(Supplier<Explanation> computation, Trace trace) {
    this.computation = computation;
    this.trace = trace;
  }

  public static Explanation of(List<RuleTrace> rules, Optional<String> invariant) {
    return new Explanation(null, new Trace(List.copyOf(rules), invariant));
  }

  /** An explanation computed when first asked for. */
  public static Explanation lazy(Supplier<Explanation> computation) {
    return new Explanation(Objects.requireNonNull(computation, "computation"), null);
  }

  private Trace trace() {
    Trace result = trace;
    if (result == null) {
      // Two threads may both compute; both get equal traces, so the race is harmless.
      Supplier<Explanation> pending = computation;
      result = pending == null ? trace : pending.get().trace();
      trace = result;
      computation = null;
    }
    return result;
  }

  /** The rules tried, in order, ending with the one that decided. */
  public List<RuleTrace> rules() {
    return trace().rules();
  }

  /** The engine invariant that turned the deciding rule's outcome into a skip, in words. */
  public Optional<String> invariant() {
    return trace().invariant();
  }

  /** The trace in words, one line per rule, for people. */
  public String render() {
    StringBuilder text = new StringBuilder();
    for (RuleTrace rule : rules()) {
      String name = rule.rule().map(n -> "rule \"" + n + "\"").orElse(rule.line() == 0 ? "no rule matched" : "otherwise");
      String where = rule.line() == 0 ? "" : " (line " + rule.line() + ")";
      if (!rule.matched()) {
        text.append("- ").append(name).append(where).append(" did not match");
      } else {
        text.append("- ").append(name).append(where).append(" decided");
      }
      for (ConditionTrace condition : rule.conditions()) {
        text.append("\n    ").append(condition.held() ? "holds: " : "fails: ").append(condition.condition());
        if (!condition.values().isEmpty()) {
          text.append("  [");
          for (int i = 0; i < condition.values().size(); i++) {
            text.append(i == 0 ? "" : ", ").append(condition.values().get(i));
          }
          text.append("]");
        }
      }
      text.append('\n');
    }
    invariant().ifPresent(reason -> text.append("- but ").append(reason).append('\n'));
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Explanation that && trace().equals(that.trace());
  }

  @Override
  public int hashCode() {
    return trace().hashCode();
  }

  @Override
  public String toString() {
    return render();
  }
}
