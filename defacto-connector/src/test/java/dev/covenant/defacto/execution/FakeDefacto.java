package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Defacto's loan endpoints as a WireMock server with state: {@code POST /loans} creates a loan
 * once per {@code salt_id} and answers a repeated one with the loan it created, as Defacto does;
 * {@code GET /loan/{id}} plays the loan's scripted statuses; validate and cancel change the status.
 * Tests stub failures at a higher priority (1) than the fake's own stubs (10). Registered as a
 * JUnit extension ({@code @RegisterExtension static final FakeDefacto DEFACTO = new FakeDefacto();})
 * it runs for the test class and starts each test afresh.
 */
final class FakeDefacto implements ResponseDefinitionTransformerV2, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  static final String API_KEY = "sk_test_do-not-leak-4242";
  private static final String NAME = "fake-defacto";

  /**
   * How Defacto treats the loan of one invoice.
   *
   * @param created        the status {@code POST /loans} answers with
   * @param afterReads     the statuses successive reads move the loan to (the last one stays)
   * @param feesPerMille   fees_estimated, in thousandths of the amount
   * @param denialReason   for DECLINED
   * @param loseValidation validate takes effect but the first answer is a 502
   */
  record Plan(String created, List<String> afterReads, int feesPerMille, Optional<String> denialReason,
      boolean loseValidation) {
    static Plan of(String created, String... afterReads) {
      return new Plan(created, List.of(afterReads), 5, Optional.empty(), false);
    }

    Plan fees(int perMille) {
      return new Plan(created, afterReads, perMille, denialReason, loseValidation);
    }

    Plan declined(String reason) {
      return new Plan(created, afterReads, feesPerMille, Optional.of(reason), loseValidation);
    }

    Plan losingTheValidateAnswer() {
      return new Plan(created, afterReads, feesPerMille, denialReason, true);
    }
  }

  private static final class FakeLoan {
    final ObjectNode json;
    final Deque<String> script;
    final Plan plan;
    int validations;
    int cancellations;

    FakeLoan(ObjectNode json, Plan plan) {
      this.json = json;
      this.plan = plan;
      this.script = new ArrayDeque<>(plan.afterReads());
    }

    String status() {
      return json.path("status").asText();
    }
  }

  private final WireMockServer server;
  private final Map<String, Plan> plans = new HashMap<>();
  private final Map<String, FakeLoan> bySalt = new HashMap<>();
  private final Map<String, FakeLoan> byId = new java.util.LinkedHashMap<>();
  private final List<String> saltIdsReceived = new ArrayList<>();
  private Plan defaultPlan = Plan.of("TO_VALIDATE");

  FakeDefacto() {
    this.server = new WireMockServer(wireMockConfig().dynamicPort().extensions(this));
  }

  FakeDefacto launch() {
    server.start();
    reset();
    return this;
  }

  void shutdown() {
    server.stop();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    launch();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    shutdown();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reset();
  }

  synchronized void reset() {
    plans.clear();
    bySalt.clear();
    byId.clear();
    saltIdsReceived.clear();
    defaultPlan = Plan.of("TO_VALIDATE");
    server.resetAll();
    ResponseDefinitionBuilder fake = aResponse().withTransformers(NAME);
    server.stubFor(post(urlPathEqualTo("/loans")).atPriority(10).willReturn(fake));
    server.stubFor(get(urlPathMatching("/loan/[^/]+")).atPriority(10).willReturn(fake));
    server.stubFor(get(urlPathEqualTo("/loans")).atPriority(10).willReturn(fake));
    server.stubFor(post(urlPathMatching("/loan/[^/]+/(validate|cancel)")).atPriority(10).willReturn(fake));
  }

  WireMockServer server() {
    return server;
  }

  synchronized FakeDefacto plan(String invoiceNumber, Plan plan) {
    plans.put(invoiceNumber, plan);
    return this;
  }

  synchronized FakeDefacto byDefault(Plan plan) {
    defaultPlan = plan;
    return this;
  }

  /** A client of this server that retries without sleeping. */
  DefactoClient client() {
    return client(RetryPolicy.defaults());
  }

  DefactoClient client(RetryPolicy retries) {
    return DefactoClient.builder()
        .baseUrl(URI.create(server.baseUrl()))
        .apiKey(() -> API_KEY)
        .retryPolicy(retries)
        .sleeper(delay -> { })
        .jitterSource(() -> 0)
        .build();
  }

  /** Distinct loans created (repeated salt ids not counted). */
  synchronized int loansCreated() {
    return bySalt.size();
  }

  synchronized List<String> saltIdsReceived() {
    return List.copyOf(saltIdsReceived);
  }

  /** How many times the loan of an invoice was actually validated (moved from TO_VALIDATE). */
  synchronized int validations(String invoiceNumber) {
    return loanOf(invoiceNumber).map(l -> l.validations).orElse(0);
  }

  synchronized int cancellations(String invoiceNumber) {
    return loanOf(invoiceNumber).map(l -> l.cancellations).orElse(0);
  }

  static String loanId(String invoiceNumber) {
    return "loan-" + invoiceNumber.toLowerCase();
  }

  /** Sets a loan's status directly, as Defacto's own progress would. */
  synchronized void setStatus(String invoiceNumber, String status) {
    loanOf(invoiceNumber).orElseThrow().json.put("status", status);
  }

  /** A loan an earlier run of Covenant requested (tagged with its salt id), for webhook tests. */
  synchronized void addLoan(String loanId, long amount, String status, int feesPerMille) {
    addLoan(loanId, amount, status, feesPerMille, true);
  }

  /** A loan someone else requested on the same account: no Covenant tag in its metadata. */
  synchronized void addForeignLoan(String loanId, long amount, String status, int feesPerMille) {
    addLoan(loanId, amount, status, feesPerMille, false);
  }

  private void addLoan(String loanId, long amount, String status, int feesPerMille, boolean covenants) {
    ObjectNode json = loanJson(loanId, amount, feesPerMille);
    json.put("status", status);
    if (covenants) {
      json.putObject("metadata").put("covenant_salt_id", "cov1-earlier-run-" + loanId).put("covenant_policy", "test@0");
    }
    if (status.equals("DECLINED")) {
      json.put("denial_reason", "INVOICE_ALREADY_FINANCED");
    }
    FakeLoan loan = new FakeLoan(json, Plan.of(status).fees(feesPerMille));
    byId.put(loanId, loan);
  }

  private Optional<FakeLoan> loanOf(String invoiceNumber) {
    return Optional.ofNullable(byId.get(loanId(invoiceNumber)));
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent event) {
    String method = event.getRequest().getMethod().getName();
    String path = URI.create(event.getRequest().getUrl()).getPath();
    if (method.equals("POST") && path.equals("/loans")) {
      return create(event.getRequest().getBodyAsString());
    }
    if (method.equals("GET") && path.equals("/loans")) {
      return list(event.getRequest().queryParameter("status").values());
    }
    String[] parts = path.split("/");
    FakeLoan loan = byId.get(parts[2]);
    if (loan == null) {
      return error(404, "Loan not found");
    }
    if (method.equals("GET")) {
      if (!loan.script.isEmpty()) {
        loan.json.put("status", loan.script.size() == 1 ? loan.script.peek() : loan.script.poll());
      }
      return ok(200, loan.json);
    }
    if (parts[3].equals("validate")) {
      if (!loan.status().equals("TO_VALIDATE")) {
        return error(400, "Loan " + loan.json.path("id").asText() + " is not TO_VALIDATE");
      }
      loan.json.put("status", "VALIDATED");
      loan.validations++;
      return loan.plan.loseValidation() && loan.validations == 1 ? error(502, "Bad gateway") : ok(200, loan.json);
    }
    if (!List.of("TO_VALIDATE", "VALIDATED", "SCHEDULED").contains(loan.status())) {
      return error(400, "Loan cannot be canceled");
    }
    loan.json.put("status", "CANCELED");
    loan.cancellations++;
    return ok(200, loan.json);
  }

  private ResponseDefinition create(String body) {
    JsonNode request;
    try {
      request = ExecutionFixtures.JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String salt = request.path("salt_id").asText();
    saltIdsReceived.add(salt);
    FakeLoan existing = bySalt.get(salt);
    if (existing != null) {
      return ok(201, existing.json);
    }
    String invoiceNumber = request.path("invoices").path(0).path("invoice_number").asText();
    Plan plan = plans.getOrDefault(invoiceNumber, defaultPlan);
    ObjectNode json = loanJson(loanId(invoiceNumber), request.path("amount").asLong(), plan.feesPerMille());
    json.put("status", plan.created());
    plan.denialReason().ifPresent(reason -> json.put("denial_reason", reason));
    json.put("to_pay_at", request.path("to_pay_at").asText());
    json.put("to_repay_at", request.path("to_repay_at").asText());
    json.putObject("borrower").put("identifier", request.path("borrower").path("identifier").asText());
    json.set("loan_to", request.path("loan_to"));
    if (request.has("metadata")) {
      json.set("metadata", request.get("metadata"));
    }
    FakeLoan loan = new FakeLoan(json, plan);
    bySalt.put(salt, loan);
    byId.put(json.path("id").asText(), loan);
    return ok(201, json);
  }

  /** {@code GET /loans}: every loan in one page, in creation order, narrowed to the statuses asked for. */
  private ResponseDefinition list(List<String> statuses) {
    ObjectNode page = ExecutionFixtures.JSON.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode data = page.putArray("data");
    byId.values().stream().filter(loan -> statuses.isEmpty() || statuses.contains(loan.status()))
        .forEach(loan -> data.add(loan.json));
    page.put("count", data.size());
    page.putNull("next_page");
    return ok(200, page);
  }

  private static ObjectNode loanJson(String id, long amount, int feesPerMille) {
    ObjectNode json = ExecutionFixtures.JSON.createObjectNode();
    json.put("id", id);
    json.put("amount", amount);
    json.put("currency", "EUR");
    json.put("fees_estimated", amount * feesPerMille / 1000);
    json.putArray("invoice_ids");
    json.put("loan_type", "INVOICE_BASED_FINANCING");
    return json;
  }

  private static ResponseDefinition ok(int status, ObjectNode json) {
    return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(json.toString()).build();
  }

  static ResponseDefinition error(int status, String message) {
    return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"" + message + "\"}").build();
  }
}
