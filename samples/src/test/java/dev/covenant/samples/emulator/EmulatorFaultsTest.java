package dev.covenant.samples.emulator;

import static dev.covenant.samples.emulator.EmulatorTestSupport.START;
import static dev.covenant.samples.emulator.EmulatorTestSupport.client;
import static dev.covenant.samples.emulator.EmulatorTestSupport.invoiceFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.loanFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.readyBorrower;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoRateLimitException;
import dev.covenant.defacto.DefactoServerException;
import dev.covenant.defacto.DefactoTransportException;
import dev.covenant.defacto.RetryPolicy;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.SandboxScenario;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EmulatorFaultsTest {
  private final EmulatorClock clock = EmulatorClock.at(START);

  private DefactoEmulator emulator(String faults, List<String> log) throws IOException {
    return DefactoEmulator.builder().clock(clock).faults(FaultPlan.parse(faults, 7)).requestLog(log::add).start();
  }

  @Test
  void a504AfterTheLoanWasCreatedIsRetriedIntoTheSameLoan() throws IOException {
    List<String> log = new CopyOnWriteArrayList<>();
    // Every attempt times out after creating, or finding, the loan: three attempts, one loan.
    try (DefactoEmulator emulator = emulator("POST /loans=504-after:100%", log);
        DefactoClient defacto = client(emulator, RetryPolicy.defaults().withMaxAttempts(3))) {
      BorrowerProfile borrower = readyBorrower(defacto, START);
      LoanRequest request = loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START).saltId("once").build();

      assertThatThrownBy(() -> defacto.createLoan(request)).isInstanceOf(DefactoServerException.class)
          .hasMessageContaining("504");

      assertThat(emulator.loanRequests()).isEqualTo(3);
      assertThat(emulator.loans()).hasSize(1);
      assertThat(log).filteredOn(line -> line.startsWith("POST /loans 504 ")).hasSize(3)
          .allSatisfy(line -> assertThat(line).endsWith(" fault=504-after"));
    }
  }

  @Test
  void aRetryAfterA504AfterAnswersTheLoanFirstCreated() throws IOException {
    try (DefactoEmulator emulator = emulator("POST /loans=504-after:50%", new CopyOnWriteArrayList<>());
        DefactoClient defacto = client(emulator, RetryPolicy.defaults().withMaxAttempts(10))) {
      BorrowerProfile borrower = readyBorrower(defacto, START);
      for (int i = 0; i < 5; i++) {
        LoanRequest request = loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START, 1_000)
            .saltId("salt-" + i).build();
        Loan loan = defacto.createLoan(request);
        assertThat(emulator.loans()).extracting(EmulatedLoan::id).contains(loan.id());
      }
      assertThat(emulator.loans()).hasSize(5);
      assertThat(emulator.loanRequests()).isGreaterThan(5);
    }
  }

  @Test
  void aResetIsATransportFaultThatRetriesGetPast() throws Exception {
    try (DefactoEmulator emulator = emulator("POST /loans=reset:100%", new CopyOnWriteArrayList<>());
        DefactoClient once = client(emulator, RetryPolicy.none())) {
      BorrowerProfile borrower = readyBorrower(once, START);
      LoanRequest request = loanFor(invoiceFor(once, borrower, SandboxScenario.SUCCESS), START).saltId("r").build();
      assertThatThrownBy(() -> once.createLoan(request)).isInstanceOf(DefactoTransportException.class);
      assertThat(emulator.loans()).isEmpty();

      HttpClient http = HttpClient.newHttpClient();
      assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/loans"))
          .header("Authorization", "Bearer k").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }
    try (DefactoEmulator emulator = emulator("POST /loans=reset:50%", new CopyOnWriteArrayList<>());
        DefactoClient retrying = client(emulator, RetryPolicy.defaults().withMaxAttempts(10))) {
      BorrowerProfile borrower = readyBorrower(retrying, START);
      for (int i = 0; i < 4; i++) {
        retrying.createLoan(loanFor(invoiceFor(retrying, borrower, SandboxScenario.SUCCESS), START, 1_000)
            .saltId("r-" + i).build());
      }
      assertThat(emulator.loans()).hasSize(4);
      assertThat(emulator.loanRequests()).isGreaterThan(4);
    }
  }

  @Test
  void aResetAfterTheCallTookEffectLeavesTheLoanCreated() throws IOException {
    try (DefactoEmulator emulator = emulator("POST /loans=reset-after:100%", new CopyOnWriteArrayList<>());
        DefactoClient once = client(emulator, RetryPolicy.none())) {
      BorrowerProfile borrower = readyBorrower(once, START);
      LoanRequest request = loanFor(invoiceFor(once, borrower, SandboxScenario.SUCCESS), START).saltId("ra").build();
      assertThatThrownBy(() -> once.createLoan(request)).isInstanceOf(DefactoTransportException.class);
      assertThat(emulator.loans()).hasSize(1);
    }
  }

  @Test
  void a429CarriesRetryAfterWhichTheClientHonours() throws IOException {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    try (DefactoEmulator emulator = emulator("GET /hello=429:100%:retry-after=3", new CopyOnWriteArrayList<>());
        DefactoClient defacto = dev.covenant.defacto.DefactoClient.builder().baseUrl(emulator.baseUrl())
            .apiKey(() -> "k").sleeper(waits::add).jitterSource(() -> 0)
            .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)).build()) {
      assertThatThrownBy(defacto::hello).isInstanceOfSatisfying(DefactoRateLimitException.class,
          e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
      assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }
  }

  @Test
  void a500AndA504BeforeTheCallChangeNothing() throws IOException {
    try (DefactoEmulator emulator = emulator("POST /loans=500:50%,504:50%", new CopyOnWriteArrayList<>());
        DefactoClient defacto = client(emulator, RetryPolicy.none())) {
      BorrowerProfile borrower = readyBorrower(defacto, START);
      for (int i = 0; i < 6; i++) {
        LoanRequest request = loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START, 1_000).build();
        assertThatThrownBy(() -> defacto.createLoan(request)).isInstanceOf(DefactoServerException.class);
      }
      assertThat(emulator.loans()).isEmpty();
    }
  }

  @Test
  void latencyDelaysTheAnswer() throws IOException {
    List<String> log = new CopyOnWriteArrayList<>();
    try (DefactoEmulator emulator = emulator("GET /hello=latency:60ms", log);
        DefactoClient defacto = client(emulator)) {
      long started = System.nanoTime();
      defacto.hello();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
      assertThat(log).singleElement().asString().contains("fault=latency:60ms");
    }
  }
}
