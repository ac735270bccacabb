package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.covenant.defacto.TestClients.API_KEY;
import static dev.covenant.defacto.TestClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.LoanRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key and pre-signed links never reach a log line, an exception or a toString. */
class SecretsTest {
  @RegisterExtension
  static WireMockExtension defacto = TestClients.server();

  @Test
  void fullHttpLoggingShowsTheAuthorizationHeaderMasked() {
    defacto.stubFor(get("/borrower/B1").willReturn(okJson(fixture("borrower.json"))));
    defacto.stubFor(post("/loans").willReturn(aResponse().withStatus(500).withBody("{\"message\": \"boom\"}")));
    defacto.stubFor(get("/loan/L1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    String logs = capturingStandardError(() -> {
      try (DefactoClient client = TestClients.builder(defacto.baseUrl(), new TestClients.RecordingSleeper())
          .logLevel(HttpLogLevel.FULL).build()) {
        client.borrower("B1");
        catchThrowable(() -> client.createLoan(loanRequest()));
        catchThrowable(() -> client.loan("L1"));
      }
    });

    assertThat(logs).contains("Authorization: Bearer ***").contains("---> GET http").contains("/borrower/B1");
    assertThat(logs).doesNotContain(API_KEY).doesNotContain("X-Amz-Signature");
  }

  @Test
  void exceptionsHoldNoKeyInMessageCauseOrStackTrace() {
    defacto.stubFor(get("/loan/L1").willReturn(aResponse().withStatus(401).withBody("{\"message\": \"bad key\"}")));
    defacto.stubFor(get("/loan/L2").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try (DefactoClient client = TestClients.builder(defacto.baseUrl(), new TestClients.RecordingSleeper())
        .retryPolicy(RetryPolicy.none()).build()) {
      for (Throwable failure : new Throwable[] {catchThrowable(() -> client.loan("L1")), catchThrowable(() -> client.loan("L2"))}) {
        assertThat(failure).isInstanceOf(DefactoException.class);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(API_KEY);
      }
    }
  }

  @Test
  void toStringsNeverShowTheKey() {
    DefactoClientBuilder builder = DefactoClient.builder().apiKey(() -> API_KEY);
    try (DefactoClient client = builder.build()) {
      assertThat(builder.toString()).contains("apiKey=***").doesNotContain(API_KEY);
      assertThat(client.toString()).doesNotContain(API_KEY);
    }
  }

  private static LoanRequest loanRequest() {
    return LoanRequest.builder(100, AccountDetails.of("FR7612345000010000000000185"),
        OffsetDateTime.parse("2024-03-01T00:00:00Z"), OffsetDateTime.parse("2024-04-01T00:00:00Z")).build();
  }

  private static String capturingStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
