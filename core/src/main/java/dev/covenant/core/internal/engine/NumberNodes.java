package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.dsl.types.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The number and percent nodes. */
final class NumberNodes {
  private NumberNodes() {}

  static final class Constant extends NumberNode {
    final BigDecimal value;
    private final boolean literal;

    Constant(String text, BigDecimal value, boolean percent, boolean literal) {
      super(text, percent);
      this.value = value;
      this.literal = literal;
    }

    @Override
    BigDecimal eval(Env e) {
      return value;
    }

    @Override
    boolean isConstant() {
      return true;
    }

    @Override
    boolean isLiteral() {
      return literal;
    }
  }

  static final class FieldValue extends NumberNode {
    final Field field;

    FieldValue(String text, Field field) {
      super(text, false);
      this.field = field;
    }

    @Override
    BigDecimal eval(Env e) {
      return Fields.number(field, e);
    }
  }

  static final class Let extends NumberNode {
    final NumberNode value;

    @Override
    List<Node> inputs() {
      return List.of(value);
    }

    Let(String name, NumberNode value) {
      super(name, value.percent);
      this.value = value;
    }

    @Override
    BigDecimal eval(Env e) {
      return value.eval(e);
    }
  }

  static final class DayOfMonth extends NumberNode {
    final LongNode date;

    DayOfMonth(String text, LongNode date) {
      super(text, false);
      this.date = date;
    }

    @Override
    BigDecimal eval(Env e) {
      long day = date.eval(e);
      return day == MISSING ? null : BigDecimal.valueOf(LocalDate.ofEpochDay(day).getDayOfMonth());
    }

    @Override
    List<Node> operands() {
      return List.of(date);
    }
  }

  /** {@code a + b}, {@code a - b}, {@code -a}, {@code min}, {@code max} over numbers or percents. */
  static final class Combined extends NumberNode {
    enum Operation { PLUS, MINUS, NEGATE, MIN, MAX }

    final Operation operation;
    final NumberNode left;
    final NumberNode right;

    Combined(String text, Operation operation, NumberNode left, NumberNode right) {
      super(text, left.percent);
      this.operation = operation;
      this.left = left;
      this.right = right;
    }

    @Override
    BigDecimal eval(Env e) {
      BigDecimal a = left.eval(e);
      if (a == null) {
        return null;
      }
      if (operation == Operation.NEGATE) {
        return a.negate();
      }
      BigDecimal b = right.eval(e);
      if (b == null) {
        return null;
      }
      switch (operation) {
        case PLUS: return a.add(b);
        case MINUS: return a.subtract(b);
        case MIN: return a.compareTo(b) <= 0 ? a : b;
        default: return a.compareTo(b) >= 0 ? a : b;
      }
    }

    @Override
    boolean isConstant() {
      return left.isConstant() && (right == null || right.isConstant());
    }

    @Override
    List<Node> operands() {
      return right == null ? List.of(left) : List.of(left, right);
    }
  }

  /** {@code N% of <number>}: exact, as numbers are; missing when either side is. */
  static final class PercentOf extends NumberNode {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final NumberNode percentage;
    final NumberNode base;

    PercentOf(String text, NumberNode percentage, NumberNode base) {
      super(text, false);
      this.percentage = percentage;
      this.base = base;
    }

    @Override
    BigDecimal eval(Env e) {
      BigDecimal ratio = percentage.eval(e);
      BigDecimal value = ratio == null ? null : base.eval(e);
      return value == null ? null : value.multiply(ratio).divide(HUNDRED);
    }

    @Override
    boolean isConstant() {
      return percentage.isConstant() && base.isConstant();
    }

    @Override
    List<Node> operands() {
      return List.of(percentage, base);
    }
  }
}
