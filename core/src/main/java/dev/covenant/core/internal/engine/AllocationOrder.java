package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.model.Invoice;
import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.SortDirection;
import dev.covenant.dsl.ast.SortKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

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

  /** The given positions of {@code invoices} (ascending), in allocation order, keys evaluated on {@code today}. */
  int[] order(List<Invoice> invoices, int[] positions, long today) {
    Keys keys = keys(today);
    for (int position : positions) {
      keys.add(invoices.get(position));
    }
    int[] order = keys.order(i -> invoices.get(positions[i]).toString());
    for (int i = 0; i < order.length; i++) {
      order[i] = positions[order[i]];
    }
    return order;
  }

  /** The input positions of {@code invoices} in allocation order, keys evaluated on {@code today}. */
  int[] order(List<Invoice> invoices, long today) {
    Keys keys = keys(today);
    invoices.forEach(keys::add);
    return keys.order(i -> invoices.get(i).toString());
  }

  /**
   * An empty set of sort keys, to which invoices are added one at a time.
   *
   * @param today the evaluation date (epoch day), which a key may read ({@code invoice.due_at - today})
   */
  Keys keys(long today) {
    return new Keys(today);
  }

  /**
   * The sort keys of invoices added one at a time, evaluated once each into columns so sorting
   * compares primitives; the invoices themselves are not kept, so a batch read from files can be
   * ordered without holding it.
   */
  final class Keys {
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, String> sellerNames = new HashMap<>();
    private String[] numbers = new String[16];
    private String[] sellers = new String[16];
    private int size;
    private final long today;

    private Keys(long today) {
      this.today = today;
      for (int k = 0; k < keys.size(); k++) {
        columns.add(keys.get(k) instanceof LongNode value ? new LongColumn(value, descending.get(k))
            : new ObjectColumn(keys.get(k), descending.get(k)));
      }
    }

    void add(Invoice invoice) {
      if (size == numbers.length) {
        numbers = Arrays.copyOf(numbers, size * 2);
        sellers = Arrays.copyOf(sellers, size * 2);
      }
      Env env = new Env(days, today);
      env.invoice = invoice;
      for (Column column : columns) {
        column.add(size, env);
      }
      numbers[size] = invoice.invoiceNumber();
      // Sellers repeat across a batch: one copy of each identifier.
      String seller = invoice.seller().identifier().orElse("");
      sellers[size] = sellerNames.computeIfAbsent(seller, s -> s);
      size++;
    }

    int size() {
      return size;
    }

    /**
     * The ordinals of the invoices added, in allocation order. {@code content} gives an invoice's
     * content by ordinal: asked only to order copies of one invoice (same number and seller).
     */
    int[] order(IntFunction<String> content) {
      Column[] byKey = columns.toArray(new Column[0]);
      Integer[] ordinals = new Integer[size];
      Arrays.setAll(ordinals, i -> i);
      Arrays.sort(ordinals, (a, b) -> {
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
          compared = content.apply(a).compareTo(content.apply(b));
        }
        return compared != 0 ? compared : Integer.compare(a, b);
      });
      return Arrays.stream(ordinals).mapToInt(Integer::intValue).toArray();
    }
  }

  private interface Column {
    void add(int ordinal, Env env);

    /** Missing values last in either direction. */
    int compare(int a, int b);
  }

  private static final class LongColumn implements Column {
    private final LongNode value;
    private final int sign;
    private long[] amounts = new long[16];
    private String[] currencies;

    LongColumn(LongNode value, boolean descending) {
      this.value = value;
      this.sign = descending ? -1 : 1;
      this.currencies = value.kind == LongNode.Kind.MONEY ? new String[16] : null;
    }

    @Override
    public void add(int ordinal, Env env) {
      if (ordinal == amounts.length) {
        amounts = Arrays.copyOf(amounts, ordinal * 2);
        currencies = currencies == null ? null : Arrays.copyOf(currencies, ordinal * 2);
      }
      amounts[ordinal] = value.eval(env);
      if (currencies != null) {
        currencies[ordinal] = value.currency(env);
      }
    }

    @Override
    public int compare(int a, int b) {
      long x = amounts[a];
      long y = amounts[b];
      if (x == MISSING || y == MISSING) {
        return x == y ? 0 : (x == MISSING ? 1 : -1);
      }
      if (currencies != null && !currencies[a].equals(currencies[b])) {
        return sign * currencies[a].compareTo(currencies[b]);
      }
      return sign * Long.compare(x, y);
    }
  }

  private static final class ObjectColumn implements Column {
    private final Node key;
    private final int sign;
    private Object[] values = new Object[16];

    ObjectColumn(Node key, boolean descending) {
      this.key = key;
      this.sign = descending ? -1 : 1;
    }

    @Override
    public void add(int ordinal, Env env) {
      if (ordinal == values.length) {
        values = Arrays.copyOf(values, ordinal * 2);
      }
      values[ordinal] = key.boxed(env);
    }

    @Override
    public int compare(int a, int b) {
      Object x = values[a];
      Object y = values[b];
      if (x == null || y == null) {
        return x == y ? 0 : (x == null ? 1 : -1);
      }
      return sign * compareValues(x, y);
    }
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
