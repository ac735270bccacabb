package dev.covenant.core.model;

import java.util.Optional;

/** The buyer or the seller of an invoice. */
public record Party(
    Optional<String> name,
    Optional<String> identifier,
    Optional<String> identifierType,
    Optional<String> vatNumber,
    Address address) {

  /** A party the payload does not describe. */
  public static final Party NONE =
      new Party(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Address.NONE);
}
