package dev.covenant.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP endpoint Defacto POSTs its notifications to, on the JDK's own server: each body goes
 * to {@link LendingService#onWebhook(String)}, whose status is the answer. Subscribe its
 * {@link #url()} with {@code DefactoClient.createWebhook}; behind a proxy, subscribe the public URL.
 */
public final class WebhookServer implements AutoCloseable {
  /** Larger bodies are refused without being read; the handler refuses over 1 MB anyway. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final ExecutorService threads;

  private WebhookServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Listens on {@code address} (port 0 for any free one), path {@code /defacto/webhooks}. */
  public static WebhookServer start(LendingService service, InetSocketAddress address) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    server.createContext("/defacto/webhooks", exchange -> answer(service, exchange));
    server.setExecutor(threads);
    server.start();
    return new WebhookServer(server, threads);
  }

  /** Where this server receives notifications. */
  public URI url() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/defacto/webhooks");
  }

  private static void answer(LendingService service, HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      int status = body.length > MAX_BODY_BYTES ? 413 : service.onWebhook(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(status, -1);
    } finally {
      exchange.close();
    }
  }

  /** Stops listening, letting exchanges under way finish for up to a second. */
  @Override
  public void close() {
    server.stop(1);
    threads.shutdown();
  }
}
