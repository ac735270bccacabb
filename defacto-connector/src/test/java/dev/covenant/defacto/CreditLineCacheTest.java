package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.covenant.defacto.TestClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.covenant.core.model.CreditLine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A borrower's credit line is read once for a while, so a batch does not ask for it per invoice. */
class CreditLineCacheTest {
  @RegisterExtension
  static WireMockExtension defacto = TestClients.server();

  private final MutableClock clock = new MutableClock();

  private DefactoClient client() {
    return TestClients.builder(defacto.baseUrl(), new TestClients.RecordingSleeper())
        .clock(clock).creditLineCacheTtl(Duration.ofSeconds(30)).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void twoLookUpsOfOneBorrowerMakeOneCall() {
    defacto.stubFor(get(urlPathEqualTo("/credit_lines")).willReturn(okJson(fixture("credit-lines-page.json"))));

    try (DefactoClient client = client()) {
      CreditLine first = client.creditLine("552100554").orElseThrow();
      CreditLine second = client.creditLine("552100554").orElseThrow();
      assertThat(second).isEqualTo(first);
      assertThat(first.balanceAvailable()).isEqualTo(OptionalLong.of(3_500_000));
    }

    defacto.verify(1, getRequestedFor(urlPathEqualTo("/credit_lines")).withQueryParam("borrower", equalTo("552100554")));
  }

  @Test
  void theLineIsReadAgainOnceItsTimeToLiveHasPassed() {
    defacto.stubFor(get(urlPathEqualTo("/credit_lines")).willReturn(okJson(fixture("credit-lines-page.json"))));

    try (DefactoClient client = client()) {
      client.creditLine("552100554");
      clock.advance(Duration.ofSeconds(31));
      client.creditLine("552100554");
    }

    defacto.verify(2, getRequestedFor(urlPathEqualTo("/credit_lines")));
  }

  @Test
  void aBorrowerWithoutLineIsEmpty() {
    defacto.stubFor(get(urlPathEqualTo("/credit_lines"))
        .willReturn(okJson("{\"count\": 0, \"page_size\": 100, \"data\": [], \"next_page\": null}")));

    try (DefactoClient client = client()) {
      assertThat(client.creditLine("999999999")).isEmpty();
    }
  }

  @Test
  void aFailedLookUpIsNotKept() {
    defacto.stubFor(get(urlPathEqualTo("/credit_lines")).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
    defacto.stubFor(get(urlPathEqualTo("/credit_lines")).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson(fixture("credit-lines-page.json"))));

    try (DefactoClient client = client()) {
      assertThatThrownBy(() -> client.creditLine("552100554")).isInstanceOf(DefactoServerException.class);
      assertThat(client.creditLine("552100554")).isPresent();
    }
  }

  /** A clock the test moves forward. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2024-03-01T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
