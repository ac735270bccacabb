package dev.covenant.dsl.internal.checker;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.ast.Expectation;
import dev.covenant.dsl.ast.ExpectedOutcome;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Finance;
import dev.covenant.dsl.ast.FinanceAction;
import dev.covenant.dsl.ast.FinanceBlock;
import dev.covenant.dsl.ast.Given;
import dev.covenant.dsl.ast.GivenToday;
import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.ast.RecordEntry;
import dev.covenant.dsl.ast.RecordLiteral;
import dev.covenant.dsl.ast.Review;
import dev.covenant.dsl.ast.TestDeclaration;
import dev.covenant.dsl.ast.TestStatement;
import dev.covenant.dsl.ast.ValidateAction;
import dev.covenant.dsl.ast.ValidateBlock;
import dev.covenant.dsl.ast.ValidateOutcome;
import dev.covenant.dsl.ast.ValidateRule;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.types.Field;
import dev.covenant.dsl.types.Root;
import dev.covenant.dsl.types.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks {@code test} blocks: the given values against the field catalogue, and that each expectation can be met. */
final class TestChecker {
  static final String OTHERWISE = "otherwise";
  private final DiagnosticSink sink;
  private final ExpressionChecker expressions;
  private final Map<String, FinanceAction> financeRules;
  private final Map<String, ValidateRule> validateRules;
  private final boolean hasValidateBlock;
  /** Each block's catch-all, which a test names {@code by "otherwise"} (as reports do) unless a rule has that name. */
  private final Optional<FinanceAction> financeOtherwise;
  private final Optional<ValidateAction> validateOtherwise;

  TestChecker(DiagnosticSink sink, ExpressionChecker expressions, Policy policy) {
    this.sink = sink;
    this.expressions = expressions;
    this.financeRules = new HashMap<>();
    policy.finance().ifPresent(block -> block.rules().forEach(r -> financeRules.putIfAbsent(r.name(), r.action())));
    this.validateRules = new HashMap<>();
    policy.validate().ifPresent(block -> block.rules().forEach(r -> validateRules.putIfAbsent(r.name(), r)));
    this.hasValidateBlock = policy.validate().isPresent();
    this.financeOtherwise = policy.finance().flatMap(FinanceBlock::otherwise);
    this.validateOtherwise = policy.validate().flatMap(ValidateBlock::otherwise);
  }

  void check(List<TestDeclaration> tests) {
    Map<String, TestDeclaration> names = new HashMap<>();
    for (TestDeclaration test : tests) {
      TestDeclaration previous = names.putIfAbsent(test.name(), test);
      if (previous != null) {
        sink.report(DiagnosticCode.DUPLICATE_TEST, test.span(), "test \"" + test.name() + "\" is already defined on line "
            + previous.span().line());
      }
      checkTest(test);
    }
  }

  private void checkTest(TestDeclaration test) {
    Set<String> givens = new HashSet<>();
    Expectation expectation = null;
    for (TestStatement statement : test.statements()) {
      if (statement instanceof GivenToday today) {
        if (!givens.add("today")) {
          sink.report(DiagnosticCode.DUPLICATE_DECLARATION, today.span(), "this test already gives today");
        }
        expressions.expect(today.date(), Phase.GIVEN, Type.DATE, "'given today'");
      } else if (statement instanceof Given given) {
        Optional<Root> root = Root.byWord(given.root());
        if (root.isEmpty()) {
          List<String> roots = Arrays.stream(Root.values()).map(Root::word).toList();
          sink.report(DiagnosticCode.UNKNOWN_NAME, given.rootSpan(), "a test gives " + String.join(", ", roots)
              + " or today, not " + given.root() + Suggestions.didYouMean(given.root(), roots));
          continue;
        }
        if (!givens.add(given.root())) {
          sink.report(DiagnosticCode.DUPLICATE_DECLARATION, given.span(), "this test already gives " + given.root());
        }
        record(given.root(), given.record());
      } else if (statement instanceof Expectation expect) {
        if (expectation != null) {
          sink.report(DiagnosticCode.INVALID_EXPECTATION, expect.span(), "a test has one 'expect'; this one repeats line "
              + expectation.span().line() + " (write a second test)");
          continue;
        }
        expectation = expect;
        checkExpectation(expect);
      }
    }
    if (expectation == null) {
      sink.report(DiagnosticCode.INVALID_EXPECTATION, test.span(), "test \"" + test.name() + "\" has no 'expect'");
    }
  }

