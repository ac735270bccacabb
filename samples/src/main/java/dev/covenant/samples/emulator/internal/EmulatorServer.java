package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.covenant.samples.emulator.EmulatedLoan;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the emulator: the JDK's server on 127.0.0.1, the Bearer key, the injected
 * faults, the request log, then one route per Defacto operation against the {@link Sandbox}
 * under a single lock. Latency is slept, and webhooks are sent, outside the lock.
 */
public final class EmulatorServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.covenant.samples.emulator");
  private static final int THREADS = 8;
  /** A loan request carries one invoice PDF in base64 (a few hundred kilobytes); more is a mistake, not a loan. */
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final EmulatorSettings settings;
  private final Sandbox sandbox;
  private final Object lock = new Object();
  private final HttpServer server;
  private final ExecutorService executor;
  private final HttpClient webhookClient;
  private final AtomicInteger loanRequests = new AtomicInteger();
  private final List<Route> routes = new ArrayList<>();

  /** Thrown to make the JDK server drop the connection without any answer: a reset, as seen by the client. */
  private static final class DropConnection extends RuntimeException {
    DropConnection() {
      super("connection dropped by an injected fault", null, false, false);
    }
  }

  private interface Action {
    Reply handle(Matcher path, Query query, ObjectNode body);
  }

  private record Route(String method, Pattern path, boolean hasBody, Action action) {}

  /** An answer: a status and a body of some content type; {@code body} empty for 204. */
  private record Reply(int status, byte[] body, String contentType) {
    static Reply json(int status, JsonNode node) {
      return new Reply(status, Json.bytes(node), "application/json");
    }

    static Reply noContent() {
      return new Reply(204, new byte[0], "application/json");
    }
  }

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms). Read once, by the first server of the JVM.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private EmulatorServer(EmulatorSettings settings) throws IOException {
    this.settings = settings;
    this.sandbox = new Sandbox(settings.clock(), settings.timeline(), settings.creditLinePool());
    defineRoutes();
    AtomicInteger threadNumber = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
      Thread thread = new Thread(runnable, "defacto-emulator-" + threadNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 50);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    this.webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(executor).build();
    server.start();
  }

  /** Starts listening at once. */
  public static EmulatorServer start(EmulatorSettings settings) throws IOException {
    return new EmulatorServer(settings);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int loanRequests() {
    return loanRequests.get();
  }

  public List<EmulatedLoan> loans() {
    List<EmulatedLoan> loans;
    synchronized (lock) {
      sandbox.advanceAll();
      loans = sandbox.snapshot();
    }
    // Moving the loans may have made transitions: their webhooks go now, not at the next call.
    deliverEffects();
    return loans;
  }

  /** Registers borrowers and credit lines from a {@code GET /borrowers} and a {@code GET /credit_lines} page. */
  public void seed(JsonNode borrowersPage, JsonNode creditLinesPage) {
    synchronized (lock) {
      sandbox.seed(borrowersPage, creditLinesPage);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void defineRoutes() {
    get("/hello", (p, q, b) -> new Reply(200,
        "Hello from Covenant's Defacto sandbox emulator!".getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8"));
    get("/sandbox/business-generator", (p, q, b) -> Reply.json(200, sandbox.generateBusiness(q)));
    post("/borrowers", (p, q, b) -> Reply.json(201, sandbox.createBorrower(b)));
    get("/borrowers", (p, q, b) -> Reply.json(200, sandbox.borrowers(q)));
    get("/borrower/([^/]+)", (p, q, b) -> Reply.json(200, sandbox.borrower(p.group(1))));
    post("/borrower/([^/]+)/sign", (p, q, b) -> Reply.json(200, sandbox.signBorrower(p.group(1), b)));
    post("/sandbox/invoice-generator", (p, q, b) -> Reply.json(201, sandbox.generateInvoice(b)));
    get("/sandbox/iban-generator", (p, q, b) -> Reply.json(201, sandbox.generateIban(q)));
    post("/sandbox/business-eligible", (p, q, b) -> {
      sandbox.setEligibility(b);
      return Reply.noContent();
    });
    post("/loans", (p, q, b) -> Reply.json(201, sandbox.createLoan(b, settings.clock().instant()).json()));
    get("/loans", (p, q, b) -> Reply.json(200, sandbox.loans(q)));
    get("/loan/([^/]+)", (p, q, b) -> Reply.json(200, sandbox.loan(p.group(1))));
    post("/loan/([^/]+)/validate", (p, q, b) -> Reply.json(200, sandbox.validateLoan(p.group(1))));
    post("/loan/([^/]+)/cancel", (p, q, b) -> Reply.json(200, sandbox.cancelLoan(p.group(1))));
    get("/loan/([^/]+)/events", (p, q, b) -> Reply.json(200, sandbox.loanEvents(p.group(1), q)));
    get("/payments", (p, q, b) -> Reply.json(200, sandbox.payments(q)));
    get("/credit_lines", (p, q, b) -> Reply.json(200, sandbox.creditLines(q)));
    post("/webhooks", (p, q, b) -> Reply.json(201, sandbox.createWebhook(b)));
    get("/webhooks", (p, q, b) -> Reply.json(200, sandbox.webhooks(q)));
    route("DELETE", "/webhook/([^/]+)", false, (p, q, b) -> {
      sandbox.deleteWebhook(p.group(1));
      return Reply.noContent();
    });
  }

  private void get(String path, Action action) {
    route("GET", path, false, action);
  }

  // Only the POSTs of Defacto's API carry a body; validate and cancel send none, and are given {}.
  private void post(String path, Action action) {
    route("POST", path, !path.endsWith("/validate") && !path.endsWith("/cancel"), action);
  }

  private void route(String method, String path, boolean hasBody, Action action) {
    routes.add(new Route(method, Pattern.compile(path), hasBody, action));
  }

  private void exchange(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    String faultText = "";
    try {
      if (method.equals("POST") && path.equals("/loans")) {
        loanRequests.incrementAndGet();
      }
      FaultRules.Draw draw = settings.faults().draw(method, path);
      sleep(draw.delay());
      if (!draw.delay().isZero()) {
        faultText = " fault=latency:" + draw.delay().toMillis() + "ms";
      }
      Optional<FaultRules.Kind> fault = draw.kind();
      if (fault.isPresent()) {
        faultText += " fault=" + fault.get().text();
      }
      Reply reply = answer(exchange, method, path, fault, draw.retryAfterSeconds());
      // Logged, and the listeners told, before answering: once the client has its answer, the log
      // shows the call and a loan-created listener has seen the loan.
      log(method, path, String.valueOf(reply.status()), started, faultText);
      deliverEffects();
      send(exchange, reply);
    } catch (DropConnection dropped) {
      log(method, path, "---", started, faultText);
      exchange.close();
      // Propagating is what makes the JDK server close the connection without an answer.
      throw dropped;
    } finally {
      deliverEffects();
    }
  }

  private Reply answer(HttpExchange exchange, String method, String path, Optional<FaultRules.Kind> fault,
      int retryAfter) throws IOException {
    Optional<Reply> refused = authorize(exchange);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (fault.isPresent() && !fault.get().after()) {
      switch (fault.get()) {
        case ERROR_500:
          return Reply.json(500, Json.message("Internal server error (injected by the emulator)"));
        case TIMEOUT_504:
          return Reply.json(504, Json.message("Gateway timeout"));
        case RATE_LIMIT_429:
          exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
          return Reply.json(429, Json.message("Too many requests"));
        case RESET:
          throw new DropConnection();
        default:
          throw new IllegalStateException("not a fault before the call: " + fault.get());
      }
    }
    Reply reply = dispatch(exchange, method, path);
    if (fault.isPresent()) {
      if (fault.get() == FaultRules.Kind.RESET_AFTER) {
        throw new DropConnection();
      }
      return Reply.json(504, Json.message("Gateway timeout"));
    }
    return reply;
  }

  private Optional<Reply> authorize(HttpExchange exchange) {
    String header = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
      return Optional.of(Reply.json(401, Json.message("Missing or malformed Authorization header: expected "
          + "'Authorization: Bearer <api key>'")));
    }
    String key = header.substring(7).strip();
    if (settings.apiKey().isPresent() && !settings.apiKey().get().equals(key)) {
      // The key itself stays out of the answer and of the log.
      return Optional.of(Reply.json(401, Json.message("Invalid API key")));
    }
    return Optional.empty();
  }

  private Reply dispatch(HttpExchange exchange, String method, String path) throws IOException {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(path);
      if (!matcher.matches()) {
        continue;
      }
      pathKnown = true;
      if (!route.method().equals(method)) {
        continue;
      }
      Query query = Query.parse(exchange.getRequestURI().getRawQuery());
      try {
        ObjectNode body = route.hasBody() ? body(exchange) : Json.object();
        synchronized (lock) {
          sandbox.advanceAll();
          return route.action().handle(matcher, query, body);
        }
      } catch (HttpProblem problem) {
        return Reply.json(problem.status(), problem.body());
      }
    }
    if (pathKnown) {
      return Reply.json(405, Json.message("Method " + method + " not allowed on " + path));
    }
    return Reply.json(404, Json.message("No route " + method + " " + path));
  }

  private static ObjectNode body(HttpExchange exchange) throws IOException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new HttpProblem(413, Json.message("Request body larger than " + MAX_BODY_BYTES / (1024 * 1024)
          + " MB: Defacto's invoice documents are a few hundred kilobytes"));
    }
    if (bytes.length == 0) {
      throw HttpProblem.badRequest("Malformed JSON body: the body is empty, a JSON object is expected");
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException malformed) {
      throw HttpProblem.badRequest("Malformed JSON body: " + malformed.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw HttpProblem.badRequest("Malformed JSON body: a JSON object is expected");
    }
    return (ObjectNode) node;
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    if (reply.status() == 204) {
      exchange.sendResponseHeaders(204, -1);
    } else {
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      exchange.getResponseBody().write(reply.body());
    }
    exchange.close();
  }

  private static void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void log(String method, String path, String status, long started, String fault) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    try {
      settings.requestLog().accept(method + " " + path + " " + status + " " + millis + "ms" + fault);
    } catch (RuntimeException listenerFailed) {
      LOG.warn("the request log failed: " + listenerFailed);
    }
  }

  /** Webhooks and the loan-created listener, outside the lock: they call out. */
  private void deliverEffects() {
    List<Sandbox.Notification> notifications;
    List<EmulatedLoan> created;
    synchronized (lock) {
      notifications = sandbox.drainNotifications();
      created = sandbox.drainCreated();
    }
    for (EmulatedLoan loan : created) {
      try {
        settings.onLoanCreated().accept(loan);
      } catch (RuntimeException listenerFailed) {
        LOG.warn("the loan-created listener failed: " + listenerFailed);
      }
    }
    for (Sandbox.Notification notification : notifications) {
      for (String url : notification.urls()) {
        deliver(url, notification.body());
      }
    }
  }

  private void deliver(String url, byte[] body) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    } catch (IllegalArgumentException badUrl) {
      LOG.warn("webhook URL " + url + " is not usable: " + badUrl.getMessage());
      return;
    }
    webhookClient.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
      if (failure != null) {
        LOG.warn("webhook to " + url + " failed: " + failure);
      } else if (response.statusCode() >= 300) {
        LOG.warn("webhook to " + url + " answered HTTP " + response.statusCode());
      }
    });
  }
}
