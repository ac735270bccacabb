package dev.covenant.core;

import static dev.covenant.core.TestInvoices.borrower;
import static dev.covenant.core.TestInvoices.creditLine;
import static dev.covenant.core.TestInvoices.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DecideTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final DecisionInputs ONE_SELLER =
      DecisionInputs.of(List.of(borrower("S1", "READY")), List.of(creditLine("S1", 10_000_000, 5_000_000))).withToday(TODAY);

  private static Invoice euros(String number, long cents) {
    return invoice(number, "S1", "B1", cents, "2026-11-01T10:00:00+01:00", "2026-12-15T10:00:00+01:00");
  }

  @Test
  void percentOfMoneyRoundsDownToTheCent() {
    CompiledPolicy policy = Policies.finance("", "  rule \"share\" when invoice.to_pay_amount > 0 EUR then finance 1.5% of invoice.to_pay_amount");

    Decision decision = policy.decide(euros("I1", 1_001), ONE_SELLER);

    // 1.5% of 10.01 EUR is 0.15015 EUR.
    assertThat(decision.amount()).contains(new Money(15, "EUR"));
  }

  @Test
  void aPercentOfANumberIsExactAndMissingWhenTheNumberIs() {
    // A rate ceiling written as a share of a reference rate: 50% of 0.0006 is 0.0003, exactly.
    CompiledPolicy policy = Policies.finance("let reference_rate = 0.0006",
        "  rule \"cheap line\" when credit_line.fees_daily_rate <= 50% of reference_rate then review \"cheap\"\n"
            + "  rule \"half\" when 50% of credit_line.fees_daily_rate > 0 then skip \"dear\"\n"
            + "  otherwise skip \"no rate\"");
    DecisionInputs at = withRate(new BigDecimal("0.0003"));
    DecisionInputs above = withRate(new BigDecimal("0.00031"));
    DecisionInputs none = ONE_SELLER;

    assertThat(policy.decide(euros("I1", 1_000), at).rule()).contains("cheap line");
    assertThat(policy.decide(euros("I1", 1_000), above).rule()).contains("half");
    assertThat(policy.decide(euros("I1", 1_000), none).reason()).isEqualTo("no rate");
    assertThat(policy.decide(euros("I1", 1_000), above).explanation().render())
        .contains("50% of credit_line.fees_daily_rate > 0  [50% of credit_line.fees_daily_rate = 0.000155");
  }

  private static DecisionInputs withRate(BigDecimal rate) {
    CreditLine line = new CreditLine(Optional.empty(), "S1", "EUR", OptionalLong.of(10_000_000), OptionalLong.of(5_000_000),
        0, 0, Optional.of(rate));
    return DecisionInputs.of(List.of(borrower("S1", "READY")), List.of(line)).withToday(TODAY);
  }

  @Test
  void anAllocationKeyReadingTodaySeesTheEvaluationDate() {
    // Due dates capped at ten days from today (2026-11-30), latest first: INV-2 (due 2026-12-15,
    // key 2026-11-30) before INV-1 (due 2026-11-25). Read as 1970-01-01, today would tie the keys
    // and the invoice number would put INV-1 first.
    CompiledPolicy policy = Policies.finance("allocate by min(invoice.due_at, today + 10 days) descending",
        "  rule \"all\" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount");
    Invoice first = invoice("INV-1", "S1", "B1", 3_000_000, "2026-11-01T10:00:00+01:00", "2026-11-25T10:00:00+01:00");
    Invoice second = invoice("INV-2", "S1", "B1", 3_000_000, "2026-11-01T10:00:00+01:00", "2026-12-15T10:00:00+01:00");

    // 50,000 EUR available: one of the two 30,000 EUR invoices fits.
    List<Decision> decisions = policy.decideAll(List.of(first, second), ONE_SELLER).decisions();

    assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.SKIP, Outcome.FINANCE);
  }

  @Test
  void aDurationOfOneDayReadsInTheSingular() {
    CompiledPolicy policy = Policies.finance("", "  rule \"short\" when invoice.due_at - invoice.issued_at < 2 days then skip");
    Invoice nextDay = invoice("I1", "S1", "B1", 1_000, "2026-11-01T10:00:00Z", "2026-11-02T10:00:00Z");

    assertThat(policy.decide(nextDay, ONE_SELLER).explanation().render())
        .contains("invoice.due_at - invoice.issued_at = 1 day,");
  }

  @Test
  void moneyInAnotherCurrencyNeverCompares() {
    CompiledPolicy policy = Policies.finance("", "  rule \"small\" when invoice.to_pay_amount < 500 EUR then skip \"small\"\n"
        + "  otherwise review \"other\"");
    Invoice pounds = invoice("I1", "S1", "B1", "GBR", "GBP", OptionalLong.of(100), "2026-11-01T10:00:00Z", "2026-12-01T10:00:00Z");

    Decision decision = policy.decide(pounds, ONE_SELLER);

    assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decision.explanation().rules().get(0).conditions().get(0).values())
        .contains(new ObservedValue("invoice.to_pay_amount", Optional.of("1.00 GBP")));
  }

  @Test
  void aComparisonWithAMissingValueIsFalseAndNotNegatesIt() {
    CompiledPolicy policy = Policies.finance("",
        "  rule \"big\" when invoice.to_pay_amount > 10 EUR then skip \"big\"\n"
            + "  rule \"not big\" when not (invoice.to_pay_amount > 10 EUR) then review \"not big\"");
    Invoice unknownAmount = invoice("I1", "S1", "B1", "FRA", "EUR", OptionalLong.empty(), "2026-11-01T10:00:00Z", null);

    Decision decision = policy.decide(unknownAmount, ONE_SELLER);

    assertThat(decision.rule()).contains("not big");
    ConditionTrace failed = decision.explanation().rules().get(0).conditions().get(0);
    assertThat(failed.held()).isFalse();
    assertThat(failed.values()).containsExactly(new ObservedValue("invoice.to_pay_amount", Optional.empty()));
    assertThat(decision.explanation().render()).contains("invoice.to_pay_amount = missing");
  }

  @Test
  void dateTimesBecomeDatesInThePolicyTimezoneAroundMidnight() {
    String rules = "  rule \"december\" when invoice.due_at == 2026-12-01 then skip \"december\"\n  otherwise review";
    Invoice lateEvening = invoice("I1", "S1", "B1", 1_000, "2026-11-01T10:00:00Z", "2026-11-30T23:30:00Z");

    assertThat(Policies.finance("timezone \"Europe/Paris\"", rules).decide(lateEvening, ONE_SELLER).rule())
        .contains("december");
    assertThat(Policies.finance("", rules).decide(lateEvening, ONE_SELLER).rule()).isEmpty();
  }

  @Test
  void aFinanceAboveToPayAmountBecomesASkipSayingSo() {
    CompiledPolicy policy = Policies.finance("", "  rule \"too generous\" when invoice.to_pay_amount > 0 EUR"
        + " then finance invoice.to_pay_amount + 1 EUR");

    Decision decision = policy.decide(euros("I1", 10_000), ONE_SELLER);

    assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(decision.rule()).contains("too generous");
    assertThat(decision.reason()).isEqualTo("the amount 101.00 EUR exceeds the invoice's to_pay_amount 100.00 EUR");
    assertThat(decision.explanation().invariant()).contains(decision.reason());
  }

  @Test
  void aFinanceAboveDefactosMaximumBecomesASkip() {
    CompiledPolicy policy = Policies.finance("", "  rule \"all\" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount");
    DecisionInputs rich = DecisionInputs.of(List.of(borrower("S1", "READY")),
        List.of(creditLine("S1", 100_000_000, 90_000_000))).withToday(TODAY);

    Decision decision = policy.decide(euros("I1", 20_000_001), rich);

    assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(decision.reason()).contains("exceeds Defacto's per-loan maximum of 200000.00 EUR");
    assertThat(policy.decide(euros("I2", 20_000_000), rich).outcome()).isEqualTo(Outcome.FINANCE);
  }

  @Test
  void aFinanceWithoutACreditLineBecomesASkip() {
    CompiledPolicy policy = Policies.finance("", "  rule \"all\" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount");

    Decision decision = policy.decide(euros("I1", 1_000), DecisionInputs.empty().withToday(TODAY));

    assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(decision.reason()).isEqualTo("borrower S1 has no credit line");
  }

  @Test
  void aBatchConsumesAvailabilityInAllocationOrderAfterTheReserve() {
    CompiledPolicy policy = Policies.compile("""
        policy "alloc" version 1
        finance {
          rule "all" when credit_line.available >= invoice.to_pay_amount then finance invoice.to_pay_amount
          otherwise skip "no room"
        }
        allocate by invoice.due_at ascending
        reserve 10% of credit_line.pool_amount
        """);
    // 10,000 EUR available minus a 2,000 EUR reserve leaves 8,000 EUR.
    DecisionInputs inputs = DecisionInputs.of(List.of(borrower("S1", "READY")),
        List.of(creditLine("S1", 2_000_000, 1_000_000))).withToday(TODAY);
    Invoice later = invoice("A-LATE", "S1", "B1", 500_000, "2026-11-01T10:00:00Z", "2027-01-10T10:00:00Z");
    Invoice sooner = invoice("Z-SOON", "S1", "B2", 400_000, "2026-11-01T10:00:00Z", "2026-12-10T10:00:00Z");

    DecisionBatch batch = policy.decideAll(List.of(later, sooner), inputs);

    assertThat(batch.decisions()).extracting(Decision::outcome).containsExactly(Outcome.SKIP, Outcome.FINANCE);
    assertThat(batch.decisions().get(0).explanation().render())
        .contains("credit_line.available = 4000.00 EUR", "invoice.to_pay_amount = 5000.00 EUR");
  }

  @Test
  void exposureAccumulatesPerBuyerAcrossTheBatchOnTopOfOutstanding() {
    CompiledPolicy policy = Policies.compile("""
        policy "concentration" version 1
        finance {
          rule "buyer concentration" when exposure.buyer + invoice.to_pay_amount > 1_000 EUR then skip
          rule "all" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount
        }
        allocate by invoice.invoice_number ascending
        """);
    DecisionInputs inputs = ONE_SELLER.withBuyerExposure("B1", Money.of(new BigDecimal("300"), "EUR"));
    List<Invoice> invoices = List.of(euros("I1", 40_000), euros("I2", 30_000), euros("I3", 20_000));

    DecisionBatch batch = policy.decideAll(invoices, inputs);

    // 300 outstanding + 400 = 700; + 300 = 1,000 still fits; + 200 would be 1,200.
    assertThat(batch.decisions()).extracting(Decision::outcome)
        .containsExactly(Outcome.FINANCE, Outcome.FINANCE, Outcome.SKIP);
  }

  @Test
  void theSameInvoiceTwiceInABatchIsDecidedOnce() {
    CompiledPolicy policy = Policies.finance("", "  rule \"all\" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount");

    DecisionBatch batch = policy.decideAll(List.of(euros("I1", 1_000), euros("I1", 1_000)), ONE_SELLER);

    assertThat(batch.decisions()).extracting(Decision::outcome).containsExactly(Outcome.FINANCE, Outcome.SKIP);
    assertThat(batch.decisions().get(1).reason()).contains("appears earlier in this batch");
  }

  @Test
  void saltIdDependsOnlyOnSellerAndInvoiceNumber() {
    CompiledPolicy policy = Policies.finance("", "  otherwise skip");
    Decision first = policy.decide(euros("I1", 1_000), ONE_SELLER);
    Decision sameInvoiceOtherAmount = policy.decide(euros("I1", 9_999), DecisionInputs.empty());
    Decision otherSeller = policy.decide(invoice("I1", "S2", "B1", 1_000, null, null), ONE_SELLER);

    assertThat(first.saltId()).isEqualTo(sameInvoiceOtherAmount.saltId()).startsWith("cov1-").hasSize(37);
    assertThat(otherSeller.saltId()).isNotEqualTo(first.saltId());
  }

  @Test
  void financeDecisionsCarryDatesAndAutoValidation() {
    CompiledPolicy policy = Policies.finance("timezone \"Europe/Paris\"", """
          rule "pay later"
            when invoice.to_pay_amount > 0 EUR
            then finance 80% of invoice.to_pay_amount
                 pay on invoice.due_at
                 repay on end_of_month(invoice.due_at + 30 days)
                 auto_validate when invoice.to_pay_amount <= 100 EUR
        """);

    Decision small = policy.decide(euros("I1", 10_000), ONE_SELLER);
    Decision large = policy.decide(euros("I2", 10_001), ONE_SELLER);

    assertThat(small.outcome()).isEqualTo(Outcome.FINANCE);
    assertThat(small.amount()).contains(new Money(8_000, "EUR"));
    assertThat(small.payOn()).contains(LocalDate.of(2026, 12, 15));
    assertThat(small.repayOn()).contains(LocalDate.of(2027, 1, 31));
    assertThat(small.autoValidate()).isTrue();
    assertThat(large.autoValidate()).isFalse();
  }

  @Test
  void withoutRepayOnTheLoanIsRepaidOnTheDueDateAndPaidToday() {
    CompiledPolicy policy = Policies.finance("", "  rule \"all\" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount");

    Decision decision = policy.decide(euros("I1", 1_000), ONE_SELLER);

    assertThat(decision.payOn()).contains(TODAY);
    assertThat(decision.repayOn()).contains(LocalDate.of(2026, 12, 15));
  }

  @Test
  void theExplanationNamesTheFirstFailingConditionOfEachEarlierRule() {
    CompiledPolicy policy = Policies.finance("let minimum = 500 EUR", """
          rule "too small" when invoice.to_pay_amount < minimum then skip
          rule "euro and near"
            when invoice.currency == EUR
             and invoice.due_at - today <= 30 days
            then review "look"
          otherwise skip "nothing"
        """);

    Decision decision = policy.decide(euros("I1", 100_000), ONE_SELLER);

    List<RuleTrace> rules = decision.explanation().rules();
    assertThat(rules).extracting(RuleTrace::matched).containsExactly(false, true);
    assertThat(rules.get(0).conditions()).singleElement().satisfies(condition -> {
      assertThat(condition.condition()).isEqualTo("invoice.to_pay_amount < minimum");
      assertThat(condition.values()).containsExactly(
          new ObservedValue("invoice.to_pay_amount", Optional.of("1000.00 EUR")),
          new ObservedValue("minimum", Optional.of("500.00 EUR")));
    });
    assertThat(rules.get(1).conditions()).extracting(ConditionTrace::held).containsExactly(true, true);
    assertThat(rules.get(1).conditions().get(1).values()).contains(
        new ObservedValue("invoice.due_at - today", Optional.of("25 days")));
    assertThat(decision.rule()).contains("euro and near");
    assertThat(decision.reason()).isEqualTo("look");
  }

  @Test
  void withoutOtherwiseNoMatchSkipsWithNoRule() {
    CompiledPolicy policy = Policies.finance("", "  rule \"never\" when invoice.currency == GBP then review");

    Decision decision = policy.decide(euros("I1", 1_000), ONE_SELLER);

    assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(decision.rule()).isEmpty();
    assertThat(decision.reason()).isEqualTo("no rule matched");
  }

  @Test
  void aRuleWithoutAReasonGivesItsNameAsTheReason() {
    CompiledPolicy policy = Policies.finance("", "  rule \"euro invoices\" when invoice.currency == EUR then review");

    assertThat(policy.decide(euros("I1", 1_000), ONE_SELLER).reason()).isEqualTo("euro invoices");
  }

  @Test
  void functionsComputeCalendarFacts() {
    CompiledPolicy policy = Policies.finance("", """
          rule "friday the 4th" when day_of_week(invoice.due_at) == FRI and day_of_month(invoice.due_at) == 4 then review
          otherwise skip
        """);
    Invoice friday = invoice("I1", "S1", "B1", 1_000, null, "2026-12-04T12:00:00Z");
    Invoice saturday = invoice("I2", "S1", "B1", 1_000, null, "2026-12-05T12:00:00Z");

    assertThat(policy.decide(friday, ONE_SELLER).outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(policy.decide(saturday, ONE_SELLER).outcome()).isEqualTo(Outcome.SKIP);
  }

  @Test
  void minAndMaxCapAndFloorAmounts() {
    CompiledPolicy policy = Policies.finance("", """
          rule "capped"
            when invoice.to_pay_amount > 0 EUR
            then finance min(invoice.to_pay_amount, max(80% of invoice.to_pay_amount, 300 EUR))
        """);

    // 80% of 1,000 EUR is 800 EUR; 80% of 200 EUR is below the 300 EUR floor, which the invoice caps at 200 EUR.
    assertThat(policy.decide(euros("I1", 100_000), ONE_SELLER).amount()).contains(new Money(80_000, "EUR"));
    assertThat(policy.decide(euros("I2", 20_000), ONE_SELLER).amount()).contains(new Money(20_000, "EUR"));
  }

  @Test
  void aRepayDateNotAfterThePayDateBecomesASkip() {
    CompiledPolicy policy = Policies.finance("", "  rule \"same day\" when invoice.to_pay_amount > 0 EUR"
        + " then finance invoice.to_pay_amount repay on today");

    Decision decision = policy.decide(euros("I1", 1_000), ONE_SELLER);

    assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(decision.reason()).isEqualTo("the repay date 2026-11-20 is not after the pay date 2026-11-20");
  }

  @Test
  void aCreditLineInAnotherCurrencyFinancesNothing() {
    CompiledPolicy policy = Policies.finance("", "  rule \"all\" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount");
    CreditLine pounds = new CreditLine(Optional.empty(), "S1", "GBP", OptionalLong.of(10_000_000), OptionalLong.of(5_000_000),
        0, 0, Optional.empty());

    Decision decision = policy.decide(euros("I1", 1_000), DecisionInputs.of(List.of(), List.of(pounds)).withToday(TODAY));

    assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(decision.reason()).isEqualTo("borrower S1's credit line is in GBP, the amount in EUR");
  }

  @Test
  void rolloutSelectsAStableShareOfKeys() {
    CompiledPolicy policy = Policies.finance("", "  rule \"pilot\" when rollout(invoice.seller.identifier, 20%) then review\n"
        + "  otherwise skip");
    int selected = 0;
    for (int i = 0; i < 2_000; i++) {
      Invoice invoice = invoice("I" + i, "seller-" + i, "B1", 1_000, null, null);
      Outcome outcome = policy.decide(invoice, ONE_SELLER).outcome();
      assertThat(policy.decide(invoice, ONE_SELLER).outcome()).isEqualTo(outcome);
      selected += outcome == Outcome.REVIEW ? 1 : 0;
    }
    assertThat(selected).isBetween(320, 480);
  }
}
