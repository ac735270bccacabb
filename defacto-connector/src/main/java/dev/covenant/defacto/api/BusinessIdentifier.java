package dev.covenant.defacto.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A business's registration number and what kind it is, as Defacto's {@code BusinessIdentifier}.
 *
 * <pre>{@code
 * BusinessIdentifier.of("312416506", "siren")
 * }</pre>
 *
 * @param identifier     the number, such as a SIREN
 * @param identifierType {@code siren}, {@code siret}, {@code vat_number}, {@code kvk}...; Defacto guesses when absent
 */
public record BusinessIdentifier(String identifier, Optional<String> identifierType) {
  public BusinessIdentifier {
    Objects.requireNonNull(identifier, "identifier");
    identifierType = Lists.orEmpty(identifierType);
  }

  public static BusinessIdentifier of(String identifier) {
    return new BusinessIdentifier(identifier, Optional.empty());
  }

  public static BusinessIdentifier of(String identifier, String identifierType) {
    return new BusinessIdentifier(identifier, Optional.of(identifierType));
  }
}
