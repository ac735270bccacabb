package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.model.Invoice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoanRequestBodyTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();

  @Test
  void postsTheWholeOriginalPayloadWithItsOwnAccountTheDecisionsTermsAndSaltId() {
    List<Invoice> invoices = ExecutionFixtures.fileInvoices().subList(0, 1);
    DecisionBatch batch = ExecutionFixtures.decide(invoices);
    Decision decision = batch.decisions().get(0);

    LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy()).build()
        .execute(batch, ExecutionFixtures.inputs(invoices));

    ObjectNode payload = ExecutionFixtures.filePayload(0);
    ObjectNode expected = ExecutionFixtures.JSON.createObjectNode();
    expected.put("amount", 400_000);
    expected.put("currency", "EUR");
    expected.set("loan_to", payload.get("to_account"));
    expected.put("to_pay_at", "2026-11-10T00:00:00+01:00");
    expected.put("to_repay_at", "2026-12-18T00:00:00+01:00");
    expected.putArray("invoices").add(payload);
    expected.putObject("borrower").put("identifier", "900000001").put("identifier_type", "siren");
    expected.put("salt_id", decision.saltId());
    expected.put("auto_validate", false);
    expected.put("wait_for_validation", false);
    expected.putObject("metadata").put("covenant_salt_id", decision.saltId())
        .put("covenant_policy", ExecutionFixtures.policy().name() + "@" + ExecutionFixtures.policy().sha256().substring(0, 12));
    List<LoggedRequest> posts = DEFACTO.server().findAll(postRequestedFor(urlPathEqualTo("/loans")));
    assertThat(posts).hasSize(1);
    JsonNode body = ExecutionFixtures.json(posts.get(0).getBodyAsString());
    assertThat(body).isEqualTo(ExecutionFixtures.json(expected.toString()));
    assertThat(body.at("/invoices/0/document").asText()).isEqualTo(ExecutionFixtures.DOCUMENT);
    assertThat(body.get("loan_to").get("account_number").asText()).isEqualTo("FR7630000000000000000000101");
  }

  @Test
  void everyRequestCarriesItsSaltIdAndThePolicyInMetadata() {
    List<Invoice> invoices = ExecutionFixtures.fileInvoices();
    DecisionBatch batch = ExecutionFixtures.decide(invoices);

    LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy()).build()
        .execute(batch, ExecutionFixtures.inputs(invoices));

    List<LoggedRequest> posts = DEFACTO.server().findAll(postRequestedFor(urlPathEqualTo("/loans")));
    assertThat(posts).isNotEmpty();
    String policy = ExecutionFixtures.policy().name() + "@" + ExecutionFixtures.policy().sha256().substring(0, 12);
    assertThat(policy).matches(".+@[0-9a-f]{12}");
    for (LoggedRequest post : posts) {
      JsonNode body = ExecutionFixtures.json(post.getBodyAsString());
      assertThat(body.at("/metadata/covenant_salt_id").asText()).isEqualTo(body.get("salt_id").asText()).startsWith("cov1-");
      assertThat(body.at("/metadata/covenant_policy").asText()).isEqualTo(policy);
      assertThat(body.get("metadata")).hasSize(2);
    }
  }

  @Test
  void autoValidateAndWaitForValidationFollowTheOptions() {
    List<Invoice> invoices = ExecutionFixtures.fileInvoices();
    DecisionBatch batch = ExecutionFixtures.decide(invoices);

    LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy())
        .autoValidation(AutoValidation.NEVER)
        .waitForValidation(true)
        .build()
        .execute(batch, ExecutionFixtures.inputs(invoices));

    List<LoggedRequest> posts = DEFACTO.server().findAll(postRequestedFor(urlPathEqualTo("/loans")));
    assertThat(posts).hasSize(2);
    for (LoggedRequest post : posts) {
      JsonNode body = ExecutionFixtures.json(post.getBodyAsString());
      assertThat(body.get("auto_validate").asBoolean()).isFalse();
      assertThat(body.get("wait_for_validation").asBoolean()).isTrue();
    }
  }

  @Test
  void asDecidedSendsThePolicysAutoValidateFlag() {
    List<Invoice> invoices = ExecutionFixtures.fileInvoices();
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("VALIDATED"));

    ExecutionReport report = LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy()).build()
        .execute(ExecutionFixtures.decide(invoices), ExecutionFixtures.inputs(invoices));

    List<LoggedRequest> posts = DEFACTO.server().findAll(postRequestedFor(urlPathEqualTo("/loans")));
    assertThat(posts).extracting(p -> ExecutionFixtures.json(p.getBodyAsString()))
        .extracting(b -> b.at("/invoices/0/invoice_number").asText() + " " + b.get("auto_validate").asBoolean())
        .containsExactlyInAnyOrder("CVT-0001 false", "CVT-0004 true");
    LoanExecution trusted = report.entries().get(3);
    assertThat(trusted.outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(trusted.reason()).contains("auto_validate");
    assertThat(DEFACTO.validations("CVT-0004")).isZero();
  }

  @Test
  void aTimeoutRetriedSendsTheSameSaltIdAndReportsOneLoan() {
    List<Invoice> invoices = ExecutionFixtures.fileInvoices().subList(0, 1);
    DecisionBatch batch = ExecutionFixtures.decide(invoices);
    DEFACTO.server().stubFor(post(urlPathEqualTo("/loans")).atPriority(1)
        .inScenario("gateway timeout").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(504).withBody("{\"message\":\"Gateway Timeout\"}"))
        .willSetStateTo("answered"));

    ExecutionReport report = LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy()).build()
        .execute(batch, ExecutionFixtures.inputs(invoices));

    List<LoggedRequest> posts = DEFACTO.server().findAll(postRequestedFor(urlPathEqualTo("/loans")));
    assertThat(posts).hasSize(2);
    String saltId = batch.decisions().get(0).saltId();
    assertThat(posts).extracting(p -> ExecutionFixtures.json(p.getBodyAsString()).get("salt_id").asText())
        .containsExactly(saltId, saltId);
    assertThat(DEFACTO.loansCreated()).isEqualTo(1);
    assertThat(report.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
      assertThat(entry.loanId()).contains(FakeDefacto.loanId("CVT-0001"));
      assertThat(entry.saltId()).isEqualTo(saltId);
    });
  }
}
