package dev.covenant.defacto;

/**
 * How much of each HTTP exchange the client logs, at SLF4J DEBUG level, under the logger
 * {@code dev.covenant.defacto.http}. The {@code Authorization} header is always shown as
 * {@code Bearer ***}; pre-signed contract URLs in bodies are masked too.
 */
public enum HttpLogLevel {
  /** Nothing. */
  NONE,
  /** Method, URL, status and time. */
  BASIC,
  /** {@link #BASIC} plus headers. */
  HEADERS,
  /** {@link #HEADERS} plus bodies, which may hold invoice PDFs and business data. */
  FULL
}
