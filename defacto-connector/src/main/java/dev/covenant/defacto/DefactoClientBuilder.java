package dev.covenant.defacto;

import dev.covenant.defacto.internal.http.ClientSettings;
import dev.covenant.defacto.internal.http.HttpDefactoClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Configures a {@link DefactoClient}. Every option has a default but the API key.
 *
 * <pre>{@code
 * DefactoClient defacto = DefactoClient.builder()
 *     .apiKey(() -> secrets.get("defacto"))      // read at every request, never logged
 *     .retryPolicy(RetryPolicy.defaults().withMaxAttempts(6))
 *     .build();                                   // the sandbox; .production() for real money
 * }</pre>
 *
 * <p>Defaults: the sandbox; connect timeout 10 s; read timeout 35 s (Defacto gives up after 30 s
 * with a 504, which is better than a read timeout); {@link RetryPolicy#defaults()}; credit lines
 * kept 30 s; pages of 100; no HTTP logging.
 */
public final class DefactoClientBuilder {
  private URI baseUrl = DefactoEnvironment.SANDBOX.baseUrl();
  private Optional<Supplier<String>> apiKey = Optional.empty();
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(35);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Sleeper sleeper = Sleeper.THREAD;
  private DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
  private Duration creditLineCacheTtl = Duration.ofSeconds(30);
  private Clock clock = Clock.systemUTC();
  private int pageSize = 100;
  private HttpLogLevel logLevel = HttpLogLevel.NONE;

  DefactoClientBuilder() {}

  /** Defacto's sandbox or production host. */
  public DefactoClientBuilder environment(DefactoEnvironment environment) {
    this.baseUrl = environment.baseUrl();
    return this;
  }

  /** Defacto's production host: real money moves. */
  public DefactoClientBuilder production() {
    return environment(DefactoEnvironment.PRODUCTION);
  }

  /** Another host, such as an emulator or a test server. */
  public DefactoClientBuilder baseUrl(URI url) {
    this.baseUrl = Objects.requireNonNull(url, "url");
    return this;
  }

  /**
   * Where the API key comes from. It is asked for at every request, so a rotated key is picked up
   * without a new client; it is sent as {@code Authorization: Bearer <key>} and never logged.
   */
  public DefactoClientBuilder apiKey(Supplier<String> key) {
    this.apiKey = Optional.of(Objects.requireNonNull(key, "key"));
    return this;
  }

  public DefactoClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /** How long to wait for an answer; keep it above Defacto's own 30 s limit. */
  public DefactoClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return this;
  }

  public DefactoClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** How the client waits between attempts; tests pass one that records delays. */
  public DefactoClientBuilder sleeper(Sleeper waiting) {
    this.sleeper = Objects.requireNonNull(waiting, "waiting");
    return this;
  }

  /** Where the jitter of backoffs comes from: numbers in [0, 1). Tests pass a constant. */
  public DefactoClientBuilder jitterSource(DoubleSupplier random) {
    this.jitterSource = Objects.requireNonNull(random, "random");
    return this;
  }

  /** How long {@link DefactoClient#creditLine} keeps a borrower's credit line; zero keeps none. */
  public DefactoClientBuilder creditLineCacheTtl(Duration ttl) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("creditLineCacheTtl must not be negative");
    }
    this.creditLineCacheTtl = ttl;
    return this;
  }

  /** The clock of the credit-line cache and of {@code Retry-After} dates. */
  public DefactoClientBuilder clock(Clock time) {
    this.clock = Objects.requireNonNull(time, "time");
    return this;
  }

  /** How many items each page of a list operation asks for. */
  public DefactoClientBuilder pageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, got " + size);
    }
    this.pageSize = size;
    return this;
  }

  public DefactoClientBuilder logLevel(HttpLogLevel level) {
    this.logLevel = Objects.requireNonNull(level, "level");
    return this;
  }

  /**
   * @throws IllegalStateException if no API key was given
   */
  public DefactoClient build() {
    Supplier<String> key = apiKey.orElseThrow(() -> new IllegalStateException("no API key: call apiKey(...)"));
    return new HttpDefactoClient(new ClientSettings(baseUrl, key, connectTimeout, readTimeout, retryPolicy, sleeper,
        jitterSource, creditLineCacheTtl, clock, pageSize, logLevel));
  }

  /** The settings, the API key left out. */
  @Override
  public String toString() {
    return "DefactoClientBuilder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isPresent() ? "***" : "(none)")
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", retryPolicy=" + retryPolicy
        + ", creditLineCacheTtl=" + creditLineCacheTtl + ", pageSize=" + pageSize + ", logLevel=" + logLevel + "]";
  }

  private static Duration positive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }
}
