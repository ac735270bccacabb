package dev.covenant.core.internal.engine;

import dev.covenant.core.ConditionTrace;
import dev.covenant.core.ObservedValue;
import dev.covenant.core.RuleTrace;
import dev.covenant.dsl.SourceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled rule's condition: its conjuncts, each kept separately so an explanation can say
 * which one failed. {@code name} is null for {@code otherwise}.
 */
final class Rule<A> {
  final String name;
  /** The name as decisions carry it, made once rather than per decision. */
  final Optional<String> optionalName;
  final int line;
  final A action;
  private final BoolNode[] conjuncts;
  private final SourceSpan[] spans;

  Rule(String name, int line, List<BoolNode> conjuncts, List<SourceSpan> spans, A action) {
    this.name = name;
    this.optionalName = Optional.ofNullable(name);
    this.line = line;
    this.action = action;
    this.conjuncts = conjuncts.toArray(new BoolNode[0]);
    this.spans = spans.toArray(new SourceSpan[0]);
  }

  BoolNode[] conditions() {
    return conjuncts.clone();
  }

  /** True when the condition reads what earlier decisions of a batch change. */
  boolean readsBatchState() {
    for (BoolNode conjunct : conjuncts) {
      if (conjunct.readsBatchState()) {
        return true;
      }
    }
    return false;
  }

  boolean matches(Env e) {
    for (BoolNode conjunct : conjuncts) {
      if (!conjunct.test(e)) {
        return false;
      }
    }
    return true;
  }

  /** The trace of a rule that did not match: its first failing conjunct. */
  RuleTrace missed(Env e) {
    for (int i = 0; i < conjuncts.length; i++) {
      if (!conjuncts[i].test(e)) {
        return new RuleTrace(optionalName, line, false, List.of(trace(i, false, e)));
      }
    }
    throw new IllegalStateException("rule \"" + name + "\" matches; it cannot be traced as missed");
  }

  /** The trace of the deciding rule: every conjunct, with the values that made it hold. */
  RuleTrace decided(Env e) {
    List<ConditionTrace> traces = new ArrayList<>();
    for (int i = 0; i < conjuncts.length; i++) {
      traces.add(trace(i, true, e));
    }
    return new RuleTrace(optionalName, line, true, traces);
  }

  private ConditionTrace trace(int index, boolean held, Env e) {
    Map<String, ObservedValue> values = new LinkedHashMap<>();
    observe(conjuncts[index], e, values);
    return new ConditionTrace(conjuncts[index].text, spans[index].line(), spans[index].column(), held,
        new ArrayList<>(values.values()));
  }

  /** The values an explanation shows: every non-literal operand, down to the fields and lets read. */
  static void observe(Node node, Env e, Map<String, ObservedValue> values) {
    for (Node operand : node.operands()) {
      if (!(operand instanceof BoolNode) && !operand.isLiteral() && !values.containsKey(operand.text)) {
        values.put(operand.text, new ObservedValue(operand.text, operand.display(e)));
      }
      observe(operand, e, values);
    }
  }
}
