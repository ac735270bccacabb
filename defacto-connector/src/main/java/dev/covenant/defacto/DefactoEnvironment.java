package dev.covenant.defacto;

import java.net.URI;

/**
 * Defacto's two hosts. Each has its own API keys: a sandbox key is refused in production.
 */
public enum DefactoEnvironment {
  /** {@code https://api-sandbox.getdefacto.com}: simulated money, the default. */
  SANDBOX(URI.create("https://api-sandbox.getdefacto.com")),
  /** {@code https://api.getdefacto.com}: real money; only used when asked for explicitly. */
  PRODUCTION(URI.create("https://api.getdefacto.com"));

  private final URI baseUrl;

  DefactoEnvironment(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The base URL every path is resolved against. */
  public URI baseUrl() {
    return baseUrl;
  }
}
