package dev.covenant.core.internal.engine;

import dev.covenant.core.Decision;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.TestResult;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.dsl.CheckedPolicy;
import java.util.List;

/** The compiled form of a policy behind {@link dev.covenant.core.CompiledPolicy}. */
public final class PolicyProgram {
  private final CheckedPolicy checked;

  private PolicyProgram(CheckedPolicy checked) {
    this.checked = checked;
  }

  public static PolicyProgram compile(CheckedPolicy checked) {
    return new PolicyProgram(checked);
  }

  public Decision decide(Invoice invoice, DecisionInputs inputs) {
    throw new UnsupportedOperationException("engine under construction");
  }

  public DecisionBatch decideAll(List<Invoice> invoices, DecisionInputs inputs) {
    throw new UnsupportedOperationException("engine under construction");
  }

  public ValidationDecision validate(LoanProposal loan, DecisionInputs inputs) {
    throw new UnsupportedOperationException("engine under construction");
  }

  public List<TestResult> runTests() {
    throw new UnsupportedOperationException("engine under construction");
  }
}
