package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Conditions that are not comparisons: constants, lets, and, or, not, presence, rollout. */
final class BoolNodes {
  private BoolNodes() {}

  static final class Constant extends BoolNode {
    final boolean value;
    private final boolean literal;

    Constant(String text, boolean value, boolean literal) {
      super(text);
      this.value = value;
      this.literal = literal;
    }

    @Override
    boolean test(Env e) {
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

  static final class Let extends BoolNode {
    final BoolNode value;

    Let(String name, BoolNode value) {
      super(name);
      this.value = value;
    }

    @Override
    boolean test(Env e) {
      return value.test(e);
    }

    @Override
    List<Node> operands() {
      return List.of(value);
    }
  }

  static final class And extends BoolNode {
    final BoolNode[] conjuncts;

    And(String text, List<BoolNode> conjuncts) {
      super(text);
      this.conjuncts = conjuncts.toArray(new BoolNode[0]);
    }

    @Override
    boolean test(Env e) {
      for (BoolNode conjunct : conjuncts) {
        if (!conjunct.test(e)) {
          return false;
        }
      }
      return true;
    }

    @Override
    List<Node> operands() {
      return Arrays.asList(conjuncts);
    }
  }

  static final class Or extends BoolNode {
    final BoolNode[] disjuncts;

    Or(String text, List<BoolNode> disjuncts) {
      super(text);
      this.disjuncts = disjuncts.toArray(new BoolNode[0]);
    }

    @Override
    boolean test(Env e) {
      for (BoolNode disjunct : disjuncts) {
        if (disjunct.test(e)) {
          return true;
        }
      }
      return false;
    }

    @Override
    List<Node> operands() {
      return Arrays.asList(disjuncts);
    }
  }

  static final class Not extends BoolNode {
    final BoolNode operand;

    Not(String text, BoolNode operand) {
      super(text);
      this.operand = operand;
    }

    @Override
    boolean test(Env e) {
      return !operand.test(e);
    }

    @Override
    List<Node> operands() {
      return List.of(operand);
    }
  }

  /** {@code x is missing} / {@code x is present}. */
  static final class Presence extends BoolNode {
    final Node operand;
    final boolean present;

    Presence(String text, Node operand, boolean present) {
      super(text);
      this.operand = operand;
      this.present = present;
    }

    @Override
    boolean test(Env e) {
      boolean has;
      if (operand instanceof LongNode) {
        has = ((LongNode) operand).eval(e) != MISSING;
      } else if (operand instanceof TextNode) {
        has = ((TextNode) operand).eval(e) != null;
      } else {
        has = operand.boxed(e) != null;
      }
      return has == present;
    }

    @Override
    List<Node> operands() {
      return List.of(operand);
    }
  }

  /**
   * {@code rollout(key, N%)}: true for a stable share of keys. The bucket comes from FNV-1a over
   * the key's UTF-8 bytes with a 64-bit finaliser, the same on every machine and run; buckets are
   * hundredths of a percent.
   */
  static final class Rollout extends BoolNode {
    final TextNode key;
    final NumberNode percent;

    Rollout(String text, TextNode key, NumberNode percent) {
      super(text);
      this.key = key;
      this.percent = percent;
    }

    @Override
    boolean test(Env e) {
      String value = key.eval(e);
      BigDecimal share = percent.eval(e);
      if (value == null || share == null) {
        return false;
      }
      return BigDecimal.valueOf(bucket(value)).compareTo(share.movePointRight(2)) < 0;
    }

    static long bucket(String key) {
      long hash = 0xcbf29ce484222325L;
      for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
        hash ^= b & 0xff;
        hash *= 0x100000001b3L;
      }
      hash ^= hash >>> 33;
      hash *= 0xff51afd7ed558ccdL;
      hash ^= hash >>> 33;
      return Long.remainderUnsigned(hash, 10_000);
    }

    @Override
    List<Node> operands() {
      return List.of(key, percent);
    }
  }
}
