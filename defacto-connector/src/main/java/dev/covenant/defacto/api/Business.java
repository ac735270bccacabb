package dev.covenant.defacto.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A business as a loan names it (its borrower, its beneficiary): Defacto's {@code LightBusiness},
 * reduced to what identifies it.
 */
public record Business(Optional<String> id, String identifier, Optional<String> identifierType, Optional<String> name) {
  public Business {
    Objects.requireNonNull(identifier, "identifier");
    id = Lists.orEmpty(id);
    identifierType = Lists.orEmpty(identifierType);
    name = Lists.orEmpty(name);
  }
}
