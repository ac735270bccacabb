package dev.covenant.samples.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.CreditLine;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.RetryPolicy;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.InvoiceGeneration;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.SandboxScenario;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Clients, borrowers and loan requests for the emulator's tests. */
final class EmulatorTestSupport {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  /** One second per step, so that each status can be seen on a clock that is moved by hand. */
  static final Timeline STEPS = new Timeline(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));

  private EmulatorTestSupport() {}

  static DefactoClient client(DefactoEmulator emulator) {
    return client(emulator, RetryPolicy.defaults());
  }

  static DefactoClient client(DefactoEmulator emulator, RetryPolicy retries) {
    return DefactoClient.builder().baseUrl(emulator.baseUrl()).apiKey(() -> "k").sleeper(d -> { })
        .jitterSource(() -> 0).retryPolicy(retries).creditLineCacheTtl(Duration.ZERO)
        .readTimeout(Duration.ofSeconds(10)).build();
  }

  /** A generated business registered and signed: READY with a credit line. */
  static BorrowerProfile readyBorrower(DefactoClient defacto, Instant now) {
    BorrowerRequest business = defacto.generateBusiness(true, "FRA");
    return defacto.createBorrower(business.withSignedAt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
  }

  static GeneratedInvoice invoiceFor(DefactoClient defacto, BorrowerProfile seller, SandboxScenario scenario) {
    ObjectNode sellerNode = JsonNodeFactory.instance.objectNode().put("identifier", seller.identifier());
    seller.name().ifPresent(name -> sellerNode.put("name", name));
    return defacto.generateInvoice(new InvoiceGeneration(Optional.of(scenario), Optional.empty(), Optional.empty(),
        Optional.of(sellerNode)));
  }

  /** A loan request for the whole invoice, paid at once and repaid in 30 days. */
  static LoanRequest.Builder loanFor(GeneratedInvoice invoice, Instant now) {
    return loanFor(invoice, now, invoice.invoiceCreationPayload().path("to_pay_amount").asLong());
  }

  static LoanRequest.Builder loanFor(GeneratedInvoice invoice, Instant now, long amount) {
    ObjectNode payload = invoice.invoiceCreationPayload();
    AccountDetails to = AccountDetails.iban(payload.path("to_account").path("account_number").asText(),
        payload.path("to_account").path("bank_identifier").asText());
    OffsetDateTime payAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return LoanRequest.builder(amount, to, payAt, payAt.plusDays(30)).invoice(payload);
  }

  static CreditLine creditLine(DefactoClient defacto, String identifier) {
    return defacto.creditLines(CreditLineFilter.forBorrowers(identifier)).findFirst().orElseThrow();
  }
}
