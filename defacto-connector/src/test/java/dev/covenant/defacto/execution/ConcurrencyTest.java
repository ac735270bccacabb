package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.api.LoanRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();

  /** Counts the loan requests in flight; the first two wait for each other, proving they overlap. */
  private static final class InFlight {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();
    final CountDownLatch firstTwo = new CountDownLatch(2);

    DefactoClient around(DefactoClient client) {
      return (DefactoClient) Proxy.newProxyInstance(DefactoClient.class.getClassLoader(),
          new Class<?>[] {DefactoClient.class}, (proxy, method, args) -> {
            boolean counted = method.getName().equals("createLoan") && args[0] instanceof LoanRequest;
            if (counted) {
              max.accumulateAndGet(now.incrementAndGet(), Math::max);
              firstTwo.countDown();
              firstTwo.await(10, TimeUnit.SECONDS);
            }
            try {
              return method.invoke(client, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            } finally {
              if (counted) {
                now.decrementAndGet();
              }
            }
          });
    }
  }

  @Test
  void noMoreLoansAreInFlightThanConfigured() {
    DEFACTO.byDefault(FakeDefacto.Plan.of("VALIDATED"));
    DEFACTO.server().stubFor(post(urlPathEqualTo("/loans")).atPriority(5)
        .willReturn(aResponse().withTransformers("fake-defacto").withFixedDelay(50)));
    List<ObjectNode> payloads = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      payloads.add(ExecutionFixtures.payload("PAR-%02d".formatted(i), "9100000%02d".formatted(i), 200_000));
    }
    List<Invoice> invoices = ExecutionFixtures.invoicesOf(payloads);
    InFlight inFlight = new InFlight();

    ExecutionReport report = LoanExecutor.builder(inFlight.around(DEFACTO.client()), ExecutionFixtures.policy())
        .payloads(InvoicePayloads.of(payloads))
        .maxConcurrency(3)
        .build()
        .execute(ExecutionFixtures.decide(invoices), ExecutionFixtures.inputs(invoices));

    assertThat(report.count(ExecutionOutcome.VALIDATED)).isEqualTo(12);
    assertThat(inFlight.max.get()).isBetween(2, 3);
    assertThat(DEFACTO.loansCreated()).isEqualTo(12);
  }
}
