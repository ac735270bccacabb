package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.dsl.types.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The money, date and duration nodes. */
final class LongNodes {
  private LongNodes() {}

  static final class Constant extends LongNode {
    final long value;
    final String currency;
    private final boolean literal;

    Constant(String text, Kind kind, long value, String currency, boolean literal) {
      super(text, kind);
      this.value = value;
      this.currency = currency;
      this.literal = literal;
    }

    @Override
    long eval(Env e) {
      return value;
    }

    @Override
    String currency(Env e) {
      return currency;
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

  static final class MoneyField extends LongNode {
    final Field field;

    MoneyField(String text, Field field) {
      super(text, Kind.MONEY);
      this.field = field;
    }

    @Override
    long eval(Env e) {
      return Fields.money(field, e);
    }

    @Override
    boolean readsBatchState() {
      return field == Field.CREDIT_LINE_AVAILABLE || field == Field.EXPOSURE_BUYER || field == Field.EXPOSURE_SELLER;
    }

    @Override
    String currency(Env e) {
      return Fields.currency(field, e);
    }
  }

  static final class DateField extends LongNode {
    final Field field;

    DateField(String text, Field field) {
      super(text, Kind.DATE);
      this.field = field;
    }

    @Override
    long eval(Env e) {
      return Fields.date(field, e);
    }
  }

  static final class Today extends LongNode {
    Today(String text) {
      super(text, Kind.DATE);
    }

    @Override
    long eval(Env e) {
      return e.today;
    }
  }

  /** A let whose value depends on inputs: evaluated where used, shown under the let's name. */
  static final class Let extends LongNode {
    final LongNode value;

    @Override
    List<Node> inputs() {
      return List.of(value);
    }

    Let(String name, LongNode value) {
      super(name, value.kind);
      this.value = value;
    }

    @Override
    long eval(Env e) {
      return value.eval(e);
    }

    @Override
    String currency(Env e) {
      return value.currency(e);
    }
  }

  /**
   * Two operands of one kind: missing when either is, or (for money) when their currencies differ
   * at run time, so that comparisons on the result are false.
   */
  abstract static class Binary extends LongNode {
    final LongNode left;
    final LongNode right;

    Binary(String text, Kind kind, LongNode left, LongNode right) {
      super(text, kind);
      this.left = left;
      this.right = right;
    }

    abstract long combine(long a, long b);

    @Override
    final long eval(Env e) {
      long a = left.eval(e);
      long b = right.eval(e);
      if (a == MISSING || b == MISSING) {
        return MISSING;
      }
      if (kind == Kind.MONEY && !Objects.equals(left.currency(e), right.currency(e))) {
        return MISSING;
      }
      return combine(a, b);
    }

    @Override
    final String currency(Env e) {
      return left.currency(e);
    }

    @Override
    final List<Node> operands() {
      return List.of(left, right);
    }
  }

  /** {@code a + b}, {@code a - b}: money of one currency, date plus or minus days, date minus date. */
  static final class Arithmetic extends Binary {
    final boolean minus;

    Arithmetic(String text, Kind kind, LongNode left, LongNode right, boolean minus) {
      super(text, kind, left, right);
      this.minus = minus;
    }

    @Override
    long combine(long a, long b) {
      try {
        return minus ? Math.subtractExact(a, b) : Math.addExact(a, b);
      } catch (ArithmeticException overflow) {
        return MISSING;
      }
    }
  }

  static final class Negate extends LongNode {
    final LongNode operand;

    Negate(String text, LongNode operand) {
      super(text, operand.kind);
      this.operand = operand;
    }

    @Override
    long eval(Env e) {
      long value = operand.eval(e);
      return value == MISSING ? MISSING : -value;
    }

    @Override
    String currency(Env e) {
      return operand.currency(e);
    }

    @Override
    List<Node> operands() {
      return List.of(operand);
    }
  }

  /**
   * {@code N% of money}, rounded down to the minor unit (towards negative infinity), so a
   * financed share never exceeds the exact share. The percent is a fraction {@code numerator /
   * denominator} fixed at compile time, or evaluated when it comes from an input.
   */
  static final class PercentOf extends LongNode {
    final NumberNode percent;
    final LongNode base;
    private final long numerator;
    private final long denominator;

    PercentOf(String text, NumberNode percent, LongNode base) {
      super(text, Kind.MONEY);
      this.percent = percent;
      this.base = base;
      BigDecimal constant = percent.isConstant() ? percent.eval(null) : null;
      if (constant != null && constant.scale() <= 12 && constant.unscaledValue().bitLength() < 40) {
        BigDecimal ratio = constant.movePointLeft(2);
        this.numerator = ratio.unscaledValue().longValueExact();
        // movePointLeft never yields a negative scale.
        this.denominator = BigInteger.TEN.pow(ratio.scale()).longValueExact();
      } else {
        this.numerator = 0;
        this.denominator = 0;
      }
    }

    @Override
    long eval(Env e) {
      long amount = base.eval(e);
      if (amount == MISSING) {
        return MISSING;
      }
      if (denominator != 0) {
        long high = Math.multiplyHigh(amount, numerator);
        long low = amount * numerator;
        if (high == (low >> 63)) {
          return Math.floorDiv(low, denominator);
        }
      }
      BigDecimal p = percent.eval(e);
      if (p == null) {
        return MISSING;
      }
      BigDecimal share = BigDecimal.valueOf(amount).multiply(p).movePointLeft(2).setScale(0, RoundingMode.FLOOR);
      return share.toBigInteger().bitLength() < 64 ? share.longValueExact() : MISSING;
    }

    @Override
    String currency(Env e) {
      return base.currency(e);
    }

    @Override
    List<Node> operands() {
      return List.of(percent, base);
    }
  }

  static final class MinMax extends Binary {
    final boolean min;

    MinMax(String text, LongNode left, LongNode right, boolean min) {
      super(text, left.kind, left, right);
      this.min = min;
    }

    @Override
    long combine(long a, long b) {
      return min ? Math.min(a, b) : Math.max(a, b);
    }
  }

  static final class EndOfMonth extends LongNode {
    final LongNode date;

    EndOfMonth(String text, LongNode date) {
      super(text, Kind.DATE);
      this.date = date;
    }

    @Override
    long eval(Env e) {
      long day = date.eval(e);
      if (day == MISSING) {
        return MISSING;
      }
      LocalDate value = LocalDate.ofEpochDay(day);
      return value.withDayOfMonth(value.lengthOfMonth()).toEpochDay();
    }

    @Override
    List<Node> operands() {
      return List.of(date);
    }
  }
}
