package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.format.ExpressionPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Warns about rules that can never decide, in the evident cases: a condition that is always
 * false, a rule after one whose condition is always true, and a rule whose condition includes
 * every condition of an earlier rule ({@code A} then {@code A and B}: the earlier rule wins).
 */
final class Reachability {
  /** A rule as reachability sees it: name, where to point, condition. */
  record RuleView(String name, SourceSpan nameSpan, Expr condition) {}

  private Reachability() {}

  static void check(List<RuleView> rules, Optional<SourceSpan> otherwise, DiagnosticSink sink) {
    List<RuleView> earlier = new ArrayList<>();
    List<Set<String>> earlierConjuncts = new ArrayList<>();
    RuleView alwaysDecides = null;
    for (RuleView rule : rules) {
      Set<String> conjuncts = conjuncts(rule.condition());
      Optional<Boolean> constant = ConstantCondition.valueOf(rule.condition());
      if (alwaysDecides != null) {
        sink.report(DiagnosticCode.UNREACHABLE_RULE, rule.nameSpan(), "rule \"" + rule.name()
            + "\" can never decide: the condition of rule \"" + alwaysDecides.name() + "\" above is always true");
      } else if (constant.isPresent() && !constant.get()) {
        sink.report(DiagnosticCode.UNREACHABLE_RULE, rule.nameSpan(),
            "rule \"" + rule.name() + "\" can never decide: its condition is always false");
      } else {
        for (int i = 0; i < earlier.size(); i++) {
          if (conjuncts.containsAll(earlierConjuncts.get(i))) {
            RuleView covering = earlier.get(i);
            String how = conjuncts.equals(earlierConjuncts.get(i)) ? "has the same condition" : "decides whenever its condition holds";
            sink.report(DiagnosticCode.UNREACHABLE_RULE, rule.nameSpan(), "rule \"" + rule.name()
                + "\" can never decide: rule \"" + covering.name() + "\" above " + how);
            break;
          }
        }
      }
      if (alwaysDecides == null && constant.orElse(false)) {
        alwaysDecides = rule;
      }
      earlier.add(rule);
      earlierConjuncts.add(conjuncts);
    }
    if (alwaysDecides != null && otherwise.isPresent()) {
      sink.report(DiagnosticCode.UNREACHABLE_RULE, otherwise.get(), "'otherwise' can never decide: the condition of rule \""
          + alwaysDecides.name() + "\" above is always true");
    }
  }

  private static Set<String> conjuncts(Expr condition) {
    Set<String> conjuncts = new HashSet<>();
    if (condition instanceof And and) {
      and.operands().forEach(operand -> conjuncts.add(ExpressionPrinter.conjunct(operand)));
    } else {
      conjuncts.add(ExpressionPrinter.conjunct(condition));
    }
    return conjuncts;
  }
}
