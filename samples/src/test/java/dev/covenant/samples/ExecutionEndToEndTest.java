package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.Outcome;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.RetryPolicy;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.InvoiceGeneration;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.Payment;
import dev.covenant.defacto.api.PaymentFilter;
import dev.covenant.defacto.api.PaymentStatus;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.execution.AutoValidation;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.LoanExecution;
import dev.covenant.defacto.execution.LoanExecutor;
import dev.covenant.samples.emulator.DefactoEmulator;
import dev.covenant.samples.emulator.EmulatedLoan;
import dev.covenant.samples.emulator.EmulatorClock;
import dev.covenant.samples.emulator.FaultPlan;
import dev.covenant.samples.emulator.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The connector, the executor, a sample policy and the emulator together: what a host application
 * gets when it executes a batch, faults and crashes included.
 */
class ExecutionEndToEndTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
  private static final Instant MORNING = Instant.parse("2026-11-16T08:00:00Z");
  private static final Path POLICY = Path.of("policies", "marketplace-receivables.policy");
  private static final String KEY = "sk_test_end-to-end";

  @TempDir
  Path dir;

  @AfterEach
  void restoreEnvironment() {
    DefactoTarget.environment = System::getenv;
  }

  @Test
  void aBatchOf200UnderFaultsEndsWithExactlyOneLoanPerFinancedInvoice() throws IOException {
    Batch batch = generate(200, 8, 11);
    EmulatorClock clock = EmulatorClock.at(MORNING);
    FaultPlan faults = FaultPlan.parse("POST /loans=504-after:20%,reset:10%,429:5%;GET /loan/*=429:5%", 7);
    try (DefactoEmulator emulator = DefactoEmulator.builder().clock(clock).timeline(Timeline.sandbox())
            .faults(faults).start();
        DefactoClient defacto = client(emulator, clock)) {
      emulator.seed(batch.borrowers(), batch.creditLines());
      CompiledPolicy policy = policy();
      DecisionInputs inputs = ExecuteCommand.live(defacto, TODAY).inputs();
      DecisionBatch decisions = policy.decideAll(batch.invoices(), inputs);

      ExecutionReport report = LoanExecutor.builder(defacto, policy).sleeper(clock::advance).clock(clock).build()
          .execute(decisions, inputs);

      // What the preview (dry-run on the files) decided is what was executed.
      assertThat(outcomes(decisions)).isEqualTo(outcomes(preview(policy, batch)));
      List<Decision> financed = decisions.decisions().stream().filter(d -> d.outcome() == Outcome.FINANCE).toList();
      assertThat(financed).hasSizeGreaterThan(50);
      assertThat(report.entries()).hasSize(200);
      assertThat(report.count(ExecutionOutcome.FAILED)).as(failures(report)).isZero();
      assertThat(report.count(ExecutionOutcome.NOT_REQUESTED)).isEqualTo(200 - financed.size());
      assertOneLoanPerFinancedInvoice(emulator, financed, report);
      // The faults did happen: more requests than loans.
      assertThat(emulator.loanRequests()).isGreaterThan(financed.size());
    }
  }

  @Test
  void loansWhoseRetriesRanOutAreReportedFailedAndARerunCompletesThemWithoutASecondLoan() throws IOException {
    Batch batch = generate(200, 8, 11);
    EmulatorClock clock = EmulatorClock.at(MORNING);
    // Half the creations answer 504 after the loan exists: with 4 attempts, some loans run out of them.
    FaultPlan faults = FaultPlan.parse("POST /loans=504-after:50%", 3);
    // Payouts a day later: while the runs follow each other, the loans still hold credit, so each
    // re-run finds them (RequestedLoans) and reads them again instead of requesting them.
    Timeline timeline = new Timeline(Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofDays(1));
    try (DefactoEmulator emulator = DefactoEmulator.builder().clock(clock).timeline(timeline)
            .faults(faults).start();
        DefactoClient defacto = DefactoClient.builder().baseUrl(emulator.baseUrl()).apiKey(() -> KEY)
            .sleeper(clock::advance).jitterSource(() -> 0).clock(clock).build()) {
      emulator.seed(batch.borrowers(), batch.creditLines());
      CompiledPolicy policy = policy();
      // One loan at a time: the same calls in the same order meet the same faults on every run of the test.
      LoanExecutor executor = LoanExecutor.builder(defacto, policy).maxConcurrency(1).sleeper(clock::advance)
          .clock(clock).build();

      DecisionInputs firstInputs = ExecuteCommand.live(defacto, TODAY).inputs();
      ExecutionReport first = executor.execute(policy.decideAll(batch.invoices(), firstInputs), firstInputs);

      assertThat(first.count(ExecutionOutcome.FAILED)).isPositive();
      assertThat(first.entries()).filteredOn(e -> e.outcome() == ExecutionOutcome.FAILED)
          .allSatisfy(e -> assertThat(e.error().orElseThrow().httpStatus()).hasValue(504));
      // As an operator would: run the same batch again until nothing fails.
      DecisionBatch again;
      ExecutionReport report = first;
      int runs = 1;
      do {
        ExecuteCommand.Live live = ExecuteCommand.live(defacto, TODAY);
        again = policy.decideAll(batch.invoices(), live.inputs());
        // The loans earlier runs created count back into their credit: every re-run decides alike.
        assertThat(outcomes(again)).isEqualTo(outcomes(preview(policy, batch)));
        report = executor.execute(again, live.inputs(), live.requested());
        runs++;
        // Whatever a run reports, Defacto never holds a second loan for an invoice.
        assertThat(distinctInvoices(emulator.loans())).isEqualTo(emulator.loans().size());
      } while (report.count(ExecutionOutcome.FAILED) > 0 && runs < 6);

      // The second run requests only what the first could not get an answer for, and reads the rest.
      assertThat(runs).isEqualTo(2);
      assertThat(report.count(ExecutionOutcome.FAILED)).as(failures(report)).isZero();
      List<Decision> financed = again.decisions().stream().filter(d -> d.outcome() == Outcome.FINANCE).toList();
      assertOneLoanPerFinancedInvoice(emulator, financed, report);
    }
  }

  @Test
  void aRunKilledHalfWayAndRunAgainCreatesNoSecondLoan() throws Exception {
    Batch batch = generate(200, 8, 11);
    AtomicInteger created = new AtomicInteger();
    List<Process> running = new ArrayList<>();
    // Loans stay TO_REPAY for an hour, holding credit, as they would when the re-run comes.
    Timeline timeline = new Timeline(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1));
    try (DefactoEmulator emulator = DefactoEmulator.builder().timeline(timeline).apiKey(KEY)
        .onLoanCreated(loan -> {
          if (created.incrementAndGet() == 25) {
            synchronized (running) {
              running.forEach(Process::destroyForcibly);
            }
          }
        }).start()) {
      emulator.seed(batch.borrowers(), batch.creditLines());
      List<String> arguments = List.of("execute", "--policy", POLICY.toString(), "--invoices",
          batch.invoiceFile().toString(), "--today", TODAY.toString(), "--base-url", emulator.baseUrl().toString(),
          "--format", "json", "--wait-for-validation");

      Process first = runner(arguments);
      synchronized (running) {
        running.add(first);
      }
      assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(first.exitValue()).as("killed").isNotZero();
      int afterKill = emulator.loans().size();
      assertThat(afterKill).isBetween(25, 40);

      DefactoTarget.environment = () -> Map.of(DefactoTarget.API_KEY_VARIABLE, KEY);
      RunnerResult second = RunnerResult.run(arguments.toArray(String[]::new));

      assertThat(second.exitCode()).as(second.err()).isZero();
      JsonNode report = JSON.readTree(second.out());
      assertThat(report.path("entries")).hasSize(200);
      List<Decision> financed = preview(policy(), batch).decisions().stream()
          .filter(d -> d.outcome() == Outcome.FINANCE).toList();
      assertThat(emulator.loans()).hasSize(financed.size());
      assertThat(emulator.loans()).extracting(EmulatedLoan::status).doesNotContain("DECLINED", "TO_VALIDATE");
      assertThat(distinctInvoices(emulator.loans())).isEqualTo(financed.size());
      for (JsonNode entry : report.path("entries")) {
        boolean toFinance = entry.path("decision").asText().equals("FINANCE");
        assertThat(entry.path("outcome").asText()).as(entry.toString())
            .isNotEqualTo("FAILED")
            .matches(outcome -> toFinance != outcome.equals("NOT_REQUESTED"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SandboxScenario.class)
  void everyScenarioEndsInItsLoanAndPaymentStates(SandboxScenario scenario) throws IOException {
    EmulatorClock clock = EmulatorClock.at(MORNING);
    try (DefactoEmulator emulator = DefactoEmulator.builder().clock(clock).timeline(Timeline.sandbox()).start();
        DefactoClient defacto = client(emulator, clock)) {
      List<Invoice> invoices = DefactoJson.readInvoices(invoiceOfAReadyBorrower(defacto, clock, scenario));
      CompiledPolicy policy = policy();
      DecisionInputs inputs = ExecuteCommand.live(defacto, LocalDate.ofInstant(MORNING, policy.zone())).inputs();
      DecisionBatch decisions = policy.decideAll(invoices, inputs);
      assertThat(decisions.decisions().get(0).outcome()).as(decisions.decisions().get(0).reason())
          .isEqualTo(Outcome.FINANCE);

      // Never auto-validated, so the policy's validate rules judge Defacto's conditions.
      ExecutionReport report = LoanExecutor.builder(defacto, policy).autoValidation(AutoValidation.NEVER)
          .sleeper(clock::advance).clock(clock).build().execute(decisions, inputs);
      LoanExecution entry = report.entries().get(0);
      clock.advance(Duration.ofDays(2));
      Loan loan = defacto.loan(entry.loanId().orElseThrow());
      Map<String, PaymentStatus> payments = defacto.payments(PaymentFilter.forLoan(loan.id()))
          .collect(Collectors.toMap(Payment::paymentType, Payment::status));

      switch (scenario) {
        case SUCCESS:
        case SUCCESS_ONE_DAY_LATER:
          assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
          assertThat(loan.status()).isEqualTo(LoanStatus.CLOSED);
          assertThat(loan.repaidAmount()).hasValue(loan.amount());
          assertThat(payments).containsEntry("LOAN_PAYMENT", PaymentStatus.PAID);
          assertThat(payments.entrySet()).anyMatch(p -> p.getKey().startsWith("REPAYMENT") && p.getValue() == PaymentStatus.PAID);
          break;
        case FAIL:
          assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
          assertThat(loan.status()).isEqualTo(LoanStatus.ISSUE_DETECTED);
          assertThat(payments).containsEntry("LOAN_PAYMENT", PaymentStatus.FAILED);
          break;
        case REJECT:
          assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.DECLINED);
          assertThat(entry.denialReason()).isPresent();
          assertThat(loan.status()).isEqualTo(LoanStatus.DECLINED);
          assertThat(payments).doesNotContainEntry("LOAN_PAYMENT", PaymentStatus.PAID);
          break;
        case CANCEL:
          assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
          assertThat(loan.status()).isEqualTo(LoanStatus.CANCELED);
          assertThat(payments).doesNotContainEntry("LOAN_PAYMENT", PaymentStatus.PAID);
          break;
        default:
          throw new AssertionError("no expectation for " + scenario);
      }
      // Whatever happened, the loan no longer holds the borrower's credit.
      assertThat(defacto.creditLine(decisions.decisions().get(0).borrowerIdentifier().orElseThrow()).orElseThrow().balancePendingValidation()).isZero();
    }
  }

  @Test
  void theOneDayLaterScenarioWaitsADayToBeRepaid() throws IOException {
    EmulatorClock clock = EmulatorClock.at(MORNING);
    try (DefactoEmulator emulator = DefactoEmulator.builder().clock(clock).timeline(Timeline.sandbox()).start();
        DefactoClient defacto = client(emulator, clock)) {
      Path invoiceFile = invoiceOfAReadyBorrower(defacto, clock, SandboxScenario.SUCCESS_ONE_DAY_LATER);
      CompiledPolicy policy = policy();
      DecisionInputs inputs = ExecuteCommand.live(defacto, LocalDate.ofInstant(MORNING, policy.zone())).inputs();
      ExecutionReport report = LoanExecutor.builder(defacto, policy).autoValidation(AutoValidation.ALWAYS)
          .sleeper(clock::advance).clock(clock).build()
          .execute(policy.decideAll(DefactoJson.readInvoices(invoiceFile), inputs), inputs);
      String loanId = report.entries().get(0).loanId().orElseThrow();

      clock.advance(Duration.ofHours(1));
      assertThat(defacto.loan(loanId).status()).isEqualTo(LoanStatus.TO_REPAY);
      clock.advance(Duration.ofDays(1));
      assertThat(defacto.loan(loanId).status()).isEqualTo(LoanStatus.CLOSED);
    }
  }

  /** A generated business registered and signed (READY), and a file holding an invoice it sells in {@code scenario}. */
  private Path invoiceOfAReadyBorrower(DefactoClient defacto, EmulatorClock clock, SandboxScenario scenario)
      throws IOException {
    BorrowerRequest business = defacto.generateBusiness(true);
    BorrowerProfile borrower = defacto.createBorrower(business.withSignedAt(OffsetDateTime.now(clock)));
    assertThat(borrower.isReady()).isTrue();
    ObjectNode seller = JSON.createObjectNode().put("identifier", business.identifier()).put("name", "Seller");
    GeneratedInvoice generated = defacto.generateInvoice(
        new InvoiceGeneration(Optional.of(scenario), Optional.empty(), Optional.empty(), Optional.of(seller)));
    return Files.writeString(dir.resolve("invoice.json"), "[" + generated.invoiceCreationPayload() + "]");
  }

  private static void assertOneLoanPerFinancedInvoice(DefactoEmulator emulator, List<Decision> financed,
      ExecutionReport report) {
    List<EmulatedLoan> loans = emulator.loans();
    assertThat(loans).hasSize(financed.size());
    assertThat(distinctInvoices(loans)).isEqualTo(financed.size());
    assertThat(loans).extracting(EmulatedLoan::status).doesNotContain("DECLINED");
    Map<String, EmulatedLoan> bySalt = loans.stream()
        .collect(Collectors.toMap(loan -> loan.saltId().orElseThrow(), Function.identity()));
    for (Decision decision : financed) {
      assertThat(bySalt).containsKey(decision.saltId());
    }
    for (LoanExecution entry : report.entries()) {
      if (entry.decision() == Outcome.FINANCE) {
        assertThat(entry.loanId()).contains(bySalt.get(entry.saltId()).id());
      } else {
        assertThat(entry.loanId()).isEmpty();
      }
    }
  }

  private static long distinctInvoices(List<EmulatedLoan> loans) {
    return loans.stream().map(loan -> loan.sellerIdentifier() + "/" + loan.invoiceNumber()).distinct().count();
  }

  private static List<String> outcomes(DecisionBatch batch) {
    return batch.decisions().stream()
        .map(d -> d.invoice().invoiceNumber() + " " + d.outcome() + " " + d.amount().map(Object::toString).orElse("-"))
        .toList();
  }

  private static String failures(ExecutionReport report) {
    return report.entries().stream().filter(e -> e.error().isPresent()).map(e -> e.invoiceNumber() + ": " + e.error().get())
        .collect(Collectors.joining("\n"));
  }

  /** The decisions `dry-run` previews from the files the emulator was seeded with. */
  private static DecisionBatch preview(CompiledPolicy policy, Batch batch) throws IOException {
    DecisionInputs inputs = DecisionInputs.of(DefactoJson.readBorrowers(batch.borrowers()),
        DefactoJson.readCreditLines(batch.creditLines())).withToday(TODAY);
    return policy.decideAll(batch.invoices(), inputs);
  }

  private static DefactoClient client(DefactoEmulator emulator, EmulatorClock clock) {
    // More attempts than the default 4: with a third of the calls faulted, four in a row happen.
    return DefactoClient.builder().baseUrl(emulator.baseUrl()).apiKey(() -> KEY)
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(12))
        .sleeper(clock::advance).jitterSource(() -> 0).clock(clock).build();
  }

  private static CompiledPolicy policy() throws IOException {
    return PolicyLoader.create().load(POLICY).policy().orElseThrow();
  }

  private Batch generate(int invoices, int borrowers, long seed) throws IOException {
    Path file = dir.resolve("invoices.json");
    RunnerResult generated = RunnerResult.run("generate", "--invoices", String.valueOf(invoices), "--borrowers",
        String.valueOf(borrowers), "--seed", String.valueOf(seed), "--today", TODAY.toString(), "--out", file.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    return new Batch(file, dir.resolve("invoices.borrowers.json"), dir.resolve("invoices.credit-lines.json"),
        DefactoJson.readInvoices(file));
  }

  /** The runner in a JVM of its own, on this test's class path, so that it can be killed. */
  private static Process runner(List<String> arguments) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, CovenantCommand.class.getName()));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put(DefactoTarget.API_KEY_VARIABLE, KEY);
    return builder.start();
  }

  private record Batch(Path invoiceFile, Path borrowers, Path creditLines, List<Invoice> invoices) {}
}
