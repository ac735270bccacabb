package dev.covenant.defacto.api;

import java.util.List;

/**
 * Which payments {@code GET /payments} lists. Each list narrows the result; an empty one does not filter.
 *
 * <pre>{@code
 * defacto.payments(PaymentFilter.forLoan(loan.id())).filter(p -> p.status() == PaymentStatus.FAILED)...
 * }</pre>
 */
public record PaymentFilter(List<String> loanIds, List<PaymentStatus> statuses) {
  public PaymentFilter {
    loanIds = Lists.copy(loanIds);
    statuses = Lists.copy(statuses);
    if (statuses.contains(PaymentStatus.UNKNOWN)) {
      throw new IllegalArgumentException("UNKNOWN is no status Defacto can filter on");
    }
  }

  /** Every payment. */
  public static PaymentFilter all() {
    return new PaymentFilter(List.of(), List.of());
  }

  /** The payments of one loan. */
  public static PaymentFilter forLoan(String loanId) {
    return new PaymentFilter(List.of(loanId), List.of());
  }

  public PaymentFilter withStatuses(PaymentStatus... wanted) {
    return new PaymentFilter(loanIds, List.of(wanted));
  }
}
