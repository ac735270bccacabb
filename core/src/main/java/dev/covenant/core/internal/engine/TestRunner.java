package dev.covenant.core.internal.engine;

import dev.covenant.core.Decision;
import dev.covenant.core.Outcome;
import dev.covenant.core.TestResult;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.model.Money;
import dev.covenant.dsl.ast.Expectation;
import dev.covenant.dsl.ast.Given;
import dev.covenant.dsl.ast.GivenToday;
import dev.covenant.dsl.ast.TestDeclaration;
import dev.covenant.dsl.ast.TestStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a policy's {@code test} blocks: builds the inputs a test gives, decides with the same
 * compiled rules as production, and compares with the expectation.
 */
final class TestRunner {
  private final PolicyProgram program;
  private final ExpressionCompiler compiler;
  private final Clock clock;

  TestRunner(PolicyProgram program, Clock clock) {
    this.program = program;
    this.compiler = new ExpressionCompiler(program.checked());
    this.clock = clock;
  }

  List<TestResult> run() {
    List<TestResult> results = new ArrayList<>();
    for (TestDeclaration test : program.checked().ast().declarations(TestDeclaration.class)) {
      results.add(new TestResult(test.name(), test.span().line(), failure(test)));
    }
    return results;
  }

  private Optional<String> failure(TestDeclaration test) {
    LocalDate today = LocalDate.now(clock.withZone(program.days().zone()));
    for (TestStatement statement : test.statements()) {
      if (statement instanceof GivenToday given) {
        today = LocalDate.ofEpochDay(compiler.value(given.date()).eval(new Env(program.days(), today.toEpochDay())));
      }
    }
    TestInputs inputs = new TestInputs(compiler, program.days(), today.toEpochDay(), test.name());
    Expectation expectation = null;
    for (TestStatement statement : test.statements()) {
      if (statement instanceof Given given) {
        inputs.give(given.root(), given.record());
      } else if (statement instanceof Expectation expect) {
        expectation = expect;
      }
    }
    if (expectation == null) {
      return Optional.of("the test has no expect");
    }
    return expectation.outcome().isValidateOutcome() ? validate(inputs, expectation) : finance(inputs, expectation);
  }

  private Optional<String> finance(TestInputs inputs, Expectation expect) {
    Env env = inputs.financeEnv(program);
    Decision decision = program.decide(env, program.decidingIndex(env));
    List<String> differences = new ArrayList<>();
    if (decision.outcome() != Outcome.valueOf(expect.outcome().name())) {
      differences.add("outcome");
    }
    expect.rule().ifPresent(rule -> {
      if (!decidedBy(decision.rule(), rule)) {
        differences.add("rule");
      }
    });
    expect.amount().ifPresent(amount -> {
      LongNode expected = compiler.value(amount);
      Money expectedMoney = new Money(expected.eval(env), expected.currency(env));
      if (!decision.amount().equals(Optional.of(expectedMoney))) {
        differences.add("amount");
      }
    });
    expect.autoValidate().ifPresent(auto -> {
      if (decision.outcome() == Outcome.FINANCE && decision.autoValidate() != auto) {
        differences.add("auto_validate");
      }
    });
    if (differences.isEmpty()) {
      return Optional.empty();
    }
    String got = decision.outcome().name().toLowerCase(Locale.ROOT)
        + decision.amount().map(a -> " " + a).orElse("")
        + decision.rule().map(r -> " by \"" + r + "\"").orElse(decision.outcome() == Outcome.FINANCE ? "" : " by no rule")
        + (decision.outcome() == Outcome.FINANCE ? (decision.autoValidate() ? " auto_validate" : " not auto_validate") : "")
        + " (" + decision.reason() + ")";
    return Optional.of("expected " + expected(expect) + ", got " + got + "\n" + decision.explanation().render());
  }

  private Optional<String> validate(TestInputs inputs, Expectation expect) {
    ValidationDecision decision = program.validate(inputs.validateEnv());
    boolean outcomeDiffers = !decision.outcome().name().equals(expect.outcome().name());
    boolean ruleDiffers = expect.rule().isPresent() && !decidedBy(decision.rule(), expect.rule().get());
    if (!outcomeDiffers && !ruleDiffers) {
      return Optional.empty();
    }
    String got = decision.outcome().name().toLowerCase(Locale.ROOT)
        + decision.rule().map(r -> " by \"" + r + "\"").orElse(" by no rule") + " (" + decision.reason() + ")";
    return Optional.of("expected " + expected(expect) + ", got " + got + "\n" + decision.explanation().render());
  }

  /**
   * Whether the decision's rule is the one expected; {@code "otherwise"} names the block's catch-all
   * (a decision by no rule), as the dry-run reports do, unless a rule has that very name.
   */
  private static boolean decidedBy(Optional<String> decided, String expected) {
    return decided.equals(Optional.of(expected)) || (decided.isEmpty() && expected.equals("otherwise"));
  }

  private String expected(Expectation expect) {
    return expect.outcome().keyword()
        + expect.amount().map(a -> " " + compiler.text(a)).orElse("")
        + expect.rule().map(r -> " by \"" + r + "\"").orElse("")
        + expect.autoValidate().map(a -> a ? " auto_validate" : " not auto_validate").orElse("");
  }
}
