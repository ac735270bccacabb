package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.covenant.defacto.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.LoanRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each error status becomes its exception, naming the operation and quoting Defacto. */
class ErrorsTest {
  @RegisterExtension
  static WireMockExtension defacto = TestClients.server();

  private DefactoClient client;

  @BeforeEach
  void connect() {
    client = TestClients.builder(defacto.baseUrl(), new TestClients.RecordingSleeper())
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, DefactoValidationException.class),
        Arguments.of(401, DefactoAuthenticationException.class),
        Arguments.of(403, DefactoAuthenticationException.class),
        Arguments.of(404, DefactoNotFoundException.class),
        Arguments.of(409, DefactoConflictException.class),
        Arguments.of(418, DefactoException.class),
        Arguments.of(422, DefactoValidationException.class),
        Arguments.of(429, DefactoRateLimitException.class),
        Arguments.of(500, DefactoServerException.class),
        Arguments.of(502, DefactoServerException.class),
        Arguments.of(504, DefactoTimeoutException.class));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("statuses")
  void eachStatusBecomesItsExceptionWithOperationAndDefactosMessage(int status, Class<? extends DefactoException> type) {
    defacto.stubFor(post("/loans").willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody("{\"message\": \"Defacto says no\"}")));

    DefactoException failure = catchThrowableOfType(DefactoException.class, () -> client.createLoan(request()));

    assertThat(failure).isExactlyInstanceOf(type);
    assertThat(failure.status()).isEqualTo(OptionalInt.of(status));
    assertThat(failure.operation()).isEqualTo("POST /loans");
    assertThat(failure.defactoMessage()).contains("Defacto says no");
    assertThat(failure.getMessage()).isEqualTo("POST /loans failed with HTTP " + status + ": Defacto says no")
        .doesNotContain(API_KEY);
  }

  @Test
  void namesTheFieldsDefactoRefused() {
    defacto.stubFor(post("/loans").willReturn(aResponse().withStatus(422).withBody("""
        {"code": 422, "status": "Unprocessable Entity", "message": "Validation error",
         "errors": {"json": {"to_repay_at": ["Missing data for required field."], "loan_to": {"account_number": ["Not a valid IBAN."]}}}}""")));

    DefactoValidationException failure =
        catchThrowableOfType(DefactoValidationException.class, () -> client.createLoan(request()));

    assertThat(failure.fieldErrors()).containsExactlyInAnyOrder(
        new FieldError("to_repay_at", "Missing data for required field."),
        new FieldError("loan_to.account_number", "Not a valid IBAN."));
    assertThat(failure.defactoMessage()).contains("Validation error");
  }

  @Test
  void aPathOperationIsNamedByItsTemplateNotItsId() {
    defacto.stubFor(get("/loan/L-404").willReturn(aResponse().withStatus(404).withBody("{\"error\": \"Loan not found\"}")));

    DefactoNotFoundException failure = catchThrowableOfType(DefactoNotFoundException.class, () -> client.loan("L-404"));

    assertThat(failure.operation()).isEqualTo("GET /loan/{loan_id}");
    assertThat(failure.getMessage()).isEqualTo("GET /loan/{loan_id} failed with HTTP 404: Loan not found");
  }

  @Test
  void aBodyThatIsNotJsonStillGivesAClearMessage() {
    defacto.stubFor(get("/loan/L1").willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Gateway</body></html>")));

    DefactoServerException failure = catchThrowableOfType(DefactoServerException.class, () -> client.loan("L1"));

    assertThat(failure.defactoMessage()).isEmpty();
    assertThat(failure.getMessage()).isEqualTo("GET /loan/{loan_id} failed with HTTP 502");
  }

  @Test
  void aRateLimitCarriesItsRetryAfter() {
    defacto.stubFor(get("/loan/L1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

    DefactoRateLimitException failure = catchThrowableOfType(DefactoRateLimitException.class, () -> client.loan("L1"));

    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void anUnreadableSuccessIsADefactoExceptionNotAJacksonOne() {
    defacto.stubFor(get("/loan/L1").willReturn(okJson("{\"id\": \"L1\", \"amount\": \"twelve\"")));

    DefactoException failure = catchThrowableOfType(DefactoException.class, () -> client.loan("L1"));

    assertThat(failure).isExactlyInstanceOf(DefactoException.class);
    assertThat(failure.status()).isEqualTo(OptionalInt.of(200));
    assertThat(failure.getMessage()).startsWith("GET /loan/{loan_id} failed with HTTP 200: the answer could not be read");
  }

  private static LoanRequest request() {
    return LoanRequest.builder(100, AccountDetails.of("FR7612345000010000000000185"),
        OffsetDateTime.parse("2024-03-01T00:00:00Z"), OffsetDateTime.parse("2024-04-01T00:00:00Z"))
        .saltId("salt-1").build();
  }
}
