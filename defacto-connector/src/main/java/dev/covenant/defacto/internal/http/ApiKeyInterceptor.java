package dev.covenant.defacto.internal.http;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.function.Supplier;

/** Adds {@code Authorization: Bearer <key>}, asking the supplier at every request so rotated keys are used. */
final class ApiKeyInterceptor implements RequestInterceptor {
  static final String HEADER = "Authorization";

  private final Supplier<String> apiKey;

  ApiKeyInterceptor(Supplier<String> apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public void apply(RequestTemplate template) {
    String key = apiKey.get();
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("the API key supplier gave no key");
    }
    template.removeHeader(HEADER);
    template.header(HEADER, "Bearer " + key.strip());
  }

  @Override
  public String toString() {
    return "ApiKeyInterceptor[***]";
  }
}
