package dev.covenant.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.DefactoValidationException;
import dev.covenant.defacto.Sleeper;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.BusinessIdentifier;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.InvoiceGeneration;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanEvent;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.Payment;
import dev.covenant.defacto.api.PaymentFilter;
import dev.covenant.defacto.api.PaymentStatus;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.api.SignatureRequest;
import dev.covenant.defacto.api.Webhook;
import dev.covenant.defacto.api.WebhookRequest;
import dev.covenant.core.model.CreditLine;
import dev.covenant.samples.dryrun.Amounts;
import dev.covenant.samples.emulator.EmulatorClock;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The nine steps of Defacto's "make your first loan in 5 minutes" guide, walked through the
 * connector: each step's call, what Defacto answered, and what to do next. The scenario (chosen
 * by the invoice's IBAN) decides where the loan ends; the tour checks it ends there.
 */
final class FirstLoanTour {
  private static final int STEPS = 9;
  /** How long a step waits for Defacto to move a loan before saying where it stands and going on. */
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final Set<LoanStatus> DECIDED = EnumSet.of(LoanStatus.TO_VALIDATE, LoanStatus.VALIDATED,
      LoanStatus.SCHEDULED, LoanStatus.INITIATED, LoanStatus.TO_REPAY, LoanStatus.CLOSED, LoanStatus.DECLINED,
      LoanStatus.CANCELED, LoanStatus.ISSUE_DETECTED);
  private static final Set<LoanStatus> AFTER_PAYOUT = EnumSet.of(LoanStatus.TO_REPAY, LoanStatus.TO_REPAY_FEES,
      LoanStatus.CLOSED, LoanStatus.ISSUE_DETECTED, LoanStatus.CANCELED);

  private final DefactoClient defacto;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Optional<EmulatorClock> emulatorClock;
  private final SandboxScenario scenario;
  private final PrintWriter out;
  private int step;

  FirstLoanTour(DefactoTarget target, SandboxScenario scenario, PrintWriter out) {
    this.defacto = target.client();
    this.sleeper = target.sleeper();
    this.emulatorClock = target.emulatorClock();
    this.clock = emulatorClock.map(c -> (Clock) c).orElse(Clock.systemUTC());
    this.scenario = scenario;
    this.out = out;
  }

  /** Where the loan of each scenario ends, as far as a tour can follow it. */
  static LoanStatus expectedEnd(SandboxScenario scenario) {
    switch (scenario) {
      case FAIL:
        return LoanStatus.ISSUE_DETECTED;
      case REJECT:
        return LoanStatus.DECLINED;
      case CANCEL:
        return LoanStatus.CANCELED;
      default:
        return LoanStatus.CLOSED;
    }
  }

