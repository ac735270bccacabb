package dev.covenant.core.internal.engine;

import dev.covenant.core.internal.Sha256;
import dev.covenant.core.model.InvoiceKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Deterministic idempotency keys: the same invoice gives the same key on every machine and run. */
public final class SaltIds {
  private static final String PREFIX = "cov1-";

  private SaltIds() {}

  /** {@code cov1-} and the first 128 bits of SHA-256 over the seller identifier, a NUL and the invoice number. */
  public static String of(InvoiceKey key) {
    return PREFIX + HexFormat.of().formatHex(digest(key), 0, 16);
  }

  /** SHA-256 over the seller identifier, a NUL and the invoice number. */
  static byte[] digest(InvoiceKey key) {
    MessageDigest sha256 = Sha256.digest();
    sha256.update(key.sellerIdentifier().getBytes(StandardCharsets.UTF_8));
    // The separator keeps ("AB", "1") and ("A", "B1") apart.
    sha256.update((byte) 0);
    return sha256.digest(key.invoiceNumber().getBytes(StandardCharsets.UTF_8));
  }
}
