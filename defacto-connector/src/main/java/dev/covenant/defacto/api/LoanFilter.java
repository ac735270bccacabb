package dev.covenant.defacto.api;

import java.util.List;
import java.util.Optional;

/**
 * Which loans {@code GET /loans} lists. Each list narrows the result; an empty one does not filter.
 *
 * <pre>{@code
 * defacto.loans(LoanFilter.all().withStatuses(LoanStatus.TO_VALIDATE)).forEach(...);
 * }</pre>
 *
 * @param borrowers the borrowers' business identifiers (SIREN...)
 * @param sortBy    {@code created_at:asc}, {@code to_repay_at:desc}...
 */
public record LoanFilter(List<String> borrowers, List<LoanStatus> statuses, List<String> ids, Optional<String> sortBy) {
  public LoanFilter {
    borrowers = Lists.copy(borrowers);
    statuses = Lists.copy(statuses);
    ids = Lists.copy(ids);
    sortBy = Lists.orEmpty(sortBy);
    if (statuses.contains(LoanStatus.UNKNOWN)) {
      throw new IllegalArgumentException("UNKNOWN is no status Defacto can filter on");
    }
  }

  /** Every loan. */
  public static LoanFilter all() {
    return new LoanFilter(List.of(), List.of(), List.of(), Optional.empty());
  }

  public LoanFilter withBorrowers(String... identifiers) {
    return new LoanFilter(List.of(identifiers), statuses, ids, sortBy);
  }

  public LoanFilter withStatuses(LoanStatus... wanted) {
    return new LoanFilter(borrowers, List.of(wanted), ids, sortBy);
  }

  public LoanFilter withIds(String... loanIds) {
    return new LoanFilter(borrowers, statuses, List.of(loanIds), sortBy);
  }

  public LoanFilter sortedBy(String order) {
    return new LoanFilter(borrowers, statuses, ids, Optional.of(order));
  }
}
