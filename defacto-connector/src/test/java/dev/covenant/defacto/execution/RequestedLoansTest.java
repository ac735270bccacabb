package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.covenant.core.model.Money;
import dev.covenant.defacto.DefactoClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding the loans Covenant already requested: tagged, holding credit, every page, each once. */
class RequestedLoansTest {
  @RegisterExtension
  static WireMockExtension defacto = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

  private static DefactoClient client() {
    return DefactoClient.builder().baseUrl(URI.create(defacto.baseUrl())).apiKey(() -> "sk_test_requested")
        .readTimeout(Duration.ofSeconds(5)).pageSize(2).build();
  }

  private static String loan(String id, String status, long amount, String currency, String saltId) {
    return "{\"id\": \"" + id + "\", \"status\": \"" + status + "\", \"amount\": " + amount + ", \"currency\": \""
        + currency + "\"" + (saltId == null ? "" : ", \"metadata\": {\"covenant_salt_id\": \"" + saltId
        + "\", \"covenant_policy\": \"p@0123456789ab\"}") + "}";
  }

  private static String page(String next, String... loans) {
    return "{\"count\": " + loans.length + ", \"page_size\": 2, \"data\": [" + String.join(",", loans)
        + "], \"next_page\": " + (next == null ? "null" : "\"" + next + "\"") + ", \"previous_page\": null}";
  }

  @Test
  void findsTheTaggedLoansHoldingCreditOnEveryPage() {
    defacto.stubFor(get(urlPathEqualTo("/loans")).withQueryParam("cursor", absent()).willReturn(okJson(page("c2",
        loan("L1", "TO_VALIDATE", 4_000, "EUR", "cov1-x"),
        loan("L2", "VALIDATED", 9_999, "EUR", null)))));
    defacto.stubFor(get(urlPathEqualTo("/loans")).withQueryParam("cursor", equalTo("c2")).willReturn(okJson(page(null,
        loan("L3", "TO_REPAY", 2_500, "GBP", "cov1-y"),
        loan("L4", "PENDING_VALIDATION", 1_000, "EUR", "cov1-z")))));

    Map<String, Money> found;
    try (DefactoClient client = client()) {
      found = RequestedLoans.find(client).amounts();
    }

    assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(
        "cov1-x", new Money(4_000, "EUR"), "cov1-y", new Money(2_500, "GBP"), "cov1-z", new Money(1_000, "EUR")));
    defacto.verify(2, getRequestedFor(urlPathEqualTo("/loans")));
  }

  @Test
  void asksOnlyForTheStatusesThatHoldCredit() {
    defacto.stubFor(get(urlPathEqualTo("/loans")).willReturn(okJson(page(null))));

    try (DefactoClient client = client()) {
      assertThat(RequestedLoans.find(client).amounts()).isEmpty();
    }

    List<LoggedRequest> requests = defacto.findAll(getRequestedFor(urlPathEqualTo("/loans")));
    assertThat(requests).singleElement().satisfies(request -> assertThat(request.queryParameter("status").values())
        .containsExactlyInAnyOrder("SUBMITTED", "PENDING_VALIDATION", "TO_VALIDATE", "VALIDATED", "SCHEDULED",
            "INITIATED", "TO_REPAY", "TO_REPAY_FEES", "ISSUE_DETECTED"));
  }

  @Test
  void aLoanInAnotherStatusCountsForNothingEvenIfListed() {
    defacto.stubFor(get(urlPathEqualTo("/loans")).willReturn(okJson(page(null,
        loan("L1", "CANCELED", 4_000, "EUR", "cov1-x"),
        loan("L2", "CLOSED", 4_000, "EUR", "cov1-y"),
        loan("L3", "SOMETHING_NEW", 4_000, "EUR", "cov1-z")))));

    try (DefactoClient client = client()) {
      assertThat(RequestedLoans.find(client).amounts()).isEmpty();
    }
  }

  @Test
  void twoLiveLoansWithOneSaltIdCountOnceTheFirst() {
    defacto.stubFor(get(urlPathEqualTo("/loans")).willReturn(okJson(page(null,
        loan("L1", "TO_VALIDATE", 4_000, "EUR", "cov1-x"),
        loan("L2", "VALIDATED", 7_000, "EUR", "cov1-x")))));

    try (DefactoClient client = client()) {
      assertThat(RequestedLoans.find(client).amounts()).isEqualTo(Map.of("cov1-x", new Money(4_000, "EUR")));
    }
  }
}
