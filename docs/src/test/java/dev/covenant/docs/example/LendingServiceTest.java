package dev.covenant.docs.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.Decision;
import dev.covenant.core.PolicyRepository;
import dev.covenant.core.ValidationDecision;
import dev.covenant.dsl.ast.ValidateOutcome;
import dev.covenant.core.json.DecisionLog;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.api.LoanFilter;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.WebhookRequest;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.LoanExecution;
import dev.covenant.defacto.execution.PollingBudget;
import dev.covenant.example.LendingService;
import dev.covenant.example.WebhookServer;
import dev.covenant.samples.emulator.DefactoEmulator;
import dev.covenant.samples.emulator.EmulatedLoan;
import dev.covenant.samples.emulator.Timeline;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding guide's host application, run offline against the embedded Defacto emulator seeded
 * with the sample borrowers and credit lines, on the sample invoices of 2026-11-16.
 */
class LendingServiceTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path POLICY = SAMPLES.resolve("policies/marketplace-receivables.policy");
  private static final Path INVOICES = SAMPLES.resolve("data/marketplace-receivables/invoices");
  private static final List<Path> INVOICE_FILES = List.of(INVOICES.resolve("receivables.json"),
      INVOICES.resolve("sandbox-generator.json"));
  /** 10:00 in Paris on the samples' day. */
  private static final Clock SAMPLES_DAY = Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneId.of("UTC"));
  /** Polls the emulator briefly: it decides a loan 100 ms after the request. */
  private static final PollingBudget QUICK = new PollingBudget(8, Duration.ofSeconds(30), Duration.ofMillis(120),
      Duration.ofSeconds(1));

  @TempDir
  Path dir;

  private DefactoEmulator emulator;
  private DefactoClient defacto;
  private PolicyRepository policies;
  private DecisionLog decisionLog;
  private LendingService service;

  @BeforeEach
  void start() throws IOException {
    // Decided after 100 ms; paid out an hour after validation: the loans hold credit for the whole test.
    emulator = DefactoEmulator.builder()
        .timeline(new Timeline(Duration.ofMillis(100), Duration.ofHours(1), Duration.ofHours(1))).start();
    emulator.seed(SAMPLES.resolve("data/borrowers.json"), SAMPLES.resolve("data/credit-lines.json"));
    defacto = DefactoClient.builder().baseUrl(emulator.baseUrl()).apiKey(() -> "sk_test_embedding-guide").build();
    Path policyDir = Files.createDirectories(dir.resolve("policies"));
    Files.copy(POLICY, policyDir.resolve("marketplace-receivables.policy"));
    policies = PolicyRepository.open(policyDir);
    decisionLog = DecisionLog.open(dir.resolve("decisions.jsonl"));
    service = new LendingService(defacto, policies, "marketplace-receivables", decisionLog, SAMPLES_DAY, QUICK);
  }

  @AfterEach
  void stop() {
    decisionLog.close();
    policies.close();
    defacto.close();
    emulator.close();
  }

  @Test
  void financesEachFinancedInvoiceOnceAndFinishesItsLoan() throws IOException {
    ExecutionReport report = service.financeBatch(INVOICE_FILES);

    List<LoanExecution> requested = report.entries().stream()
        .filter(entry -> entry.outcome() != ExecutionOutcome.NOT_REQUESTED).toList();
    assertThat(requested).isNotEmpty();
    assertThat(report.count(ExecutionOutcome.FAILED)).as(report.toJson()).isZero();
    assertThat(report.count(ExecutionOutcome.PENDING)).as(report.toJson()).isZero();
    assertThat(emulator.loans()).hasSize(requested.size());
    assertThat(emulator.loans()).extracting(EmulatedLoan::saltId)
        .containsExactlyInAnyOrderElementsOf(requested.stream().map(e -> java.util.Optional.of(e.saltId())).toList());
    assertThat(report.count(ExecutionOutcome.VALIDATED)).isPositive();
  }

  @Test
  void runningTheSameBatchAgainRequestsNothingNew() throws IOException {
    ExecutionReport first = service.financeBatch(INVOICE_FILES);
    int loans = emulator.loans().size();
    int loanRequests = emulator.loanRequests();

    ExecutionReport second = service.financeBatch(INVOICE_FILES);

    assertThat(emulator.loans()).hasSize(loans);
    assertThat(emulator.loanRequests()).as("the loans are read again, not requested").isEqualTo(loanRequests);
    assertThat(outcomes(second)).isEqualTo(outcomes(first));
    assertThat(second.entries()).extracting(LoanExecution::loanId)
        .isEqualTo(first.entries().stream().map(LoanExecution::loanId).toList());
  }

  @Test
  void theDecisionLogHasOneLinePerDecision() throws IOException {
    ExecutionReport first = service.financeBatch(INVOICE_FILES);
    ExecutionReport second = service.financeBatch(INVOICE_FILES);

    List<String> lines = Files.readAllLines(dir.resolve("decisions.jsonl"));
    assertThat(lines).hasSize(first.entries().size() + second.entries().size());
    assertThat(lines).allSatisfy(line -> assertThat(line)
        .startsWith("{").contains("\"kind\":\"finance\"", "\"name\":\"marketplace-receivables\""));
  }

  @Test
  void aWebhookFinishesALoanTheExecutorLeftPending() throws Exception {
    LendingService noPolling = new LendingService(defacto, policies, "marketplace-receivables", decisionLog,
        SAMPLES_DAY, PollingBudget.disabled());
    try (WebhookServer webhooks = WebhookServer.start(noPolling,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      defacto.createWebhook(new WebhookRequest("covenant", webhooks.url(), List.of("Loan.TO_VALIDATE")));

      ExecutionReport report = noPolling.financeBatch(INVOICE_FILES);
      assertThat(report.count(ExecutionOutcome.PENDING)).as(report.toJson()).isPositive();

      // The loans not auto-validated come to TO_VALIDATE; the emulator notifies (it moves loans
      // and sends notifications when called, as the host's own reads do); the validate rules act.
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline && defacto.loans(LoanFilter.all())
          .anyMatch(loan -> loan.status() == LoanStatus.PENDING_VALIDATION || loan.status() == LoanStatus.TO_VALIDATE)) {
        Thread.sleep(50);
      }
      assertThat(emulator.loans()).extracting(EmulatedLoan::status).doesNotContain("PENDING_VALIDATION", "TO_VALIDATE");
    }
  }

  @Test
  void aWebhookBodyThatIsNotANotificationIsRefused() {
    assertThat(service.onWebhook("{\"hello\": true}")).isEqualTo(400);
    assertThat(service.onWebhook("not json")).isEqualTo(400);
  }

  @Test
  void explainsADecision() throws IOException {
    Decision decision = service.explain(INVOICE_FILES.get(0), firstInvoiceNumber()).orElseThrow();

    assertThat(decision.explanation().rules()).isNotEmpty();
    assertThat(decision.explanation().render()).contains(decision.rule().orElse("otherwise"));
    assertThat(service.explain(INVOICE_FILES.get(0), "NO-SUCH-INVOICE")).isEmpty();
  }

  @Test
  void aPolicyEditedOnDiskIsUsedByTheNextBatchAndABrokenEditKeepsTheLastGoodOne() throws IOException {
    Path file = policies.directory().resolve("marketplace-receivables.policy");
    String text = Files.readString(file);
    // Nothing is financed any more: every invoice is "too small".
    Files.writeString(file, text.replace("version 3", "version 4").replace("minimum_ticket = 500 EUR",
        "minimum_ticket = 5_000_000 EUR"));
    policies.reload();

    ExecutionReport report = service.financeBatch(INVOICE_FILES);
    assertThat(report.count(ExecutionOutcome.NOT_REQUESTED)).isEqualTo(report.entries().size());
    assertThat(emulator.loans()).isEmpty();

    Files.writeString(file, text.replace("version 3", "version 5").replace("invoice.due_at", "invoice.due_att"));
    policies.reload();
    assertThat(policies.problems()).isNotEmpty();
    assertThat(policies.policy("marketplace-receivables").orElseThrow().version()).contains("4");
  }

  @Test
  void previewsTheValidateRulesOnALoanAndLogsIt() throws IOException {
    LendingService noPolling = new LendingService(defacto, policies, "marketplace-receivables", decisionLog,
        SAMPLES_DAY, PollingBudget.disabled());
    ExecutionReport report = noPolling.financeBatch(INVOICE_FILES);
    String loanId = report.entries().stream().flatMap(e -> e.loanId().stream()).findFirst().orElseThrow();

    ValidationDecision decision = service.previewValidation(loanId);

    assertThat(decision.outcome()).isIn(ValidateOutcome.values());
    assertThat(Files.readAllLines(dir.resolve("decisions.jsonl"))).last().asString()
        .contains("\"kind\":\"validate\"", loanId);
  }

  private static String firstInvoiceNumber() throws IOException {
    return dev.covenant.core.json.DefactoJson.readInvoices(INVOICE_FILES.get(0)).get(0).invoiceNumber();
  }

  private static String outcomes(ExecutionReport report) {
    return report.entries().stream().map(e -> e.invoiceNumber() + "=" + e.outcome())
        .collect(Collectors.joining(","));
  }
}
