package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.format.ExpressionPrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    // conjunct -> the earlier rules having it; a rule is covered by an earlier one all of whose
    // conjuncts it has, found by counting shared conjuncts (linear in shared postings, not in rules).
    Map<String, List<Integer>> rulesByConjunct = new HashMap<>();
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
        int covering = firstCovering(conjuncts, earlierConjuncts, rulesByConjunct);
        if (covering >= 0) {
          String how = conjuncts.equals(earlierConjuncts.get(covering))
              ? "has the same condition"
              : "decides whenever its condition holds";
          sink.report(DiagnosticCode.UNREACHABLE_RULE, rule.nameSpan(), "rule \"" + rule.name()
              + "\" can never decide: rule \"" + earlier.get(covering).name() + "\" above " + how);
        }
      }
      if (alwaysDecides == null && constant.orElse(false)) {
        alwaysDecides = rule;
      }
      for (String conjunct : conjuncts) {
        rulesByConjunct.computeIfAbsent(conjunct, k -> new ArrayList<>()).add(earlier.size());
      }
      earlier.add(rule);
      earlierConjuncts.add(conjuncts);
    }
    if (alwaysDecides != null && otherwise.isPresent()) {
      sink.report(DiagnosticCode.UNREACHABLE_RULE, otherwise.get(), "'otherwise' can never decide: the condition of rule \""
          + alwaysDecides.name() + "\" above is always true");
    }
  }

  /** The first earlier rule whose conjuncts are all among {@code conjuncts}, or -1. */
  private static int firstCovering(Set<String> conjuncts, List<Set<String>> earlierConjuncts,
      Map<String, List<Integer>> rulesByConjunct) {
    Map<Integer, Integer> shared = new HashMap<>();
    int first = -1;
    for (String conjunct : conjuncts) {
      for (int index : rulesByConjunct.getOrDefault(conjunct, List.of())) {
        int count = shared.merge(index, 1, Integer::sum);
        if (count == earlierConjuncts.get(index).size() && (first < 0 || index < first)) {
          first = index;
        }
      }
    }
    return first;
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
