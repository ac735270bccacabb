package dev.covenant.defacto.api;

import java.util.List;
import java.util.Optional;

/**
 * Which borrowers {@code GET /borrowers} lists.
 *
 * @param ids        Defacto's borrower ids
 * @param identifier a business identifier (SIREN...)
 */
public record BorrowerFilter(List<String> ids, Optional<String> identifier) {
  public BorrowerFilter {
    ids = Lists.copy(ids);
    identifier = Lists.orEmpty(identifier);
  }

  /** Every borrower. */
  public static BorrowerFilter all() {
    return new BorrowerFilter(List.of(), Optional.empty());
  }

  /** The borrower with this business identifier. */
  public static BorrowerFilter identifier(String businessIdentifier) {
    return new BorrowerFilter(List.of(), Optional.of(businessIdentifier));
  }
}
