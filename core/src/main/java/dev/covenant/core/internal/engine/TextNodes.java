package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.dsl.types.Field;
import java.time.LocalDate;
import java.util.List;

/** The text and enum nodes. */
final class TextNodes {
  private static final String[] WEEKDAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

  private TextNodes() {}

  static final class Constant extends TextNode {
    final String value;
    private final boolean literal;

    Constant(String text, String value, boolean quoted, boolean literal) {
      super(text, quoted);
      this.value = value;
      this.literal = literal;
    }

    @Override
    String eval(Env e) {
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

  static final class FieldValue extends TextNode {
    final Field field;
    final String metadataKey;

    FieldValue(String text, Field field, String metadataKey, boolean quoted) {
      super(text, quoted);
      this.field = field;
      this.metadataKey = metadataKey;
    }

    @Override
    String eval(Env e) {
      return Fields.text(field, metadataKey, e);
    }
  }

  static final class Let extends TextNode {
    final TextNode value;

    @Override
    List<Node> inputs() {
      return List.of(value);
    }

    Let(String name, TextNode value) {
      super(name, value.quoted);
      this.value = value;
    }

    @Override
    String eval(Env e) {
      return value.eval(e);
    }
  }

  static final class DayOfWeek extends TextNode {
    final LongNode date;

    DayOfWeek(String text, LongNode date) {
      super(text, false);
      this.date = date;
    }

    @Override
    String eval(Env e) {
      long day = date.eval(e);
      return day == MISSING ? null : WEEKDAYS[LocalDate.ofEpochDay(day).getDayOfWeek().ordinal()];
    }

    @Override
    List<Node> operands() {
      return List.of(date);
    }
  }
}
