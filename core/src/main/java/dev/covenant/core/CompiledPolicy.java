package dev.covenant.core;

import dev.covenant.core.internal.Sha256;
import dev.covenant.core.internal.engine.PolicyProgram;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.dsl.BorrowerParty;
import dev.covenant.dsl.CheckedPolicy;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A policy ready to decide: compiled once from its checked form, then immutable and safe to call
 * from many threads. Deciding does no parsing, reflection or map look-up per invoice.
 *
 * <pre>{@code
 * CompiledPolicy policy = PolicyLoader.create().load(source).policy().orElseThrow();
 * DecisionBatch batch = policy.decideAll(invoices, DecisionInputs.of(borrowers, creditLines));
 * for (Decision d : batch.decisions()) {
 *   System.out.println(d.invoice().invoiceNumber() + " " + d.outcome() + " " + d.reason());
 * }
 * }</pre>
 */
public final class CompiledPolicy {
  private final CheckedPolicy checked;
  private final String sha256;
  private final PolicyProgram program;

  private CompiledPolicy(CheckedPolicy checked) {
    this.checked = checked;
    this.sha256 = Sha256.of(checked.source().text());
    this.program = PolicyProgram.compile(checked);
  }

  /** Compiles a checked policy. */
  public static CompiledPolicy of(CheckedPolicy checked) {
    return new CompiledPolicy(checked);
  }

  public String name() {
    return checked.ast().name();
  }

  /** The version written in the policy header, if any. */
  public Optional<String> version() {
    return checked.ast().version();
  }

  /** SHA-256 of the policy's source text (UTF-8), in hexadecimal: which text made a decision. */
  public String sha256() {
    return sha256;
  }

  public PolicySource source() {
    return checked.source();
  }

  /** The checked policy this was compiled from. */
  public CheckedPolicy checked() {
    return checked;
  }

  /** The timezone in which date-times become dates, UTC unless the policy says otherwise. */
  public ZoneId zone() {
    return checked.zone();
  }

  /** Whose credit line finances an invoice. */
  public BorrowerParty borrowerParty() {
    return checked.borrowerParty();
  }

  /**
   * Decides one invoice, exactly as if it were alone in a batch: the outstanding exposure of
   * {@code inputs} counts, the credit line's balance is all its own.
   */
  public Decision decide(Invoice invoice, DecisionInputs inputs) {
    return program.decide(invoice, inputs);
  }

  /**
   * Decides a batch: invoices are taken in the policy's {@code allocate by} order (ties broken by
   * invoice number, then seller identifier; input order without {@code allocate by}), each
   * consuming credit-line availability and adding to buyer and seller exposure for the next.
   */
  public DecisionBatch decideAll(List<Invoice> invoices, DecisionInputs inputs) {
    return program.decideAll(invoices, inputs);
  }

  /**
   * Decides the invoices of JSON files (any shape {@link dev.covenant.core.json.DefactoJson} reads)
   * as one batch, without holding it in memory: exactly what {@link #decideAll} gives for the same
   * invoices in the same order, delivered to {@code sink} one at a time in input order. With
   * {@code allocate by}, the files are read twice and the invoices that compete for credit a third
   * time, from their byte offsets; memory grows by some 150 bytes per invoice, not by the invoices.
   *
   * <pre>{@code
   * long decided = policy.decideFiles(List.of(Path.of("invoices.json")), inputs, decision -> out.write(decision));
   * }</pre>
   *
   * @return how many invoices were decided
   * @throws dev.covenant.core.json.InputException for malformed input, with file, line and column;
   *     decisions already given stand, nothing more follows
   */
  public long decideFiles(List<Path> files, DecisionInputs inputs, DecisionSink sink) throws IOException {
    return program.decideFiles(files, inputs, sink);
  }

  /** Applies the policy's {@code validate} rules to a loan Defacto proposed; hold when it has none. */
  public ValidationDecision validate(LoanProposal loan, DecisionInputs inputs) {
    return program.validate(loan, inputs);
  }

  /** Runs the policy's {@code test} blocks, in source order. */
  public List<TestResult> runTests() {
    return program.runTests();
  }

  @Override
  public String toString() {
    return "CompiledPolicy[" + name() + version().map(v -> " version " + v).orElse("") + ", " + sha256.substring(0, 12) + "]";
  }
}
