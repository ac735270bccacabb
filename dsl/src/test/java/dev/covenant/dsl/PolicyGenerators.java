package dev.covenant.dsl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random policy text for property tests, built from a seed and a size. jqwik shrinks both, so a
 * failure shrinks towards a small policy; every shrunk value is still a policy that parses.
 * (Composing jqwik combinators for a whole grammar was tried first: building and memoizing the
 * generator tree took minutes.)
 *
 * <p>Generation first builds a skeleton in which every gap between two tokens is a marker:
 * {@link #BREAK} where the tokens need a blank between them, {@link #GAP} where they may touch.
 * {@link #layOut} then fills each marker with random layout: spaces, tabs, line breaks, blank
 * lines, CRLF or a comment. So comments and whitespace land anywhere the grammar allows them,
 * including inside expressions.
 */
final class PolicyGenerators {
  static final char BREAK = '\u0001';
  static final char GAP = '\u0002';
  static final String B = String.valueOf(BREAK);
  static final String G = String.valueOf(GAP);

  /** In a fixed order, so that a seed gives the same policy on every run. */
  static final List<String> KEYWORDS = List.of("policy", "version", "borrower", "is", "timezone", "let", "finance",
      "validate", "allocate", "by", "reserve", "test", "rule", "when", "then", "otherwise", "skip", "review", "pay",
      "repay", "on", "auto_validate", "cancel", "hold", "ascending", "descending", "given", "expect", "and", "or", "not",
      "in", "missing", "present", "starts", "ends", "with", "contains", "of", "day", "days", "true", "false", "today");

  private PolicyGenerators() {}

  /** Policies that parse; names, types and references are random, so most do not check. */
  static Arbitrary<String> syntacticPolicies() {
    return seeded(PolicyGenerators::syntacticSkeleton);
  }

  static String syntacticSkeleton(Random random, int size) {
    return new Syntax(random, size).policy();
  }

  /** A generator from a seed and a size from 1 to 6, laid out with random whitespace and comments. */
  static Arbitrary<String> seeded(SkeletonMaker maker) {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 6)).as((seed, size) -> {
      Random random = new Random(seed);
      return layOut(maker.make(random, size), random);
    });
  }

  interface SkeletonMaker {
    String make(Random random, int size);
  }

  // ---------------------------------------------------------------- layout

  static String layOut(String skeleton, Random random) {
    StringBuilder out = new StringBuilder(skeleton.length() * 2);
    out.append(pick(random, "", "", "", "", "\n\n", comment(random) + "\n", comment(random) + "\n\n"));
    for (int i = 0; i < skeleton.length(); i++) {
      char c = skeleton.charAt(i);
      if (c == BREAK) {
        out.append(breakLayout(random));
      } else if (c == GAP) {
        out.append(gapLayout(random));
      } else {
        out.append(c);
      }
    }
    out.append(pick(random, "\n", "\n", "\n", "", "\n\n\n", "\n" + comment(random), "\n\n" + comment(random) + "\n"));
    return out.toString();
  }

  static String comment(Random random) {
    StringBuilder out = new StringBuilder("#");
    int parts = random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      out.append(pick(random, "a", "bc", "Z", "0", "19", " ", "  ", "#", "\"", "{", "}", "(", ")", "é", "\t", ".", "\uD83D\uDE00"));
    }
    return out.toString();
  }

  private static String breakLayout(Random random) {
    int roll = random.nextInt(100);
    if (roll < 55) {
      return " ";
    } else if (roll < 60) {
      return "   ";
    } else if (roll < 70) {
      return "\n";
    } else if (roll < 77) {
      return "\n    ";
    } else if (roll < 82) {
      return "\n\n";
    } else if (roll < 84) {
      return "\n\n\n\n";
    } else if (roll < 86) {
      return "\t";
    } else if (roll < 88) {
      return "\r\n";
    } else if (roll < 94) {
      return "  " + comment(random) + "\n";
    } else if (roll < 98) {
      return "\n" + comment(random) + "\n";
    }
    return "\n\n  " + comment(random) + "\n\n";
  }

  private static String gapLayout(Random random) {
    int roll = random.nextInt(100);
    if (roll < 80) {
      return "";
    } else if (roll < 94) {
      return " ";
    } else if (roll < 97) {
      return "\n";
    }
    return " " + comment(random) + "\n";
  }

  // ---------------------------------------------------------------- random helpers

  @SafeVarargs
  static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  static boolean chance(Random random, int percent) {
    return random.nextInt(100) < percent;
  }

  /** A small count, mostly low: 0 or 1 half of the time. */
  static int count(Random random, int max) {
    int n = 0;
    while (n < max && random.nextBoolean()) {
      n++;
    }
    return n;
  }

  static String chars(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  static String joined(int n, String separator, Supplier<String> item) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item.get());
    }
    return String.join(separator, items);
  }

  static String text(Random random) {
    StringBuilder out = new StringBuilder("\"");
    int parts = random.nextInt(6);
    for (int i = 0; i < parts; i++) {
      out.append(pick(random, "a", "b", "Z", " ", "#", "\\\"", "\\\\", "\\n", "\\t", "\t", "é", "€", "{", "}", "0", "//", "\uD83D\uDE00"));
    }
    return out.append('"').toString();
  }

  static String date(Random random) {
    return LocalDate.ofEpochDay(random.nextInt(40_000)).toString();
  }

  static String number(Random random) {
    int roll = random.nextInt(8);
    String integer;
    if (roll < 4) {
      integer = String.valueOf(random.nextInt(1_000));
    } else if (roll < 7) {
      integer = String.valueOf(1_000 + (random.nextLong() & Long.MAX_VALUE) % 99_999_999_000L);
    } else {
      integer = pick(random, "007", "0_0", "1_000", "50_000", "1_2_3", "123456789012345678901234567890");
    }
    if (!integer.contains("_") && random.nextBoolean()) {
      integer = grouped(integer);
    }
    int fraction = random.nextInt(8);
    if (fraction < 2) {
      return integer + "." + chars(random, "0123456789", 1 + random.nextInt(3));
    } else if (fraction < 3) {
      return integer + pick(random, ".50", ".0", ".000_1");
    }
    return integer;
  }

  private static String grouped(String digits) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('_');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- syntax-only policies

  /** Well-formed text of any types: what the parser accepts, whatever the checker says. */
  private static final class Syntax {
    private final Random random;
    private final int size;

    Syntax(Random random, int size) {
      this.random = random;
      this.size = size;
    }

    String policy() {
      StringBuilder out = new StringBuilder("policy" + B + text(random));
      if (chance(random, 60)) {
        out.append(B + "version" + B).append(number(random));
      }
      int declarations = random.nextInt(size + 1);
      for (int i = 0; i < declarations; i++) {
        out.append(B).append(declaration());
      }
      return out.toString();
    }

    private String declaration() {
      int roll = random.nextInt(16);
      if (roll < 1) {
        return "borrower" + B + "is" + B + path();
      } else if (roll < 2) {
        return "timezone" + B + text(random);
      } else if (roll < 6) {
        return "let" + B + identifier() + B + "=" + B + expression(1);
      } else if (roll < 10) {
        return block("finance", () -> rule(financeAction()), this::financeAction);
      } else if (roll < 12) {
        return block("validate", () -> rule(validateAction()), this::validateAction);
      } else if (roll < 13) {
        return "allocate" + B + "by" + B + joined(1 + count(random, 2), G + "," + B,
            () -> expression(1) + pick(random, "", B + "ascending", B + "descending"));
      } else if (roll < 14) {
        return "reserve" + B + expression(1);
      }
      return test();
    }

    private String block(String keyword, Supplier<String> rule, Supplier<String> otherwise) {
      StringBuilder out = new StringBuilder(keyword + B + "{" + B);
      int rules = random.nextInt(size + 1);
      for (int i = 0; i < rules; i++) {
        out.append(rule.get()).append(B);
      }
      if (random.nextBoolean()) {
        out.append("otherwise" + B).append(otherwise.get()).append(B);
      }
      return out.append("}").toString();
    }

    private String rule(String action) {
      return "rule" + B + text(random) + B + "when" + B + expression(2) + B + "then" + B + action;
    }

    private String financeAction() {
      int roll = random.nextInt(6);
      if (roll < 2) {
        return "skip" + reason();
      } else if (roll < 3) {
        return "review" + reason();
      }
      List<String> options = new ArrayList<>();
      if (random.nextBoolean()) {
        options.add("pay" + B + "on" + B + expression(1));
      }
      if (random.nextBoolean()) {
        options.add("repay" + B + "on" + B + expression(1));
      }
      if (random.nextBoolean()) {
        options.add(random.nextBoolean() ? "auto_validate" : "auto_validate" + B + "when" + B + expression(2));
      }
      Collections.shuffle(options, random);
      return "finance" + B + expression(1) + (options.isEmpty() ? "" : B + String.join(B, options));
    }

    private String validateAction() {
      return pick(random, "validate", "cancel", "hold") + reason();
    }

    private String reason() {
      return random.nextBoolean() ? B + text(random) : "";
    }

    private String test() {
      StringBuilder out = new StringBuilder("test" + B + text(random) + B + "{" + B);
      int statements = count(random, 4);
      for (int i = 0; i < statements; i++) {
        int roll = random.nextInt(6);
        if (roll < 1) {
          out.append("given" + B + "today" + B).append(expression(1));
        } else if (roll < 4) {
          String root = chance(random, 80) ? pick(random, "invoice", "credit_line", "borrower") : word();
          out.append("given" + B).append(root).append(B).append(record(2));
        } else {
          out.append("expect" + B).append(pick(random, "finance", "skip", "review", "validate", "cancel", "hold"));
          if (chance(random, 40)) {
            out.append(B).append(expression(1));
          }
          if (random.nextBoolean()) {
            out.append(B + "by" + B).append(text(random));
          }
          out.append(pick(random, "", "", B + "auto_validate", B + "not" + B + "auto_validate"));
        }
        out.append(B);
      }
      return out.append("}").toString();
    }

    private String record(int depth) {
      String entries = joined(count(random, 4), G + "," + B, () -> word() + G + ":" + B
          + (depth > 0 && chance(random, 20) ? record(depth - 1) : expression(1)));
      String trailingComma = !entries.isEmpty() && random.nextBoolean() ? G + "," : "";
      return "{" + G + entries + trailingComma + G + "}";
    }

    /** or / and / not / comparison / additive / of / unary / primary, as the grammar nests them. */
    String expression(int depth) {
      return joined(1 + few(30), B + "or" + B,
          () -> joined(1 + few(40), B + "and" + B,
              () -> ("not" + B).repeat(chance(random, 25) ? 1 + count(random, 1) : 0) + comparison(depth)));
    }

    /** Usually none, else one to three. */
    private int few(int percent) {
      return chance(random, percent) ? 1 + count(random, 2) : 0;
    }

    private String comparison(int depth) {
      int roll = random.nextInt(10);
      if (roll < 4) {
        return additive(depth);
      } else if (roll < 9) {
        String operator = pick(random, "<", "<=", ">", ">=", "==", "!=", "in", "not" + B + "in",
            "starts" + B + "with", "ends" + B + "with", "contains");
        return additive(depth) + B + operator + B + additive(depth);
      }
      return additive(depth) + B + "is" + B + pick(random, "missing", "present");
    }

    private String additive(int depth) {
      StringBuilder out = new StringBuilder(of(depth));
      int more = few(30);
      for (int i = 0; i < more; i++) {
        out.append(B).append(pick(random, "+", "-")).append(B).append(of(depth));
      }
      return out.toString();
    }

    private String of(int depth) {
      return chance(random, 15) ? unary(depth) + B + "of" + B + unary(depth) : unary(depth);
    }

    private String unary(int depth) {
      return ("-" + G).repeat(chance(random, 15) ? 1 + count(random, 1) : 0) + primary(depth);
    }

    private String primary(int depth) {
      int roll = random.nextInt(depth > 0 ? 26 : 21);
      if (roll < 3) {
        return number(random);
      } else if (roll < 5) {
        return number(random) + B + pick(random, "EUR", "GBP", "USD", "eur", "x");
      } else if (roll < 7) {
        return number(random) + G + "%";
      } else if (roll < 8) {
        return number(random) + B + pick(random, "days", "day");
      } else if (roll < 10) {
        return text(random);
      } else if (roll < 12) {
        return date(random);
      } else if (roll < 13) {
        return pick(random, "true", "false", "today");
      } else if (roll < 21) {
        return path();
      } else if (roll < 22) {
        String trailingComma = random.nextBoolean() ? G + "," : "";
        String items = joined(count(random, 3), G + "," + B, () -> expression(depth - 1));
        return "[" + G + items + (items.isEmpty() ? "" : trailingComma) + G + "]";
      } else if (roll < 23) {
        String function = chance(random, 75) ? pick(random, "min", "max", "end_of_month", "day_of_week", "rollout")
            : identifier();
        return function + G + "(" + G + joined(count(random, 3), G + "," + B, () -> expression(depth - 1)) + G + ")";
      }
      return "(" + G + expression(depth - 1) + G + ")";
    }

    private String path() {
      StringBuilder out = new StringBuilder(chance(random, 80) ? identifier() : "borrower");
      int words = count(random, 3);
      for (int i = 0; i < words; i++) {
        out.append(G + "." + G).append(word());
      }
      return out.toString();
    }

    private String identifier() {
      if (random.nextBoolean()) {
        return pick(random, "x", "minimum_ticket", "invoice", "credit_line", "EUR", "FRA", "a1");
      }
      String name;
      do {
        name = chars(random, "abcdefghijklmnopqrstuvwxyz_", 1 + random.nextInt(8));
      } while (KEYWORDS.contains(name));
      return name;
    }

    /** A name after a dot or a record key: keywords are ordinary names there. */
    private String word() {
      return chance(random, 20) ? KEYWORDS.get(random.nextInt(KEYWORDS.size())) : identifier();
    }
  }
}
