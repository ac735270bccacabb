package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client aimed at a test server, whose waits are recorded rather than slept. */
final class TestClients {
  /** Looks like a real key so that any leak of it is easy to grep for. */
  static final String API_KEY = "sk_test_c0v3nant_SECRET_k3y_4242";

  private TestClients() {}

  /** A WireMock server on a free port; one acceptor, as the build machines have few cores. */
  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();
  }

  static DefactoClientBuilder builder(String baseUrl, RecordingSleeper sleeper) {
    return DefactoClient.builder()
        .baseUrl(URI.create(baseUrl))
        .apiKey(() -> API_KEY)
        .sleeper(sleeper)
        .jitterSource(() -> 0.0)
        .readTimeout(Duration.ofSeconds(5));
  }

  static DefactoClient client(String baseUrl) {
    return builder(baseUrl, new RecordingSleeper()).build();
  }

  static String fixture(String name) {
    try (InputStream in = TestClients.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@link Sleeper} that returns at once and remembers what it was asked to wait. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> delays = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration delay) {
      delays.add(delay);
    }
  }
}
