package dev.covenant.samples.emulator;

import static dev.covenant.samples.emulator.EmulatorTestSupport.START;
import static dev.covenant.samples.emulator.EmulatorTestSupport.STEPS;
import static dev.covenant.samples.emulator.EmulatorTestSupport.client;
import static dev.covenant.samples.emulator.EmulatorTestSupport.creditLine;
import static dev.covenant.samples.emulator.EmulatorTestSupport.invoiceFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.loanFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.readyBorrower;
import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.CreditLine;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.BorrowerStatus;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanEvent;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.Payment;
import dev.covenant.defacto.api.PaymentFilter;
import dev.covenant.defacto.api.PaymentStatus;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.api.SignatureRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorLoanFlowTest {
  private static final long POOL = 5_000_000;

  private final EmulatorClock clock = EmulatorClock.at(START);
  private final List<EmulatedLoan> created = new CopyOnWriteArrayList<>();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private DefactoEmulator emulator;
  private DefactoClient defacto;

  @BeforeEach
  void start() throws IOException {
    emulator = DefactoEmulator.builder().clock(clock).timeline(STEPS).onLoanCreated(created::add)
        .requestLog(log::add).start();
    defacto = client(emulator);
  }

  @AfterEach
  void stop() {
    defacto.close();
    emulator.close();
  }

  @Test
  void theFirstLoanGoesFromRequestToClosedAsTheClockMovesAndTheCreditLineFollows() {
    assertThat(defacto.hello()).containsIgnoringCase("hello");

    BorrowerRequest business = defacto.generateBusiness(true, "FRA");
    assertThat(business.identifier()).matches("\\d{9}");
    assertThat(business.accountNumber()).hasValueSatisfying(iban -> assertThat(iban).startsWith("FR").hasSize(27));
    BorrowerProfile borrower = defacto.createBorrower(
        business.withSignedAt(OffsetDateTime.ofInstant(START, ZoneOffset.UTC)));
    assertThat(borrower.status()).contains(BorrowerStatus.READY);
    assertThat(borrower.id()).isPresent();
    assertThat(defacto.borrower(borrower.id().orElseThrow()).identifier()).isEqualTo(business.identifier());
    assertBalances(borrower.identifier(), POOL, 0, 0);

    GeneratedInvoice invoice = invoiceFor(defacto, borrower, SandboxScenario.SUCCESS);
    assertThat(invoice.invoiceNumber()).startsWith("EMU-INV-");
    assertThat(invoice.invoiceCreationPayload().path("seller").path("identifier").asText())
        .isEqualTo(borrower.identifier());
    long amount = 100_000;
    Loan loan = defacto.createLoan(loanFor(invoice, START, amount).saltId("first-loan").metadata("batch", "b1").build());
    assertThat(loan.status()).isEqualTo(LoanStatus.PENDING_VALIDATION);
    assertThat(loan.borrower().orElseThrow().identifier()).isEqualTo(borrower.identifier());
    assertThat(created).extracting(EmulatedLoan::id).containsExactly(loan.id());
    assertBalances(borrower.identifier(), POOL - amount, 0, amount);

    clock.advance(Duration.ofSeconds(1));
    Loan toValidate = defacto.loan(loan.id());
    assertThat(toValidate.status()).isEqualTo(LoanStatus.TO_VALIDATE);
    // 1,000.00 EUR x 0.025 % x 30 days = 7.50 EUR.
    assertThat(toValidate.feesEstimated()).hasValue(750);

    Loan validated = defacto.validateLoan(loan.id());
    assertThat(validated.status()).isEqualTo(LoanStatus.SCHEDULED);
    assertThat(defacto.payments(PaymentFilter.forLoan(loan.id())).toList())
        .extracting(Payment::paymentType, Payment::status).containsExactly(
            org.assertj.core.groups.Tuple.tuple("LOAN_PAYMENT", PaymentStatus.SCHEDULED));
    assertBalances(borrower.identifier(), POOL - amount, amount, 0);

    clock.advance(Duration.ofSeconds(1));
    Loan toRepay = defacto.loan(loan.id());
    assertThat(toRepay.status()).isEqualTo(LoanStatus.TO_REPAY);
    assertThat(toRepay.paidAt()).isPresent();
    assertThat(toRepay.repaymentTo()).hasValueSatisfying(to -> assertThat(to.accountNumber()).startsWith("FR"));
    assertThat(toRepay.repaymentToReferences()).singleElement().asString().startsWith("DEFACTO-");
    assertBalances(borrower.identifier(), POOL - amount, 0, 0);

    clock.advance(Duration.ofSeconds(2));
    Loan closed = defacto.loan(loan.id());
    assertThat(closed.status()).isEqualTo(LoanStatus.CLOSED);
    assertThat(closed.closedAt()).isPresent();
    assertThat(closed.repaidAmount()).hasValue(amount);
    assertBalances(borrower.identifier(), POOL, 0, 0);
    assertThat(defacto.payments(PaymentFilter.forLoan(loan.id())).toList())
        .extracting(Payment::paymentType, Payment::status).containsExactly(
            org.assertj.core.groups.Tuple.tuple("LOAN_PAYMENT", PaymentStatus.PAID),
            org.assertj.core.groups.Tuple.tuple("REPAYMENT_FULL", PaymentStatus.PAID));

    List<LoanEvent> events = defacto.loanEvents(loan.id());
    assertThat(events).extracting(LoanEvent::status).containsExactly(LoanStatus.PENDING_VALIDATION,
        LoanStatus.TO_VALIDATE, LoanStatus.VALIDATED, LoanStatus.SCHEDULED, LoanStatus.INITIATED, LoanStatus.TO_REPAY,
        LoanStatus.CLOSED);
    assertThat(events).allSatisfy(e -> assertThat(e.entityType()).isEqualTo("loan"));
    // Each step is dated when it was due, not when it was read.
    assertThat(events.get(1).timestamp().orElseThrow().toInstant()).isEqualTo(START.plusSeconds(1));
    assertThat(events.get(6).timestamp().orElseThrow().toInstant()).isEqualTo(START.plusSeconds(4));
    assertThat(emulator.loans()).singleElement().satisfies(l -> {
      assertThat(l.status()).isEqualTo("CLOSED");
      assertThat(l.saltId()).contains("first-loan");
      assertThat(l.invoiceNumber()).isEqualTo(invoice.invoiceNumber());
    });
    assertThat(log).contains("GET /hello 200 " + log.get(0).split(" ")[3]);
    assertThat(log).anySatisfy(line -> assertThat(line).startsWith("POST /loans 201 ").endsWith("ms"));
  }

  @Test
  void aBorrowerWithoutSignatureIsToSignWithoutCreditLineUntilItSigns() {
    BorrowerRequest business = defacto.generateBusiness(true);
    BorrowerProfile toSign = defacto.createBorrower(business);
    assertThat(toSign.status()).contains(BorrowerStatus.TO_SIGN);
    assertThat(defacto.creditLines(CreditLineFilter.forBorrowers(business.identifier())).toList()).isEmpty();

    BorrowerProfile signed = defacto.signBorrower(toSign.id().orElseThrow(),
        new SignatureRequest(OffsetDateTime.ofInstant(START, ZoneOffset.UTC), false));

    assertThat(signed.status()).contains(BorrowerStatus.READY);
    assertThat(creditLine(defacto, business.identifier()).poolAmount()).hasValue(POOL);
    // Registering the same business again answers the borrower it already is.
    assertThat(defacto.createBorrower(business).id()).isEqualTo(toSign.id());
  }

  @Test
  void successOneDayLaterIsRepaidADayAfterThePayoutOnly() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS_ONE_DAY_LATER), START)
        .saltId("late").autoValidate(true).build());
    clock.advance(Duration.ofSeconds(2));
    assertThat(defacto.loan(loan.id()).status()).isEqualTo(LoanStatus.TO_REPAY);

    clock.advance(Duration.ofHours(23));
    assertThat(defacto.loan(loan.id()).status()).isEqualTo(LoanStatus.TO_REPAY);

    clock.advance(Duration.ofHours(1));
    assertThat(defacto.loan(loan.id()).status()).isEqualTo(LoanStatus.CLOSED);
  }

  @Test
  void failGoesToIssueDetectedWithAFailedPayout() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.FAIL), START)
        .autoValidate(true).build());
    clock.advance(Duration.ofSeconds(5));

    assertThat(defacto.loan(loan.id()).status()).isEqualTo(LoanStatus.ISSUE_DETECTED);
    assertThat(defacto.payments(PaymentFilter.forLoan(loan.id())).toList()).singleElement().satisfies(p -> {
      assertThat(p.status()).isEqualTo(PaymentStatus.FAILED);
      assertThat(p.failureReason()).isPresent();
    });
  }

  @Test
  void rejectIsDeclinedAtTheDecision() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.REJECT), START).build());
    assertThat(loan.status()).isEqualTo(LoanStatus.PENDING_VALIDATION);
    assertBalances(borrower.identifier(), POOL, 0, 0);

    clock.advance(Duration.ofSeconds(1));
    Loan declined = defacto.loan(loan.id());
    assertThat(declined.status()).isEqualTo(LoanStatus.DECLINED);
    assertThat(declined.denialReason()).isPresent();
  }

  @Test
  void cancelScenarioIsCanceledByDefactoBeforeThePayout() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.CANCEL), START)
        .autoValidate(true).build());
    clock.advance(Duration.ofSeconds(5));

    assertThat(defacto.loan(loan.id()).status()).isEqualTo(LoanStatus.CANCELED);
    assertThat(defacto.payments(PaymentFilter.forLoan(loan.id())).toList()).singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.CANCELED));
    assertBalances(borrower.identifier(), POOL, 0, 0);
  }

  @Test
  void waitForValidationAnswersWithTheDecisionAndAutoValidateSkipsTheValidateCall() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    Loan waited = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START, 50_000)
        .waitForValidation(true).build());
    assertThat(waited.status()).isEqualTo(LoanStatus.TO_VALIDATE);

    Loan auto = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START, 50_000)
        .waitForValidation(true).autoValidate(true).build());
    assertThat(auto.status()).isEqualTo(LoanStatus.SCHEDULED);
  }

  @Test
  void aCanceledLoanReleasesItsCreditAndCannotBeValidated() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START, 70_000)
        .waitForValidation(true).build());
    assertThat(defacto.cancelLoan(loan.id()).status()).isEqualTo(LoanStatus.CANCELED);
    assertBalances(borrower.identifier(), POOL, 0, 0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> defacto.validateLoan(loan.id()))
        .isInstanceOf(dev.covenant.defacto.DefactoValidationException.class).hasMessageContaining("CANCELED");
  }

  private void assertBalances(String identifier, long available, long pending, long pendingValidation) {
    CreditLine line = creditLine(defacto, identifier);
    assertThat(line.poolAmount()).hasValue(POOL);
    assertThat(line.balanceAvailable()).as("available").hasValue(available);
    assertThat(line.balancePending()).as("pending").isEqualTo(pending);
    assertThat(line.balancePendingValidation()).as("pending validation").isEqualTo(pendingValidation);
  }
}