  /**
   * Walks the nine steps.
   *
   * @return the loan's last status seen
   * @throws DefactoException when a call fails; the step it belongs to has been printed
   */
  LoanStatus run() throws InterruptedException {
    step("Authenticate");
    call("GET /hello");
    seen(defacto.hello().strip());
    next("the key works. Every call carries it as 'Authorization: Bearer <key>'; Covenant never logs it.");

    step("Register a borrower that accepted Defacto's terms");
    call("GET /sandbox/business-generator?is_borrower=true");
    BorrowerRequest business = defacto.generateBusiness(true);
    seen("a made-up business: " + business.name().orElse("?") + ", " + business.identifierType().orElse("identifier")
        + " " + business.identifier() + " (nothing is created yet)");
    call("POST /borrowers  {identifier: " + business.identifier() + ", ...}   (no signed_at yet)");
    BorrowerProfile borrower = defacto.createBorrower(business);
    seen("borrower " + borrower.id().orElse("?") + ", status " + status(borrower));
    String borrowerId = borrower.id().orElseThrow(() -> new IllegalStateException("Defacto returned no borrower id"));
    OffsetDateTime signedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    call("POST /borrower/" + borrowerId + "/sign  {signed_at: " + signedAt + "}");
    borrower = defacto.signBorrower(borrowerId, new SignatureRequest(signedAt, false));
    seen("status " + status(borrower));
    borrower = awaitBorrowerReady(borrowerId, borrower);
    call("GET /credit_lines?borrower=" + business.identifier());
    Optional<CreditLine> line = defacto.creditLines(CreditLineFilter.forBorrowers(business.identifier())).findFirst();
    seen(line.map(FirstLoanTour::balances).orElse("no credit line yet"));
    next(borrower.isReady() ? "the borrower is READY: it can borrow up to its available balance."
        : "the borrower is not READY yet; on Defacto's sandbox this can take a few seconds (GET /borrower/{id}).");

    step("Get an invoice to finance");
    ObjectNode seller = JsonNodeFactory.instance.objectNode()
        .put("identifier", business.identifier())
        .put("name", business.name().orElse(business.identifier()));
    business.identifierType().ifPresent(type -> seller.put("identifier_type", type));
    call("POST /sandbox/invoice-generator  {scenario: " + scenario + ", seller: " + business.identifier() + "}");
    GeneratedInvoice generated = defacto.generateInvoice(new InvoiceGeneration(Optional.of(scenario), Optional.empty(),
        Optional.empty(), Optional.of(seller)));
    ObjectNode invoice = generated.invoiceCreationPayload();
    long toPay = invoice.path("to_pay_amount").asLong(invoice.path("total_amount").asLong());
    String currency = invoice.path("currency").asText("EUR");
    String iban = invoice.path("to_account").path("account_number").asText();
    seen("invoice " + generated.invoiceNumber() + ", " + Amounts.format(toPay, currency) + " to pay, due "
        + invoice.path("due_at").asText() + ", paid to " + iban + " (its IBAN chooses the scenario " + scenario + ")");
    next("keep the whole invoice_creation_payload (its PDF included): the loan request sends it as is.");

    step("Request the loan");
    String saltId = "first-loan-" + generated.invoiceNumber();
    OffsetDateTime payAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime repayAt = OffsetDateTime.parse(invoice.path("due_at").asText());
    LoanRequest request = LoanRequest.builder(toPay, loanTo(invoice.path("to_account")), payAt, repayAt)
        .currency(currency)
        .invoice(invoice)
        .borrower(business.businessIdentifier())
        .saltId(saltId)
        .autoValidate(false)
        .build();
    call("POST /loans  {amount: " + toPay + ", loan_to: {account_number: " + iban + "}, to_pay_at, to_repay_at, "
        + "invoices: [the payload], borrower, salt_id: " + saltId + ", auto_validate: false}");
    Loan loan = defacto.createLoan(request);
    seen("loan " + loan.id() + ", status " + loan.status() + feesText(loan));
    call("POST /loans  (the same body again, as a retry after a timeout would send it)");
    Loan again = defacto.createLoan(request);
    seen("loan " + again.id() + (again.id().equals(loan.id()) ? ": the same loan, thanks to the salt_id" : ": A SECOND LOAN"));
    loan = awaitLoan(loan.id(), DECIDED::contains, "Defacto's decision");
    next(loan.status() == LoanStatus.TO_VALIDATE
        ? "Defacto accepted and proposes its conditions" + feesText(loan) + ": validate them to get paid."
        : "the loan is " + loan.status() + loan.denialReason().map(r -> " (" + r + ")").orElse("")
            + ": there is nothing to validate.");

    step("Validate the loan");
    if (loan.status() == LoanStatus.TO_VALIDATE) {
      call("POST /loan/" + loan.id() + "/validate");
      loan = defacto.validateLoan(loan.id());
      seen("status " + loan.status());
      next("Defacto now schedules the payout to the invoice's account.");
    } else {
      skipped("validation is only for a TO_VALIDATE loan; this one is " + loan.status());
    }

    step("Follow the payout");
    if (loan.status() != LoanStatus.DECLINED) {
      loan = awaitLoan(loan.id(), AFTER_PAYOUT::contains, "the payout");
      call("GET /payments?loan_id=" + loan.id());
      List<Payment> payments = defacto.payments(PaymentFilter.forLoan(loan.id())).collect(Collectors.toList());
      payments.forEach(payment -> seen(payment.paymentType() + " " + Amounts.format(payment.amount(),
          payment.currency().orElse(currency)) + ": " + payment.status()
          + payment.failureReason().map(r -> " (" + r + ")").orElse("")));
      if (payments.isEmpty()) {
        seen("no payment");
      }
      boolean failed = payments.stream().anyMatch(p -> p.status() == PaymentStatus.FAILED);
      next(failed ? "the payout failed: Defacto flags the loan " + loan.status() + " and contacts you; nothing to repay."
          : "paid out: the borrower has the money.");
    } else {
      skipped("a declined loan pays nothing out");
    }

    step("Repay the loan");
    if (loan.status() == LoanStatus.TO_REPAY || loan.status() == LoanStatus.CLOSED) {
      call("GET /loan/" + loan.id());
      seen("status " + loan.status() + ", repay " + Amounts.format(loan.amount(), loan.currency()) + " to "
          + loan.repaymentTo().map(AccountDetails::accountNumber).orElse("?") + " with reference "
          + String.join(", ", loan.repaymentToReferences()));
      next("repay by credit transfer (SCT) to that IBAN with that reference; the sandbox repays by itself"
          + (scenario == SandboxScenario.SUCCESS_ONE_DAY_LATER ? ", one day later in this scenario." : "."));
    } else {
      skipped("the loan is " + loan.status() + ": there is nothing to repay");
    }

    step("Monitor the loan and the credit line");
    if (scenario == SandboxScenario.SUCCESS_ONE_DAY_LATER && loan.status() == LoanStatus.TO_REPAY
        && emulatorClock.isPresent()) {
      seen("(the emulator moves its clock one day forward: on Defacto's sandbox, come back tomorrow)");
      emulatorClock.get().advance(Duration.ofDays(1));
    }
    if (expectedEnd(scenario) == LoanStatus.CLOSED && loan.status() != LoanStatus.CLOSED) {
      loan = awaitLoan(loan.id(), s -> s == LoanStatus.CLOSED, "the repayment");
    } else {
      call("GET /loan/" + loan.id());
      loan = defacto.loan(loan.id());
      seen("status " + loan.status());
    }
    call("GET /loan/" + loan.id() + "/events");
    for (LoanEvent event : defacto.loanEvents(loan.id())) {
      seen(event.timestamp().map(Object::toString).orElse("-") + "  " + event.status()
          + event.transitionName().map(name -> "  (" + name + ")").orElse(""));
    }
    call("GET /credit_lines?borrower=" + business.identifier());
    line = defacto.creditLines(CreditLineFilter.forBorrowers(business.identifier())).findFirst();
    seen(line.map(FirstLoanTour::balances).orElse("no credit line"));
    next("subscribe to webhooks rather than polling, and read the loan again before acting on one.");

    step("Webhooks and errors");
    URI hook = URI.create("https://example.invalid/covenant-first-loan");
    call("POST /webhooks  {name: covenant-first-loan, to_url: " + hook + ", event_types: [Loan.TO_VALIDATE, ...]}");
    Webhook webhook = defacto.createWebhook(new WebhookRequest("covenant-first-loan", hook,
        List.of("Loan.TO_VALIDATE", "Loan.TO_REPAY", "Loan.CLOSED", "Payment.FAILED")));
    seen("webhook " + webhook.id().orElse("(no id)") + " for " + String.join(", ", webhook.eventTypes()));
    if (webhook.id().isPresent()) {
      call("DELETE /webhook/" + webhook.id().get() + "   (this tour has no server to receive them)");
      defacto.deleteWebhook(webhook.id().get());
      seen("deleted");
    }
    if (emulatorClock.isPresent()) {
      call("POST /loans  {... loan_to: an account that is not the invoice's ...}");
      try {
        defacto.createLoan(LoanRequest.builder(toPay, AccountDetails.iban("FR7630006000011234567890189", "AGRIFRPP"),
            payAt, repayAt).currency(currency).invoice(invoice).borrower(business.businessIdentifier())
            .saltId(saltId + "-wrong-account").build());
        seen("accepted (the account was not checked)");
      } catch (DefactoValidationException e) {
        seen("HTTP " + e.status().orElse(400) + ": " + e.defactoMessage().orElse("refused") + fieldText(e));
      } catch (DefactoException e) {
        seen(e.getMessage());
      }
    } else {
      // On a real sandbox, a request that might be accepted after all would finance the invoice a
      // second time: the tour shows an error with a read instead.
      String unknown = "00000000-0000-0000-0000-000000000000";
      call("GET /loan/" + unknown);
      try {
        defacto.loan(unknown);
        seen("found (unexpectedly)");
      } catch (DefactoException e) {
        seen(e.getMessage());
      }
    }
    next("a 4xx is never retried: fix the request. Try the other scenarios with --scenario "
        + "(SUCCESS, SUCCESS_ONE_DAY_LATER, FAIL, REJECT, CANCEL).");
    out.println();
    out.println("The loan ended " + loan.status() + "; the " + scenario + " scenario ends "
        + expectedEnd(scenario) + ".");
    return loan.status();
  }

