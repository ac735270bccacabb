package dev.covenant.defacto.api;

import java.util.List;

/**
 * Which credit lines {@code GET /credit_lines} lists.
 *
 * @param borrowers the borrowers' business identifiers (SIREN...)
 * @param ids       Defacto's credit line ids
 */
public record CreditLineFilter(List<String> borrowers, List<String> ids) {
  public CreditLineFilter {
    borrowers = Lists.copy(borrowers);
    ids = Lists.copy(ids);
  }

  /** Every credit line. */
  public static CreditLineFilter all() {
    return new CreditLineFilter(List.of(), List.of());
  }

  /** The credit lines of these borrowers. */
  public static CreditLineFilter forBorrowers(String... identifiers) {
    return new CreditLineFilter(List.of(identifiers), List.of());
  }
}
