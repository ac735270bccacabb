package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.model.Money;
import dev.covenant.dsl.ast.ComparisonOperator;
import dev.covenant.dsl.types.Field;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Comparison nodes. A comparison with a missing operand is false, whatever the operator; so is a
 * comparison of money in two currencies. The common shapes (a field against a constant) get
 * nodes of their own, so they cost one virtual call.
 */
final class Comparisons {
  static final int LESS = 0;
  static final int LESS_OR_EQUAL = 1;
  static final int GREATER = 2;
  static final int GREATER_OR_EQUAL = 3;
  static final int EQUAL = 4;
  static final int NOT_EQUAL = 5;

  private Comparisons() {}

  /** A condition over two operands, which its explanation shows. */
  abstract static class Binary<L extends Node, R extends Node> extends BoolNode {
    final L left;
    final R right;

    Binary(String text, L left, R right) {
      super(text);
      this.left = left;
      this.right = right;
    }

    @Override
    final List<Node> operands() {
      return List.of(left, right);
    }
  }

  static int code(ComparisonOperator operator) {
    switch (operator) {
      case LESS: return LESS;
      case LESS_OR_EQUAL: return LESS_OR_EQUAL;
      case GREATER: return GREATER;
      case GREATER_OR_EQUAL: return GREATER_OR_EQUAL;
      case EQUAL: return EQUAL;
      case NOT_EQUAL: return NOT_EQUAL;
      default: throw new IllegalArgumentException("not an ordering or equality: " + operator);
    }
  }

  /** The operator with its operands swapped: {@code 5 < x} is {@code x > 5}. */
  static int flip(int op) {
    switch (op) {
      case LESS: return GREATER;
      case LESS_OR_EQUAL: return GREATER_OR_EQUAL;
      case GREATER: return LESS;
      case GREATER_OR_EQUAL: return LESS_OR_EQUAL;
      default: return op;
    }
  }

  static boolean holds(int op, long a, long b) {
    switch (op) {
      case LESS: return a < b;
      case LESS_OR_EQUAL: return a <= b;
      case GREATER: return a > b;
      case GREATER_OR_EQUAL: return a >= b;
      case EQUAL: return a == b;
      default: return a != b;
    }
  }

  static boolean holds(int op, int comparison) {
    return holds(op, comparison, 0);
  }

  /** A money field against a constant amount: the shape of most ticket-size rules. */
  static final class MoneyFieldVsConstant extends Binary<LongNodes.MoneyField, LongNodes.Constant> {
    private final Field field;
    private final int op;
    private final long value;
    private final String currency;

    MoneyFieldVsConstant(String text, LongNodes.MoneyField left, int op, LongNodes.Constant right) {
      super(text, left, right);
      this.field = left.field;
      this.op = op;
      this.value = right.value;
      this.currency = right.currency;
    }

    @Override
    boolean test(Env e) {
      long amount = Fields.money(field, e);
      return amount != MISSING && currency.equals(Fields.currency(field, e)) && holds(op, amount, value);
    }
  }

  /** Money, dates or durations against a value fixed at compile time. */
  static final class LongVsConstant extends Binary<LongNode, LongNodes.Constant> {
    private final int op;
    private final long value;
    private final String currency;

    LongVsConstant(String text, LongNode left, int op, LongNodes.Constant right) {
      super(text, left, right);
      this.op = op;
      this.value = right.value;
      this.currency = left.kind == LongNode.Kind.MONEY ? right.currency : null;
    }

    @Override
    boolean test(Env e) {
      long a = left.eval(e);
      if (a == MISSING) {
        return false;
      }
      return (currency == null || currency.equals(left.currency(e))) && holds(op, a, value);
    }
  }

  static final class LongVsLong extends Binary<LongNode, LongNode> {
    private final int op;
    private final boolean money;

    LongVsLong(String text, LongNode left, int op, LongNode right) {
      super(text, left, right);
      this.op = op;
      this.money = left.kind == LongNode.Kind.MONEY;
    }

    @Override
    boolean test(Env e) {
      long a = left.eval(e);
      if (a == MISSING) {
        return false;
      }
      long b = right.eval(e);
      if (b == MISSING) {
        return false;
      }
      if (money) {
        String currency = left.currency(e);
        if (currency == null || !currency.equals(right.currency(e))) {
          return false;
        }
      }
      return holds(op, a, b);
    }
  }

  /** {@code ==}/{@code !=} against a constant text or enum value. */
  static final class TextVsConstant extends Binary<TextNode, TextNode> {
    private final String value;
    private final boolean equal;

    TextVsConstant(String text, TextNode left, boolean equal, TextNode right) {
      super(text, left, right);
      this.value = right.eval(null);
      this.equal = equal;
    }

