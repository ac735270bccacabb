package dev.covenant.defacto.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covenant.defacto.HttpLogLevel;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** Wires Feign: the JDK's HTTP client, Jackson, the error decoder, the API key, the redacting logger. */
final class FeignApi {
  static final String HTTP_LOGGER = "dev.covenant.defacto.http";

  private FeignApi() {}

  static DefactoApi create(ClientSettings settings, ObjectMapper mapper) {
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        // Plain http is for emulators and test servers, which need not speak HTTP/2.
        .version("http".equalsIgnoreCase(settings.baseUrl().getScheme())
            ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return Feign.builder()
        .client(new Http2Client(http))
        .encoder(new JacksonEncoder(mapper))
        .decoder(new DefactoDecoder(new JacksonDecoder(mapper)))
        .errorDecoder(new DefactoErrorDecoder(mapper, settings.clock()))
        .requestInterceptor(new ApiKeyInterceptor(settings.apiKey()))
        .logger(new RedactingLogger(LoggerFactory.getLogger(HTTP_LOGGER)))
        .logLevel(level(settings.logLevel()))
        // Retries belong to the Retrier, which knows which operations may be repeated.
        .retryer(Retryer.NEVER_RETRY)
        .options(new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
            settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false))
        .target(DefactoApi.class, stripTrailingSlash(settings.baseUrl().toString()));
  }

  private static Logger.Level level(HttpLogLevel level) {
    return switch (level) {
      case NONE -> Logger.Level.NONE;
      case BASIC -> Logger.Level.BASIC;
      case HEADERS -> Logger.Level.HEADERS;
      case FULL -> Logger.Level.FULL;
    };
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
