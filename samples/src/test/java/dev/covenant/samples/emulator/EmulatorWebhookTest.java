package dev.covenant.samples.emulator;

import static dev.covenant.samples.emulator.EmulatorTestSupport.START;
import static dev.covenant.samples.emulator.EmulatorTestSupport.client;
import static dev.covenant.samples.emulator.EmulatorTestSupport.invoiceFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.loanFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.readyBorrower;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.api.WebhookNotification;
import dev.covenant.defacto.api.WebhookRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmulatorWebhookTest {
  @Test
  void aSubscribedTransitionIsPostedWithTheLoansState() throws Exception {
    LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try (DefactoEmulator emulator = DefactoEmulator.builder().clock(EmulatorClock.at(START))
        .timeline(Timeline.immediate()).start();
        DefactoClient defacto = client(emulator)) {
      defacto.createWebhook(new WebhookRequest("test", URI.create("http://127.0.0.1:" + receiver.getAddress().getPort()
          + "/hook"), List.of("Loan.TO_VALIDATE")));
      Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, readyBorrower(defacto, START),
          SandboxScenario.SUCCESS), START).build());

      String body = received.poll(10, TimeUnit.SECONDS);
      WebhookNotification notification = WebhookNotification.parse(body);
      assertThat(notification.eventType()).isEqualTo("Loan.TO_VALIDATE");
      assertThat(notification.entityId()).contains(loan.id());
      assertThat(notification.status()).contains("TO_VALIDATE");
    } finally {
      receiver.stop(0);
    }
  }
}