    @Override
    boolean test(Env e) {
      String actual = left.eval(e);
      return actual != null && value.equals(actual) == equal;
    }
  }

  /** {@code in}/{@code not in} a list of constant texts or enum values. */
  static final class TextInConstants extends Binary<TextNode, Node> {
    private final String[] small;
    private final Set<String> large;
    private final boolean in;

    TextInConstants(String text, TextNode left, boolean in, Node list, List<String> values) {
      super(text, left, list);
      this.in = in;
      // A few equals() beat hashing for the short lists policies usually have.
      this.small = values.size() <= 8 ? values.toArray(new String[0]) : null;
      this.large = values.size() <= 8 ? null : new HashSet<>(values);
    }

    @Override
    boolean test(Env e) {
      String actual = left.eval(e);
      if (actual == null) {
        return false;
      }
      boolean found = false;
      if (small != null) {
        for (String candidate : small) {
          if (candidate.equals(actual)) {
            found = true;
            break;
          }
        }
      } else {
        found = large.contains(actual);
      }
      return found == in;
    }
  }

  /** Text against text: equality, {@code starts with}, {@code ends with}, {@code contains}. */
  static final class TextTest extends Binary<TextNode, TextNode> {
    private final ComparisonOperator operator;

    TextTest(String text, TextNode left, ComparisonOperator operator, TextNode right) {
      super(text, left, right);
      this.operator = operator;
    }

    @Override
    boolean test(Env e) {
      String a = left.eval(e);
      String b = right.eval(e);
      if (a == null || b == null) {
        return false;
      }
      switch (operator) {
        case EQUAL: return a.equals(b);
        case NOT_EQUAL: return !a.equals(b);
        case STARTS_WITH: return a.startsWith(b);
        case ENDS_WITH: return a.endsWith(b);
        case CONTAINS: return a.contains(b);
        default: throw new IllegalStateException("not a text test: " + operator);
      }
    }
  }

  static final class NumberVsNumber extends Binary<NumberNode, NumberNode> {
    private final int op;

    NumberVsNumber(String text, NumberNode left, int op, NumberNode right) {
      super(text, left, right);
      this.op = op;
    }

    @Override
    boolean test(Env e) {
      BigDecimal a = left.eval(e);
      BigDecimal b = right.eval(e);
      return a != null && b != null && holds(op, a.compareTo(b));
    }
  }

  /**
   * Any other comparison (conditions compared with each other, money or dates in lists...), on
   * boxed values: rare shapes, where clarity beats speed.
   */
  static final class Boxed extends Binary<Node, Node> {
    private final ComparisonOperator operator;

    Boxed(String text, Node left, ComparisonOperator operator, Node right) {
      super(text, left, right);
      this.operator = operator;
    }

    @Override
    boolean test(Env e) {
      Object a = left.boxed(e);
      if (a == null) {
        return false;
      }
      if (operator.isMembership()) {
        boolean found = false;
        for (Node element : ((ListNode) right).elements) {
          Object candidate = element.boxed(e);
          if (candidate != null && same(a, candidate)) {
            found = true;
            break;
          }
        }
        return found == (operator == ComparisonOperator.IN);
      }
      Object b = right.boxed(e);
      if (b == null || !comparable(a, b)) {
        return false;
      }
      return holds(code(operator), compare(a, b));
    }

    private static boolean comparable(Object a, Object b) {
      return !(a instanceof Money) || ((Money) a).currency().equals(((Money) b).currency());
    }

    private static boolean same(Object a, Object b) {
      return comparable(a, b) && compare(a, b) == 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
      if (a instanceof Boolean || a instanceof String) {
        return Objects.equals(a, b) ? 0 : 1;
      }
      return ((Comparable) a).compareTo(b);
    }
  }

  /** A list literal (or a let naming one); only ever an operand of {@code in}. */
  static final class ListNode extends Node {
    final List<Node> elements;
    private final boolean literal;

    ListNode(String text, List<Node> elements, boolean literal) {
      super(text);
      this.elements = List.copyOf(elements);
      this.literal = literal;
    }

    @Override
    boolean isLiteral() {
      return literal;
    }

    @Override
    List<Node> inputs() {
      return elements;
    }

    @Override
    Optional<String> display(Env e) {
      StringBuilder shown = new StringBuilder("[");
      for (int i = 0; i < elements.size(); i++) {
        shown.append(i == 0 ? "" : ", ").append(elements.get(i).display(e).orElse("missing"));
      }
      return Optional.of(shown.append(']').toString());
    }

    @Override
    Object boxed(Env e) {
      return Arrays.asList(elements.stream().map(element -> element.boxed(e)).toArray());
    }

    @Override
    boolean isConstant() {
      return elements.stream().allMatch(Node::isConstant);
    }
  }
}
