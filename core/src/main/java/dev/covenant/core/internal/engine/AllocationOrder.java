package dev.covenant.core.internal.engine;

import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceKey;
import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.SortDirection;
import dev.covenant.dsl.ast.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order in which a batch consumes credit: the policy's {@code allocate by} keys (missing
 * values last, whatever the direction; money ordered by currency, then amount), ties broken by
 * invoice number then seller identifier so that input order never matters. Without
 * {@code allocate by}, input order.
 */
final class AllocationOrder {
  private final List<Node> keys;
  private final List<Boolean> descending;
  private final EpochDays days;

  private AllocationOrder(List<Node> keys, List<Boolean> descending, EpochDays days) {
    this.keys = keys;
    this.descending = descending;
    this.days = days;
  }

  static Optional<AllocationOrder> of(Optional<AllocateDeclaration> allocate, ExpressionCompiler compiler, EpochDays days) {
    if (allocate.isEmpty()) {
      return Optional.empty();
    }
    List<Node> keys = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    for (SortKey key : allocate.get().keys()) {
      keys.add(compiler.compile(key.key()));
      descending.add(key.direction() == SortDirection.DESCENDING);
    }
    return Optional.of(new AllocationOrder(keys, descending, days));
  }

  /** The input positions of {@code invoices} in allocation order. */
  int[] order(List<Invoice> invoices) {
    int size = invoices.size();
    Object[][] values = new Object[size][];
    for (int i = 0; i < size; i++) {
      Env env = new Env(days, 0);
      env.invoice = invoices.get(i);
      values[i] = new Object[keys.size()];
      for (int k = 0; k < keys.size(); k++) {
        values[i][k] = keys.get(k).boxed(env);
      }
    }
    Integer[] positions = new Integer[size];
    Arrays.setAll(positions, i -> i);
    Comparator<Integer> byKeys = (a, b) -> {
      for (int k = 0; k < keys.size(); k++) {
        int compared = compareKey(values[a][k], values[b][k], descending.get(k));
        if (compared != 0) {
          return compared;
        }
      }
      return 0;
    };
    InvoiceKey[] identities = new InvoiceKey[size];
    Arrays.setAll(identities, i -> invoices.get(i).key());
    // Copies of one invoice (same seller and number) that differ otherwise are ordered by content,
    // so which copy is decided first never depends on input order.
    Arrays.sort(positions, byKeys.thenComparing(i -> identities[i])
        .thenComparing(i -> invoices.get(i).toString()).thenComparing(i -> i));
    return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKey(Object a, Object b, boolean descending) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int compared;
    if (a instanceof dev.covenant.core.model.Money x && b instanceof dev.covenant.core.model.Money y) {
      compared = x.currency().equals(y.currency()) ? Long.compare(x.minorUnits(), y.minorUnits())
          : x.currency().compareTo(y.currency());
    } else {
      compared = ((Comparable) a).compareTo(b);
    }
    return descending ? -compared : compared;
  }
}
