package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanFilter;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** List operations follow the cursor from page to page, fetching each page only when it is reached. */
class PaginationTest {
  @RegisterExtension
  static WireMockExtension defacto = TestClients.server();

  @BeforeEach
  void threePages() {
    defacto.stubFor(get(urlPathEqualTo("/loans")).withQueryParam("cursor", absent())
        .willReturn(okJson(page("c2", "L1", "L2"))));
    defacto.stubFor(get(urlPathEqualTo("/loans")).withQueryParam("cursor", equalTo("c2"))
        .willReturn(okJson(page("https://api-sandbox.getdefacto.com/loans?page_size=2&cursor=c3", "L3", "L4"))));
    defacto.stubFor(get(urlPathEqualTo("/loans")).withQueryParam("cursor", equalTo("c3"))
        .willReturn(okJson(page(null, "L5"))));
  }

  @Test
  void readsEveryPageInOrder() {
    try (DefactoClient client = TestClients.builder(defacto.baseUrl(), new TestClients.RecordingSleeper())
        .pageSize(2).build()) {
      assertThat(client.loans(LoanFilter.all()).map(Loan::id)).containsExactly("L1", "L2", "L3", "L4", "L5");
    }

    defacto.verify(3, getRequestedFor(urlPathEqualTo("/loans")).withQueryParam("page_size", equalTo("2")));
  }

  @Test
  void fetchesTheNextPageOnlyWhenTheStreamReachesIt() {
    try (DefactoClient client = TestClients.client(defacto.baseUrl())) {
      Stream<Loan> loans = client.loans(LoanFilter.all());
      defacto.verify(0, getRequestedFor(urlPathEqualTo("/loans")));

      Iterator<Loan> it = loans.iterator();
      it.next();
      it.next();
      defacto.verify(1, getRequestedFor(urlPathEqualTo("/loans")));

      it.next();
      defacto.verify(2, getRequestedFor(urlPathEqualTo("/loans")));
    }
  }

  @Test
  void stopsAtTheFirstItemsWhenNoMoreAreWanted() {
    try (DefactoClient client = TestClients.client(defacto.baseUrl())) {
      assertThat(client.loans(LoanFilter.all()).limit(1).map(Loan::id)).containsExactly("L1");
    }

    defacto.verify(1, getRequestedFor(urlPathEqualTo("/loans")));
  }

  private static String page(String next, String... ids) {
    StringBuilder data = new StringBuilder();
    for (String id : ids) {
      data.append(data.length() == 0 ? "" : ",")
          .append("{\"id\": \"").append(id).append("\", \"status\": \"CLOSED\", \"amount\": 100, \"currency\": \"EUR\"}");
    }
    return "{\"count\": " + ids.length + ", \"page_size\": 2, \"total\": 5, \"data\": [" + data + "], \"next_page\": "
        + (next == null ? "null" : "\"" + next + "\"") + ", \"previous_page\": null}";
  }
}
