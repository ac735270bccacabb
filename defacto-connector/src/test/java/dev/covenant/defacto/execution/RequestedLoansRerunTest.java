package dev.covenant.defacto.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.Outcome;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.internal.execution.LoanRequestFactory;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A run that created only the second of two loans before it died: the re-run, told of that loan,
 * finances both invoices again, gets the existing loan back and validates it.
 */
class RequestedLoansRerunTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();
  private static final String SELLER = "900000001";
  private static final List<ObjectNode> PAYLOADS = List.of(
      ExecutionFixtures.payload("RR-1", SELLER, 500_000), ExecutionFixtures.payload("RR-2", SELLER, 500_000));
  private static final List<Invoice> INVOICES = ExecutionFixtures.invoicesOf(PAYLOADS);
  private static final CompiledPolicy POLICY = ExecutionFixtures.policy();

  /** The seller's line with {@code availableCents} left. */
  private static DecisionInputs available(long availableCents) {
    Borrower borrower = new Borrower(Optional.empty(), SELLER, Optional.of("siren"), Optional.of("Seller"),
        Optional.of("READY"), Optional.empty(), Optional.empty());
    CreditLine line = new CreditLine(Optional.empty(), SELLER, "EUR", OptionalLong.of(1_000_000),
        OptionalLong.of(availableCents), 0, 0, Optional.empty());
    return DecisionInputs.of(List.of(borrower), List.of(line)).withToday(ExecutionFixtures.TODAY);
  }

  private static LoanExecutor executor() {
    return LoanExecutor.builder(DEFACTO.client(), POLICY).payloads(InvoicePayloads.of(PAYLOADS))
        .polling(PollingBudget.disabled()).build();
  }

  @Test
  void theRerunFinancesAsTheFirstRunAndValidatesTheLoanLeftToValidate() {
    // First run: 100 000 EUR for two invoices of 5 000 EUR, each financed 80% (4 000 EUR).
    DecisionBatch first = POLICY.decideAll(INVOICES, available(1_000_000));
    assertThat(first.decisions()).extracting(Decision::outcome).containsExactly(Outcome.FINANCE, Outcome.FINANCE);
    // It dies right after requesting RR-2's loan (POST /loans done, nothing validated): 6 000 EUR are left.
    Decision second = first.decisions().get(1);
    DEFACTO.client().createLoan(new LoanRequestFactory(AutoValidation.AS_DECIDED, false, POLICY)
        .create(second, PAYLOADS.get(1), second.saltId(), available(1_000_000)));
    DecisionInputs live = available(600_000);

    // Without the requested loans, RR-1 takes the credit and RR-2 is skipped, its loan left TO_VALIDATE.
    assertThat(POLICY.decideAll(INVOICES, live).decisions()).extracting(Decision::outcome)
        .containsExactly(Outcome.FINANCE, Outcome.SKIP);

    RequestedLoans requested = RequestedLoans.find(DEFACTO.client());
    DecisionInputs inputs = live.withRequestedLoans(requested.amounts());
    DecisionBatch rerun = POLICY.decideAll(INVOICES, inputs);
    ExecutionReport report = executor().execute(rerun, inputs, requested);

    assertThat(inputs.requestedLoans()).containsOnlyKeys(second.saltId());
    assertThat(rerun.decisions()).extracting(Decision::outcome, Decision::amount)
        .isEqualTo(first.decisions().stream().map(d -> tuple(d.outcome(), d.amount())).toList());
    assertThat(report.entries()).extracting(LoanExecution::outcome)
        .containsExactly(ExecutionOutcome.VALIDATED, ExecutionOutcome.VALIDATED);
    assertThat(DEFACTO.loansCreated()).isEqualTo(2);
    assertThat(DEFACTO.validations("RR-2")).isEqualTo(1);
    // RR-2's loan was read again, not requested again: its invoice's PDF went to Defacto once.
    assertThat(DEFACTO.saltIdsReceived()).containsOnlyOnce(second.saltId());
    assertThat(requested.loanId(second.saltId())).isPresent();
  }
}