  private BorrowerProfile awaitBorrowerReady(String borrowerId, BorrowerProfile current) throws InterruptedException {
    BorrowerProfile borrower = current;
    Instant deadline = clock.instant().plus(PATIENCE);
    while (!borrower.isReady() && clock.instant().isBefore(deadline)) {
      sleeper.sleep(Duration.ofSeconds(2));
      call("GET /borrower/" + borrowerId);
      borrower = defacto.borrower(borrowerId);
      seen("status " + status(borrower));
    }
    return borrower;
  }

  /** Reads the loan until {@code done}, or until the tour's patience runs out. */
  private Loan awaitLoan(String loanId, Predicate<LoanStatus> done, String what) throws InterruptedException {
    call("GET /loan/" + loanId + "   (until " + what + ")");
    Loan loan = defacto.loan(loanId);
    LoanStatus shown = loan.status();
    seen("status " + shown);
    Instant deadline = clock.instant().plus(PATIENCE);
    Duration wait = Duration.ofSeconds(1);
    while (!done.test(loan.status()) && clock.instant().isBefore(deadline)) {
      sleeper.sleep(wait);
      wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : wait.multipliedBy(2);
      loan = defacto.loan(loanId);
      if (loan.status() != shown) {
        shown = loan.status();
        seen("status " + shown);
      }
    }
    if (!done.test(loan.status())) {
      seen("still " + loan.status() + " after " + PATIENCE.toSeconds() + " s: look again later with GET /loan/" + loanId);
    }
    return loan;
  }

