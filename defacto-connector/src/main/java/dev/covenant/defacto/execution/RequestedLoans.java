package dev.covenant.defacto.execution;

import dev.covenant.core.DecisionInputs;
import dev.covenant.core.model.Money;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanFilter;
import dev.covenant.defacto.api.LoanStatus;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loans Covenant already requested on Defacto that still hold credit, by the salt id of their
 * invoice. A re-run after a crash passes their amounts to {@link DecisionInputs#withRequestedLoans},
 * so that it decides as the first run did, and the loans themselves to the executor, which then
 * reads each one again ({@code GET /loan/{id}}) rather than requesting it again. Immutable.
 *
 * <pre>{@code
 * RequestedLoans requested = RequestedLoans.find(defacto);
 * DecisionInputs inputs = DecisionInputs.of(borrowers, creditLines).withRequestedLoans(requested.amounts());
 * ExecutionReport report = executor.execute(policy.decideAll(invoices, inputs), inputs, requested);
 * }</pre>
 *
 * <p>Read the credit lines after (or together with) this call: a loan created in between would be
 * out of the balance but not listed here, and its invoice would see less than it could.
 */
public final class RequestedLoans {
  /**
   * The statuses of a loan that holds credit on its line: requested and not declined, canceled,
   * deleted or repaid ({@code CLOSED}).
   */
  static final Set<LoanStatus> HOLDING_CREDIT = EnumSet.of(LoanStatus.SUBMITTED, LoanStatus.PENDING_VALIDATION,
      LoanStatus.TO_VALIDATE, LoanStatus.VALIDATED, LoanStatus.SCHEDULED, LoanStatus.INITIATED, LoanStatus.TO_REPAY,
      LoanStatus.TO_REPAY_FEES, LoanStatus.ISSUE_DETECTED);

  private static final Logger LOG = LoggerFactory.getLogger(RequestedLoans.class);

  private static final RequestedLoans NONE = new RequestedLoans(Map.of(), Map.of());

  private final Map<String, Money> amounts;
  private final Map<String, String> loanIds;

  private RequestedLoans(Map<String, Money> amounts, Map<String, String> loanIds) {
    this.amounts = Map.copyOf(amounts);
    this.loanIds = Map.copyOf(loanIds);
  }

  /** No loan requested before: a first run. */
  public static RequestedLoans none() {
    return NONE;
  }

  /**
   * Lists ({@code GET /loans}, every page, filtered on the statuses that hold credit) the loans
   * whose metadata carries {@value Loan#COVENANT_SALT_ID}, by that salt id. Loans without it (requested by another client, or before Covenant tagged its requests) are
   * left out: they hold credit that no invoice of a batch may count back. Two live loans with one
   * salt id should not exist, since Defacto answers a repeated salt id with its first loan; if they
   * do, the first listed is kept and a warning logged.
   *
   * @throws dev.covenant.defacto.DefactoException if Defacto cannot be read; nothing partial is returned
   */
  public static RequestedLoans find(DefactoClient defacto) {
    Map<String, Loan> bySaltId = new LinkedHashMap<>();
    LoanFilter filter = LoanFilter.all().withStatuses(HOLDING_CREDIT.toArray(LoanStatus[]::new));
    try (Stream<Loan> loans = defacto.loans(filter)) {
      // The status is checked again: a server that ignored the filter must not make a canceled loan count.
      loans.filter(loan -> HOLDING_CREDIT.contains(loan.status())).forEach(loan -> loan.covenantSaltId().ifPresent(saltId -> {
        Loan kept = bySaltId.putIfAbsent(saltId, loan);
        if (kept != null) {
          LOG.warn("loans {} ({}) and {} ({}) both carry salt id {}; only {} is counted", kept.id(), kept.status(),
              loan.id(), loan.status(), saltId, kept.id());
        }
      }));
    }
    Map<String, Money> amounts = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    bySaltId.forEach((saltId, loan) -> {
      amounts.put(saltId, loan.money());
      ids.put(saltId, loan.id());
    });
    return new RequestedLoans(amounts, ids);
  }

  /** Each loan's amount by salt id, for {@link DecisionInputs#withRequestedLoans}. */
  public Map<String, Money> amounts() {
    return amounts;
  }

  /** The id of the loan requested for the invoice with this salt id, if one still holds credit. */
  public Optional<String> loanId(String saltId) {
    return Optional.ofNullable(loanIds.get(saltId));
  }

  /** How many loans were found. */
  public int size() {
    return loanIds.size();
  }

  @Override
  public String toString() {
    return "RequestedLoans[" + loanIds.size() + " loans]";
  }
}
