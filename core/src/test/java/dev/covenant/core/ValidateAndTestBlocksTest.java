package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.LoanProposal;
import dev.covenant.dsl.ast.ValidateOutcome;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ValidateAndTestBlocksTest {
  private static final CompiledPolicy POLICY = Policies.compile("""
      policy "validation" version 4
      finance {
        rule "small" when invoice.to_pay_amount < 500 EUR then skip "too small"
        otherwise review
      }
      validate {
        rule "cheap" when loan.fees_estimated <= 1% of loan.amount then validate
        rule "dear"  when loan.fees_estimated > 2% of loan.amount then cancel "fees above 2%"
        otherwise hold "a person decides"
      }
      test "cheap loans are validated" {
        given loan { amount: 10_000 EUR, currency: EUR, fees_estimated: 80 EUR }
        expect validate by "cheap"
      }
      test "this one is wrong on purpose" {
        given invoice { to_pay_amount: 100 EUR, currency: EUR }
        expect review
      }
      """);

  private static LoanProposal loan(long amount, OptionalLong fees) {
    return new LoanProposal("loan-1", amount, "EUR", fees, Optional.of(OffsetDateTime.parse("2026-11-20T00:00:00Z")),
        Optional.of(OffsetDateTime.parse("2026-12-20T00:00:00Z")), "TO_VALIDATE", Optional.of("S1"));
  }

  @Test
  void validateRulesDecideOnProposedConditions() {
    DecisionInputs inputs = DecisionInputs.empty();

    assertThat(POLICY.validate(loan(1_000_000, OptionalLong.of(8_000)), inputs).outcome()).isEqualTo(ValidateOutcome.VALIDATE);
    ValidationDecision dear = POLICY.validate(loan(1_000_000, OptionalLong.of(30_000)), inputs);
    assertThat(dear.outcome()).isEqualTo(ValidateOutcome.CANCEL);
    assertThat(dear.rule()).contains("dear");
    assertThat(dear.reason()).isEqualTo("fees above 2%");
    assertThat(dear.explanation().rules().get(0).conditions().get(0).values())
        .contains(new ObservedValue("loan.fees_estimated", Optional.of("300.00 EUR")));
  }

  @Test
  void unknownFeesFallThroughToHold() {
    ValidationDecision decision = POLICY.validate(loan(1_000_000, OptionalLong.empty()), DecisionInputs.empty());

    assertThat(decision.outcome()).isEqualTo(ValidateOutcome.HOLD);
    assertThat(decision.rule()).isEmpty();
    assertThat(decision.reason()).isEqualTo("a person decides");
  }

  @Test
  void aPolicyWithoutValidateRulesHoldsEveryProposal() {
    CompiledPolicy policy = Policies.finance("", "  otherwise skip");

    ValidationDecision decision = policy.validate(loan(1_000, OptionalLong.of(1)), DecisionInputs.empty());

    assertThat(decision.outcome()).isEqualTo(ValidateOutcome.HOLD);
    assertThat(decision.reason()).contains("a person decides");
  }

  @Test
  void testBlocksReportPassesAndExplainFailures() {
    List<TestResult> results = POLICY.runTests();

    assertThat(results).extracting(TestResult::name)
        .containsExactly("cheap loans are validated", "this one is wrong on purpose");
    assertThat(results.get(0).passed()).isTrue();
    assertThat(results.get(1).passed()).isFalse();
    assertThat(results.get(1).line()).isEqualTo(15);
    assertThat(results.get(1).failure().orElseThrow())
        .startsWith("expected review, got skip by \"small\" (too small)")
        .contains("rule \"small\" (line 3) decided", "invoice.to_pay_amount = 100.00 EUR");
  }

  @Test
  void aTestNamesTheCatchAllAsOtherwiseAsReportsDo() {
    CompiledPolicy policy = Policies.compile("""
        policy "catch-all" version 1
        finance {
          rule "small" when invoice.to_pay_amount < 500 EUR then skip
          otherwise review "a person decides"
        }
        validate {
          rule "cheap" when loan.fees_estimated <= 1% of loan.amount then validate
        }
        test "large invoices go to a person" {
          given invoice { currency: EUR, to_pay_amount: 5_000 EUR }
          expect review by "otherwise"
        }
        test "wrong on purpose: small ones are not decided by the catch-all" {
          given invoice { currency: EUR, to_pay_amount: 100 EUR }
          expect review by "otherwise"
        }
        test "dear loans are held by the validate block's default" {
          given loan { amount: 10_000 EUR, currency: EUR, fees_estimated: 500 EUR, status: TO_VALIDATE }
          expect hold by "otherwise"
        }
        """);

    List<TestResult> results = policy.runTests();

    assertThat(results).extracting(TestResult::passed).containsExactly(true, false, true);
    assertThat(results.get(1).failure().orElseThrow()).startsWith("expected review by \"otherwise\", got skip by \"small\"");
  }

  @Test
  void expectingTheCatchAllToDoWhatItCannotIsRefusedWhenChecked() {
    LoadResult result = PolicyLoader.create().load(dev.covenant.dsl.PolicySource.of("p.policy", """
        policy "catch-all" version 1
        finance {
          rule "small" when invoice.to_pay_amount < 500 EUR then skip
          otherwise review
        }
        test "impossible" {
          given invoice { currency: EUR, to_pay_amount: 5_000 EUR }
          expect finance by "otherwise"
        }
        """));

    assertThat(result.compilation().errors()).extracting(d -> d.code().code()).containsExactly("invalid-expectation");
  }
}