  private static AccountDetails loanTo(JsonNode account) {
    return new AccountDetails(account.path("account_number").asText(), text(account, "account_number_type"),
        text(account, "bank_identifier"), text(account, "bank_identifier_type"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.path(field).isTextual() ? Optional.of(node.path(field).asText()) : Optional.empty();
  }

  private static String status(BorrowerProfile borrower) {
    return borrower.status().map(Enum::name).orElse("?");
  }

  private static String balances(CreditLine line) {
    return "credit line: pool " + amount(line.poolAmount(), line.currency()) + ", available "
        + amount(line.balanceAvailable(), line.currency()) + ", pending validation "
        + Amounts.format(line.balancePendingValidation(), line.currency()) + ", pending "
        + Amounts.format(line.balancePending(), line.currency());
  }

  private static String amount(OptionalLong cents, String currency) {
    return cents.isPresent() ? Amounts.format(cents.getAsLong(), currency) : "?";
  }

  private static String feesText(Loan loan) {
    return loan.feesEstimated().isPresent()
        ? ", fees " + Amounts.format(loan.feesEstimated().getAsLong(), loan.currency()) : "";
  }

  private static String fieldText(DefactoValidationException e) {
    return e.fieldErrors().isEmpty() ? ""
        : " [" + e.fieldErrors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")) + "]";
  }

  private void step(String title) {
    step++;
    out.println();
    out.println("Step " + step + "/" + STEPS + "  " + title);
    out.flush();
  }

  private void call(String request) {
    out.println("  -> " + request);
    out.flush();
  }

  private void seen(String answer) {
    out.println("  <- " + answer);
    out.flush();
  }

  private void next(String advice) {
    out.println("  next: " + advice);
    out.flush();
  }

  private void skipped(String why) {
    out.println("  (skipped: " + why + ")");
    out.flush();
  }
}
