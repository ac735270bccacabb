package dev.covenant.defacto.internal.http;

import feign.slf4j.Slf4jLogger;
import java.util.regex.Pattern;
import org.slf4j.Logger;

/**
 * Feign's SLF4J logger, with secrets masked: the {@code Authorization} header's value is logged as
 * {@code Bearer ***}, and pre-signed contract links in bodies as {@code ***}.
 *
 * <p>Feign logs each header as {@code log(key, "%s: %s", name, value)}; masking at that single
 * point covers requests, responses and any later Feign version that logs more headers.
 */
final class RedactingLogger extends Slf4jLogger {
  private static final String HEADER_FORMAT = "%s: %s";
  // A temporary pre-signed URL grants access by itself: it must not reach any log.
  private static final Pattern SIGNED_URLS =
      Pattern.compile("(\"(?:contract_s3_url|contract_url|transfer_contract_url|document_url|pdf_download_url)\"\\s*:\\s*)\"[^\"]*\"");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");

  RedactingLogger(Logger logger) {
    super(logger);
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    super.log(configKey, format, redact(format, args));
  }

  static Object[] redact(String format, Object... args) {
    Object[] safe = args.clone();
    if (HEADER_FORMAT.equals(format) && safe.length == 2
        && ApiKeyInterceptor.HEADER.equalsIgnoreCase(String.valueOf(safe[0]))) {
      safe[1] = "Bearer ***";
      return safe;
    }
    for (int i = 0; i < safe.length; i++) {
      if (safe[i] instanceof String text) {
        safe[i] = BEARER.matcher(SIGNED_URLS.matcher(text).replaceAll("$1\"***\"")).replaceAll("$1***");
      }
    }
    return safe;
  }
}
