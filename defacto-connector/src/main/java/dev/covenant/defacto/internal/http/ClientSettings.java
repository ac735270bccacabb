package dev.covenant.defacto.internal.http;

import dev.covenant.defacto.HttpLogLevel;
import dev.covenant.defacto.RetryPolicy;
import dev.covenant.defacto.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** What the builder collected; the API key stays a supplier and out of {@link #toString()}. */
public record ClientSettings(
    URI baseUrl,
    Supplier<String> apiKey,
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retryPolicy,
    Sleeper sleeper,
    DoubleSupplier jitterSource,
    Duration creditLineCacheTtl,
    Clock clock,
    int pageSize,
    HttpLogLevel logLevel) {

  @Override
  public String toString() {
    return "ClientSettings[baseUrl=" + baseUrl + ", apiKey=***, retryPolicy=" + retryPolicy + "]";
  }
}
