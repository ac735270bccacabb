package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.model.Invoice;
import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.SortDirection;
import dev.covenant.dsl.ast.SortKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The order in which a batch consumes credit: the policy's {@code allocate by} keys (missing
 * values last, whatever the direction; money ordered by currency, then amount), ties broken by
 * invoice number then seller identifier so that input order never matters. Without
 * {@code allocate by}, input order. Keys are evaluated once per invoice into columns, so sorting
 * compares primitives.
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

  /** The given positions of {@code invoices} (ascending), in allocation order. */
  int[] order(List<Invoice> invoices, int[] positions) {
    List<Invoice> subset = new ArrayList<>(positions.length);
    for (int position : positions) {
      subset.add(invoices.get(position));
    }
    int[] order = order(subset);
    for (int i = 0; i < order.length; i++) {
      order[i] = positions[order[i]];
    }
    return order;
  }

  /** The input positions of {@code invoices} in allocation order. */
  int[] order(List<Invoice> invoices) {
    int size = invoices.size();
    List<Column> columns = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      columns.add(column(keys.get(k), invoices, descending.get(k)));
    }
    String[] numbers = new String[size];
    String[] sellers = new String[size];
    for (int i = 0; i < size; i++) {
      numbers[i] = invoices.get(i).invoiceNumber();
      sellers[i] = invoices.get(i).seller().identifier().orElse("");
    }
    Column[] byKey = columns.toArray(new Column[0]);
    Integer[] positions = new Integer[size];
    Arrays.setAll(positions, i -> i);
    Arrays.sort(positions, (a, b) -> {
      for (Column column : byKey) {
        int compared = column.compare(a, b);
        if (compared != 0) {
          return compared;
        }
      }
      int compared = numbers[a].compareTo(numbers[b]);
      if (compared == 0) {
        compared = sellers[a].compareTo(sellers[b]);
      }
      if (compared == 0) {
        // Copies of one invoice that differ otherwise are ordered by content, so which copy is
        // decided first never depends on input order.
        compared = invoices.get(a).toString().compareTo(invoices.get(b).toString());
      }
      return compared != 0 ? compared : Integer.compare(a, b);
    });
    return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
  }

  private interface Column {
    /** Missing values last in either direction. */
    int compare(int a, int b);
  }

  private Column column(Node key, List<Invoice> invoices, boolean descending) {
    int size = invoices.size();
    int sign = descending ? -1 : 1;
    if (key instanceof LongNode value) {
      long[] amounts = new long[size];
      String[] currencies = value.kind == LongNode.Kind.MONEY ? new String[size] : null;
      for (int i = 0; i < size; i++) {
        Env env = new Env(days, 0);
        env.invoice = invoices.get(i);
        amounts[i] = value.eval(env);
        if (currencies != null) {
          currencies[i] = value.currency(env);
        }
      }
      return (a, b) -> {
        long x = amounts[a];
        long y = amounts[b];
        if (x == MISSING || y == MISSING) {
          return x == y ? 0 : (x == MISSING ? 1 : -1);
        }
        if (currencies != null && !currencies[a].equals(currencies[b])) {
          return sign * currencies[a].compareTo(currencies[b]);
        }
        return sign * Long.compare(x, y);
      };
    }
    Object[] values = new Object[size];
    for (int i = 0; i < size; i++) {
      Env env = new Env(days, 0);
      env.invoice = invoices.get(i);
      values[i] = key.boxed(env);
    }
    return (a, b) -> {
      Object x = values[a];
      Object y = values[b];
      if (x == null || y == null) {
        return x == y ? 0 : (x == null ? 1 : -1);
      }
      return sign * compareValues(x, y);
    };
  }

  private static int compareValues(Object x, Object y) {
    if (x instanceof BigDecimal a) {
      return a.compareTo((BigDecimal) y);
    } else if (x instanceof Boolean a) {
      return a.compareTo((Boolean) y);
    }
    return ((String) x).compareTo((String) y);
  }
}