  private void record(String prefix, RecordLiteral record) {
    Set<String> keys = new HashSet<>();
    for (RecordEntry entry : record.entries()) {
      String path = prefix + "." + entry.key();
      if (!keys.add(entry.key())) {
        sink.report(DiagnosticCode.DUPLICATE_DECLARATION, entry.keySpan(), entry.key() + " is given twice");
        continue;
      }
      if (path.equals(Field.INVOICE_METADATA.path())) {
        metadata(entry);
      } else if (entry.value() instanceof RecordLiteral nested) {
        nestedRecord(entry, path, nested);
      } else if (isGroup(path)) {
        sink.report(DiagnosticCode.TYPE_MISMATCH, entry.value().span(), path + " is a group of fields; give them as a"
            + " record, such as " + entry.key() + ": { " + firstChild(path) + ": ... }");
      } else {
        value(entry, path, (Expr) entry.value());
      }
    }
  }

  private void nestedRecord(RecordEntry entry, String path, RecordLiteral nested) {
    Optional<Field> field = Field.byPath(path);
    if (isGroup(path)) {
      record(path, nested);
    } else if (field.isPresent()) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, nested.span(), path + " must be "
          + ExpressionChecker.article(field.get().type()) + ", not a record");
    } else {
      unknownField(entry, path);
    }
  }

  private static boolean isGroup(String path) {
    return Arrays.stream(Field.values()).anyMatch(f -> f.path().startsWith(path + "."));
  }

  private static String firstChild(String group) {
    String rest = Arrays.stream(Field.values()).map(Field::path).filter(p -> p.startsWith(group + ".")).findFirst()
        .orElseThrow().substring(group.length() + 1);
    return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
  }

  private void metadata(RecordEntry entry) {
    if (!(entry.value() instanceof RecordLiteral metadata)) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, entry.value().span(), "give invoice.metadata as a record of texts,"
          + " such as metadata: { channel: \"web\" }");
      return;
    }
    for (RecordEntry item : metadata.entries()) {
      if (item.value() instanceof Expr value) {
        expressions.expect(value, Phase.GIVEN, Type.TEXT, "invoice.metadata." + item.key());
      } else {
        sink.report(DiagnosticCode.TYPE_MISMATCH, item.value().span(), "invoice.metadata values are texts");
      }
    }
  }

  private void value(RecordEntry entry, String path, Expr value) {
    Optional<Field> field = Field.byPath(path);
    if (field.isEmpty()) {
      unknownField(entry, path);
      expressions.inferIn(value, Phase.GIVEN);
      return;
    }
    if (field.get() == Field.CREDIT_LINE_AVAILABLE) {
      sink.report(DiagnosticCode.FIELD_NOT_AVAILABLE, entry.keySpan(), "credit_line.available is computed by the "
          + "engine; give credit_line.balance_available instead");
      return;
    }
    expressions.expect(value, Phase.GIVEN, field.get().type(), path);
  }

  private void unknownField(RecordEntry entry, String path) {
    String root = path.substring(0, path.indexOf('.'));
    // Groups too: a misspelt group (buyer.adress) should be suggested like a misspelt field.
    Set<String> candidates = new TreeSet<>();
    for (Field field : Field.values()) {
      String candidate = field.path();
      while (candidate.startsWith(root + ".")) {
        candidates.add(candidate);
        candidate = candidate.substring(0, candidate.lastIndexOf('.'));
      }
    }
    sink.report(DiagnosticCode.UNKNOWN_FIELD, entry.keySpan(), "unknown field " + path
        + Suggestions.didYouMeanField(path, candidates));
  }

  private void checkExpectation(Expectation expect) {
    ExpectedOutcome outcome = expect.outcome();
    if (outcome.isValidateOutcome() && !hasValidateBlock) {
      sink.report(DiagnosticCode.INVALID_EXPECTATION, expect.span(), "'expect " + outcome.keyword()
          + "' needs a 'validate' block, and this policy has none");
    }
    expect.amount().ifPresent(amount -> {
      if (outcome != ExpectedOutcome.FINANCE) {
        sink.report(DiagnosticCode.INVALID_EXPECTATION, amount.span(), "only 'expect finance' takes an amount");
      } else {
        expressions.expect(amount, Phase.GIVEN, Type.Money.ANY_CURRENCY, "the expected amount");
      }
    });
    if (expect.autoValidate().isPresent() && outcome != ExpectedOutcome.FINANCE) {
      sink.report(DiagnosticCode.INVALID_EXPECTATION, expect.span(), "only 'expect finance' can expect auto_validate");
    }
    expect.rule().ifPresent(rule -> checkExpectedRule(expect, rule));
  }

  private void checkExpectedRule(Expectation expect, String rule) {
    ExpectedOutcome outcome = expect.outcome();
    if (outcome.isValidateOutcome()) {
      ValidateRule validateRule = validateRules.get(rule);
      if (validateRule == null && rule.equals(OTHERWISE)) {
        // Without an otherwise, no matching rule holds the loan for a person.
        ValidateOutcome otherwise = validateOtherwise.map(ValidateAction::outcome).orElse(ValidateOutcome.HOLD);
        if (!otherwise.name().equals(outcome.name())) {
          cannotMeet(expect, rule, otherwise.keyword() + "s", outcome);
        }
        return;
      }
      if (validateRule == null) {
        unknownRule(expect, rule, validateRules.keySet(), "validate");
      } else if (!validateRule.action().outcome().name().equals(outcome.name())) {
        cannotMeet(expect, rule, validateRule.action().outcome().keyword() + "s", outcome);
      }
      return;
    }
    FinanceAction action = financeRules.get(rule);
    if (action == null && rule.equals(OTHERWISE)) {
      if (financeOtherwise.isEmpty()) {
        // Without an otherwise, no matching rule skips ("no rule matched").
        if (outcome != ExpectedOutcome.SKIP) {
          cannotMeet(expect, rule, "skips", outcome);
        }
        return;
      }
      action = financeOtherwise.get();
    }
    if (action == null) {
      unknownRule(expect, rule, financeRules.keySet(), "finance");
      return;
    }
    // A finance rule may still end in skip: the engine's invariants (credit available, per-loan maximum) can turn it.
    boolean possible = switch (outcome) {
      case FINANCE -> action instanceof Finance;
      case REVIEW -> action instanceof Review;
      default -> !(action instanceof Review);
    };
    if (!possible) {
      String does = action instanceof Finance ? "finances" : action instanceof Review ? "reviews" : "skips";
      cannotMeet(expect, rule, does, outcome);
    }
  }

  private void unknownRule(Expectation expect, String rule, Set<String> names, String block) {
    sink.report(DiagnosticCode.UNKNOWN_TEST_RULE, expect.ruleSpan(), "no rule \"" + rule + "\" in the '" + block
        + "' block" + Suggestions.didYouMean(rule, names));
  }

  private void cannotMeet(Expectation expect, String rule, String does, ExpectedOutcome outcome) {
    sink.report(DiagnosticCode.INVALID_EXPECTATION, expect.ruleSpan(), "rule \"" + rule + "\" " + does
        + ", so this test can never see it " + outcome.keyword());
  }

}
