package dev.covenant.core.internal.engine;

import dev.covenant.core.Outcome;
import dev.covenant.core.RuleTrace;
import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Finance;
import dev.covenant.dsl.ast.FinanceBlock;
import dev.covenant.dsl.ast.FinanceRule;
import dev.covenant.dsl.ast.Review;
import dev.covenant.dsl.ast.Skip;
import dev.covenant.dsl.ast.ValidateAction;
import dev.covenant.dsl.ast.ValidateBlock;
import dev.covenant.dsl.ast.ValidateOutcome;
import dev.covenant.dsl.ast.ValidateRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A block's rules in order, and its catch-all. {@link #decidingIndex} runs the hot path; the
 * trace methods explain a result afterwards with the same nodes.
 */
final class RuleBlock<A> {
  /** The catch-all: {@code otherwise}, or the implicit default when the block has none (line 0). */
  final Rule<A> fallback;
  private final Rule<A>[] rules;
  /**
   * The generated chain, once this block has decided often enough to pay for generating it;
   * until then, and for blocks too large to generate, a loop over the rules decides.
   */
  private volatile RuleChains.Matcher matcher;
  /** Decisions left before generating; racy on purpose: a few more or less make no difference. */
  private int untilGeneration;

  /**
   * @param generateAfter how many decisions the block makes by looping before its chain is
   *     generated: loading a policy stays fast (generating costs about as much as checking), and
   *     a policy that decides many invoices gets the fast chain. 0 generates at once, a negative
   *     value never.
   */
  @SuppressWarnings("unchecked")
  private RuleBlock(List<Rule<A>> rules, Rule<A> fallback, int generateAfter) {
    this.rules = rules.toArray(new Rule[0]);
    this.fallback = fallback;
    this.untilGeneration = generateAfter;
    if (generateAfter == 0) {
      generate();
    }
  }

  private synchronized void generate() {
    if (matcher == null && rules.length > 0) {
      matcher = RuleChains.generate(Arrays.stream(rules).map(Rule::conditions).toList());
    }
    untilGeneration = -1;
  }

  /** The index of the first matching rule, or -1 when the catch-all decides. */
  int decidingIndex(Env e) {
    return decidingIndex(e, 0);
  }

  /** As {@link #decidingIndex(Env)}, knowing that the rules before {@code from} do not match. */
  int decidingIndex(Env e, int from) {
    return decidingIndex(e, from, rules.length);
  }

  /** The first matching rule in {@code [from, to)}, or -1. */
  int decidingIndex(Env e, int from, int to) {
    RuleChains.Matcher generated = matcher;
    if (generated != null) {
      return generated.match(e, from, to);
    }
    if (untilGeneration > 0 && --untilGeneration == 0) {
      generate();
    }
    Rule<A>[] all = rules;
    for (int i = from; i < to; i++) {
      if (all[i].matches(e)) {
        return i;
      }
    }
    return -1;
  }

  int size() {
    return rules.length;
  }

  /** Whether the generated chain has replaced the loop. */
  boolean generated() {
    return matcher != null;
  }

  /** The first rule whose condition reads batch state; {@link #size()} when none does. */
  int firstReadingBatchState() {
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].readsBatchState()) {
        return i;
      }
    }
    return rules.length;
  }

  Rule<A> rule(int index) {
    return index < 0 ? fallback : rules[index];
  }

  List<RuleTrace> trace(int decidingIndex, Env e) {
    List<RuleTrace> traces = new ArrayList<>();
    int missed = decidingIndex < 0 ? rules.length : decidingIndex;
    for (int i = 0; i < missed; i++) {
      traces.add(rules[i].missed(e));
    }
    traces.add(decidingIndex < 0 ? fallback.decided(e) : rules[decidingIndex].decided(e));
    return traces;
  }

  static RuleBlock<FinanceAction> finance(Optional<FinanceBlock> block, ExpressionCompiler compiler, int generateAfter) {
    List<Rule<FinanceAction>> rules = new ArrayList<>();
    Rule<FinanceAction> fallback =
        new Rule<>(null, 0, List.of(), List.of(), FinanceAction.notFinancing(Outcome.SKIP, "no rule matched"));
    if (block.isPresent()) {
      for (FinanceRule rule : block.get().rules()) {
        rules.add(rule(rule.name(), rule.span().line(), rule.condition(), action(rule.action(), compiler, rule.name()),
            compiler));
      }
      if (block.get().otherwise().isPresent()) {
        var otherwise = block.get().otherwise().get();
        fallback = new Rule<>(null, otherwise.span().line(), List.of(), List.of(), action(otherwise, compiler, "otherwise"));
      }
    }
    return new RuleBlock<>(rules, fallback, generateAfter);
  }

  static RuleBlock<ValidateAction> validate(Optional<ValidateBlock> block, ExpressionCompiler compiler, int generateAfter) {
    List<Rule<ValidateAction>> rules = new ArrayList<>();
    Rule<ValidateAction> fallback = new Rule<>(null, 0, List.of(), List.of(),
        new ValidateAction(ValidateOutcome.HOLD, Optional.of("no rule matched: a person decides"), SourceSpan.NONE));
    if (block.isPresent()) {
      for (ValidateRule rule : block.get().rules()) {
        rules.add(rule(rule.name(), rule.span().line(), rule.condition(), rule.action(), compiler));
      }
      if (block.get().otherwise().isPresent()) {
        ValidateAction otherwise = block.get().otherwise().get();
        fallback = new Rule<>(null, otherwise.span().line(), List.of(), List.of(), otherwise);
      }
    }
    return new RuleBlock<>(rules, fallback, generateAfter);
  }

  /** A rule whose conjuncts are compiled and explained one by one. */
  private static <A> Rule<A> rule(String name, int line, Expr condition, A action, ExpressionCompiler compiler) {
    List<Expr> conjuncts = condition instanceof And and ? and.operands() : List.of(condition);
    return new Rule<>(name, line, conjuncts.stream().map(compiler::condition).toList(),
        conjuncts.stream().map(Expr::span).toList(), action);
  }

  /** Without a reason, the rule's name is the reason ({@code otherwise} for the catch-all). */
  private static FinanceAction action(dev.covenant.dsl.ast.FinanceAction action, ExpressionCompiler compiler, String who) {
    if (action instanceof Skip skip) {
      return FinanceAction.notFinancing(Outcome.SKIP, skip.reason().orElse(who));
    } else if (action instanceof Review review) {
      return FinanceAction.notFinancing(Outcome.REVIEW, review.reason().orElse(who));
    }
    Finance finance = (Finance) action;
    BoolNode autoValidate = finance.autoValidate()
        .map(auto -> auto.condition().map(compiler::condition)
            .orElseGet(() -> new BoolNodes.Constant("auto_validate", true, true)))
        .orElse(null);
    return new FinanceAction(Outcome.FINANCE, who, compiler.value(finance.amount()),
        finance.payOn().map(compiler::value).orElse(null), finance.repayOn().map(compiler::value).orElse(null),
        autoValidate);
  }
}
