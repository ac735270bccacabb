package dev.covenant.core.model;

import java.util.Optional;

/** A business address as far as policies read it; every part may be missing in Defacto's payloads. */
public record Address(Optional<String> country, Optional<String> city, Optional<String> postalCode) {
  /** No address given. */
  public static final Address NONE = new Address(Optional.empty(), Optional.empty(), Optional.empty());
}
