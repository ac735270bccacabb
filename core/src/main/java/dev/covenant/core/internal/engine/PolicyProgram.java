package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.Decision;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.DecisionSink;
import dev.covenant.core.Explanation;
import dev.covenant.core.Outcome;
import dev.covenant.core.RuleTrace;
import dev.covenant.core.TestResult;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.core.model.Money;
import dev.covenant.dsl.BorrowerParty;
import dev.covenant.dsl.CheckedPolicy;
import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.ReserveDeclaration;
import dev.covenant.dsl.ast.ValidateAction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compiled form of a policy behind {@link dev.covenant.core.CompiledPolicy}. Thread-safe; its
 * only mutable state is caches (the last inputs' index, generated rule chains).
 */
public final class PolicyProgram {
  private final CheckedPolicy checked;
  private final EpochDays days;
  private final boolean borrowerIsBuyer;
  private final RuleBlock<FinanceAction> finance;
  private final RuleBlock<ValidateAction> validate;
  private final LongNode reserve;
  private final Optional<AllocationOrder> allocation;
  private final Invariants invariants;
  /** The index of the inputs seen last: callers deciding invoice by invoice usually pass the same inputs. */
  private volatile BorrowerIndex lastIndex;

  /** Decisions per rule block before its chain is generated; see {@link RuleBlock}. */
  private static final int GENERATE_RULE_CHAINS_AFTER = Integer.getInteger("covenant.generateRuleChainsAfter", 5_000);

  private PolicyProgram(CheckedPolicy checked, int generateRuleChainsAfter) {
    this.checked = checked;
    this.days = new EpochDays(checked.zone());
    this.borrowerIsBuyer = checked.borrowerParty() == BorrowerParty.BUYER;
    ExpressionCompiler compiler = new ExpressionCompiler(checked);
    this.finance = RuleBlock.finance(checked.ast().finance(), compiler, generateRuleChainsAfter);
    this.validate = RuleBlock.validate(checked.ast().validate(), compiler, generateRuleChainsAfter);
    this.reserve = checked.ast().declarations(ReserveDeclaration.class).stream().findFirst()
        .map(r -> compiler.value(r.amount())).orElse(null);
    this.allocation = AllocationOrder.of(
        checked.ast().declarations(AllocateDeclaration.class).stream().findFirst(), compiler, days);
    this.invariants = new Invariants();
  }

  public static PolicyProgram compile(CheckedPolicy checked) {
    return new PolicyProgram(checked, GENERATE_RULE_CHAINS_AFTER);
  }

  /** With rule chains generated after {@code generateRuleChainsAfter} decisions: 0 at once, negative never. */
  static PolicyProgram compile(CheckedPolicy checked, int generateRuleChainsAfter) {
    return new PolicyProgram(checked, generateRuleChainsAfter);
  }

  CheckedPolicy checked() {
    return checked;
  }

  EpochDays days() {
    return days;
  }

  public Decision decide(Invoice invoice, DecisionInputs inputs) {
    BorrowerIndex index = index(inputs);
    Env env = env(invoice, index, index.today());
    applyBatchState(env, BatchLedger.NONE, inputs);
    return decide(env, finance.decidingIndex(env));
  }

  /**
   * Decides a batch. Most invoices are decided by rules that read no batch state (availability,
   * exposure) and do not finance: those are decided first, in input order, which walks memory
   * in order. Only the rest, which compete for credit, are sorted and decided in allocation
   * order. Both steps give exactly what deciding everything in allocation order gives.
   */
  public DecisionBatch decideAll(List<Invoice> invoices, DecisionInputs inputs) {
    if (allocation.isEmpty() || hasCopies(invoices)) {
      return decideInAllocationOrder(invoices, inputs);
    }
    BorrowerIndex index = index(inputs);
    long today = index.today();
    int size = invoices.size();
    Decision[] decisions = new Decision[size];
    Env[] envs = new Env[size];
    int[] matched = new int[size];
    int[] pending = new int[size];
    int pendingCount = 0;
    int statelessRules = finance.firstReadingBatchState();
    for (int position = 0; position < size; position++) {
      Env env = env(invoices.get(position), index, today);
      int match = statelessMatch(env, statelessRules);
      if (decidedWithoutBatchState(match)) {
        decisions[position] = decide(env, match);
        continue;
      }
      envs[position] = env;
      matched[position] = match;
      pending[pendingCount++] = position;
    }
    BatchLedger ledger = new BatchLedger();
    for (int position : allocation.get().order(invoices, Arrays.copyOf(pending, pendingCount), today)) {
      Env env = envs[position];
      applyBatchState(env, ledger, inputs);
      int rule = matched[position] == -2 ? finance.decidingIndex(env, statelessRules) : matched[position];
      Decision decision = decide(env, rule);
      record(decision, env.ownLoan, ledger);
      decisions[position] = decision;
    }
    return new DecisionBatch(Arrays.asList(decisions));
  }

  /** See {@link dev.covenant.core.CompiledPolicy#decideFiles}. */
  public long decideFiles(List<Path> files, DecisionInputs inputs, DecisionSink sink) throws IOException {
    return new FileBatch(this, inputs, sink).decide(files);
  }

  /** Every invoice in allocation order, one after the other: the definition {@link #decideAll} must match. */
  DecisionBatch decideInAllocationOrder(List<Invoice> invoices, DecisionInputs inputs) {
    BorrowerIndex index = index(inputs);
    int[] order = allocation.map(a -> a.order(invoices, index.today())).orElseGet(() -> inputOrder(invoices.size()));
    Decision[] decisions = new Decision[invoices.size()];
    BatchLedger ledger = new BatchLedger();
    FirstCopies firstCopies = new FirstCopies(invoices);
    for (int position : order) {
      Invoice invoice = invoices.get(position);
      decisions[position] = firstCopies.first(position) ? decideDrawingOn(ledger, invoice, index, inputs)
          : duplicate(invoice);
    }
    return new DecisionBatch(Arrays.asList(decisions));
  }

  /** The invoice decided with what the batch planned so far, which it then adds to. */
  Decision decideDrawingOn(BatchLedger ledger, Invoice invoice, BorrowerIndex index, DecisionInputs inputs) {
    Env env = env(invoice, index, index.today());
    applyBatchState(env, ledger, inputs);
    Decision decision = decide(env, finance.decidingIndex(env));
    record(decision, env.ownLoan, ledger);
    return decision;
  }

  private static boolean hasCopies(List<Invoice> invoices) {
    FirstCopies firstCopies = new FirstCopies(invoices);
    for (int position = 0; position < invoices.size(); position++) {
      if (!firstCopies.first(position)) {
        return true;
      }
    }
    return false;
  }

  Env env(Invoice invoice, BorrowerIndex index, long today) {
    Env env = new Env(days, today);
    env.invoice = invoice;
    BorrowerIndex.Entry entry = index.entry(borrowerIdentifier(invoice));
    env.borrower = entry.borrower();
    env.borrowerIdentifier = entry.identifier();
    env.creditLine = entry.creditLine();
    env.available = entry.availableAfterReserve();
    return env;
  }

  /**
   * Availability and exposure as the batch leaves them ({@link BatchLedger#NONE} for an invoice
   * alone), with the invoice's own loan from an earlier run counted back into the availability.
   */
  static void applyBatchState(Env env, BatchLedger ledger, DecisionInputs inputs) {
    Invoice invoice = env.invoice;
    String currency = invoice.currency();
    String buyer = invoice.buyer().identifier().orElse(null);
    String seller = invoice.seller().identifier().orElse(null);
    // env.available is still what the credit line holds after the reserve: the batch's plans come off it.
    if (env.available != MISSING) {
      // The live balance already excludes this invoice's own earlier loan: it is this invoice's credit.
      env.ownLoan = ownLoan(env, inputs);
      env.available = env.available - ledger.planned(env.borrowerIdentifier.orElse(null)) + env.ownLoan;
    }
    env.exposureBuyer = exposure(inputs.buyerExposure(), buyer, currency, ledger.buyerExposure(buyer, currency));
    env.exposureSeller = exposure(inputs.sellerExposure(), seller, currency, ledger.sellerExposure(seller, currency));
  }

  /**
   * The minor units of the loan an earlier run requested for {@code env}'s invoice, when it is in
   * the credit line's currency (another currency holds no credit on this line); 0 otherwise.
   */
  private static long ownLoan(Env env, DecisionInputs inputs) {
    Map<String, Money> requested = inputs.requestedLoans();
    // Most runs have none: no salt id (a SHA-256) is computed for them.
    if (requested.isEmpty() || env.creditLine == null) {
      return 0;
    }
    Money loan = requested.get(SaltIds.of(env.invoice.key()));
    return loan != null && loan.currency().equals(env.creditLine.currency()) ? Math.max(loan.minorUnits(), 0) : 0;
  }

  /**
   * Adds a financing to the ledger. Its credit line gives only what the invoice's own earlier loan
   * ({@code ownLoan}, already out of the live balance) does not cover; exposure grows by the whole
   * amount, as in the run that requested that loan.
   */
  static void record(Decision decision, long ownLoan, BatchLedger ledger) {
    if (decision.outcome() == Outcome.FINANCE) {
      Invoice invoice = decision.invoice();
      long amount = decision.amount().orElseThrow().minorUnits();
      ledger.finance(decision.borrowerIdentifier().orElseThrow(), Math.max(0, amount - ownLoan),
          invoice.buyer().identifier().orElse(null), invoice.seller().identifier().orElse(null), invoice.currency(), amount);
    }
  }

  public ValidationDecision validate(LoanProposal loan, DecisionInputs inputs) {
    BorrowerIndex index = index(inputs);
    Env env = new Env(days, index.today());
    env.loan = loan;
    BorrowerIndex.Entry entry = index.entry(loan.borrowerIdentifier().orElse(null));
    env.borrower = entry.borrower();
    env.creditLine = entry.creditLine();
    return validate(env);
  }

  ValidationDecision validate(Env env) {
    int index = validate.decidingIndex(env);
    Rule<ValidateAction> rule = validate.rule(index);
    ValidateAction action = rule.action;
    String reason = action.reason().orElse(rule.name == null ? "otherwise" : rule.name);
    Explanation explanation = Explanation.lazy(() -> Explanation.of(validate.trace(index, env), Optional.empty()));
    return new ValidationDecision(env.loan, action.outcome(), Optional.ofNullable(rule.name), reason, explanation);
  }

  public List<TestResult> runTests() {
    return new TestRunner(this, Clock.systemUTC()).run();
  }

  /** The decision of the rule at {@code index} (-1: the catch-all), with the engine's invariants applied. */
  Decision decide(Env env, int index) {
    Rule<FinanceAction> rule = finance.rule(index);
    FinanceAction action = rule.action;
    Optional<String> ruleName = rule.optionalName;
    Optional<String> borrower = env.borrowerIdentifier;
    if (action.outcome() != Outcome.FINANCE) {
      return new Decision(env.invoice, action.outcome(), ruleName, action.reason(), Optional.empty(), Optional.empty(),
          Optional.empty(), false, borrower, explanation(index, env, null));
    }
    long amount = action.amount().eval(env);
    String currency = action.amount().currency(env);
    long payOn = action.payOn() == null ? env.today : action.payOn().eval(env);
    long repayOn = action.repayOn() == null ? env.dueDay() : action.repayOn().eval(env);
    String broken = invariants.broken(env, action, amount, currency, payOn, repayOn, borrower.orElse(null));
    if (broken != null) {
      return new Decision(env.invoice, Outcome.SKIP, ruleName, broken, Optional.empty(), Optional.empty(),
          Optional.empty(), false, borrower, explanation(index, env, broken));
    }
    boolean autoValidate = action.autoValidate() != null && action.autoValidate().test(env);
    return new Decision(env.invoice, Outcome.FINANCE, ruleName, action.reason(), Optional.of(new Money(amount, currency)),
        Optional.of(LocalDate.ofEpochDay(payOn)), Optional.of(LocalDate.ofEpochDay(repayOn)), autoValidate, borrower,
        explanation(index, env, null));
  }

  int decidingIndex(Env env) {
    return finance.decidingIndex(env);
  }

  /**
   * The rule deciding {@code env}'s invoice among the first {@code statelessRules}, which read no
   * batch state (-1: the catch-all, when no rule reads it); -2 when a later rule must be evaluated,
   * from {@code statelessRules} on.
   */
  int statelessMatch(Env env, int statelessRules) {
    int rule = finance.decidingIndex(env, 0, statelessRules);
    return rule >= 0 || statelessRules == finance.size() ? rule : -2;
  }

  /** Whether a {@link #statelessMatch} decides whatever the batch holds: it does not finance. */
  boolean decidedWithoutBatchState(int match) {
    return match != -2 && finance.rule(match).action.outcome() != Outcome.FINANCE;
  }

  int statelessRules() {
    return finance.firstReadingBatchState();
  }

  Optional<AllocationOrder> allocation() {
    return allocation;
  }

  /** Whether the finance rules now run as a generated chain. */
  boolean financeChainGenerated() {
    return finance.generated();
  }

  private Explanation explanation(int index, Env env, String invariant) {
    env.program = this;
    env.decidingIndex = index;
    env.invariant = invariant;
    return Explanation.lazy(env);
  }

  /** The explanation of the finance decision made in {@code env}. */
  Explanation explain(Env env) {
    return Explanation.of(finance.trace(env.decidingIndex, env), Optional.ofNullable(env.invariant));
  }

  Decision duplicate(Invoice invoice) {
    String reason = "invoice " + invoice.key() + " appears earlier in this batch; it is decided once";
    return new Decision(invoice, Outcome.SKIP, Optional.empty(), reason, Optional.empty(), Optional.empty(),
        Optional.empty(), false, Optional.ofNullable(borrowerIdentifier(invoice)),
        Explanation.of(List.of(), Optional.of(reason)));
  }

  private String borrowerIdentifier(Invoice invoice) {
    return (borrowerIsBuyer ? invoice.buyer() : invoice.seller()).identifier().orElse(null);
  }

  BorrowerIndex index(DecisionInputs inputs) {
    BorrowerIndex index = lastIndex;
    if (index == null || index.inputs != inputs) {
      index = new BorrowerIndex(inputs, this);
      lastIndex = index;
    }
    return index;
  }

  /** balance_available minus the reserve; MISSING when either is unknown. What a batch then plans comes off it. */
  long availableAfterReserve(CreditLine line) {
    if (line == null || line.balanceAvailable().isEmpty()) {
      return MISSING;
    }
    long reserved = 0;
    if (reserve != null) {
      Env env = new Env(days, 0);
      env.creditLine = line;
      reserved = reserve.eval(env);
      if (reserved == MISSING || !line.currency().equals(reserve.currency(env))) {
        return MISSING;
      }
    }
    return line.balanceAvailable().getAsLong() - Math.max(reserved, 0);
  }

  /**
   * Outstanding exposure the caller supplied plus what the batch financed so far, in the invoice's
   * currency; MISSING when the invoice does not name the party.
   */
  private static long exposure(Map<String, List<Money>> outstanding, String identifier, String currency, long batch) {
    if (identifier == null) {
      return MISSING;
    }
    long total = batch;
    if (outstanding.isEmpty()) {
      return total;
    }
    for (Money money : outstanding.getOrDefault(identifier, List.of())) {
      if (money.currency().equals(currency)) {
        total += money.minorUnits();
      }
    }
    return total;
  }

  private static int[] inputOrder(int size) {
    int[] order = new int[size];
    Arrays.setAll(order, i -> i);
    return order;
  }
}
