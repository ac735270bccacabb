package dev.covenant.dsl;

import static dev.covenant.dsl.PolicyGenerators.B;
import static dev.covenant.dsl.PolicyGenerators.G;
import static dev.covenant.dsl.PolicyGenerators.chance;
import static dev.covenant.dsl.PolicyGenerators.count;
import static dev.covenant.dsl.PolicyGenerators.joined;
import static dev.covenant.dsl.PolicyGenerators.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitrary;

/**
 * Random policies built to check without errors: every expression has the type its place needs,
 * names are unique, lets come first, tests expect outcomes their rules can give. Seeded and laid
 * out as in {@link PolicyGenerators}.
 */
public final class TypedPolicyGenerators {
  private TypedPolicyGenerators() {}

  /** Random policy texts that check without errors, for properties of later stages. */
  public static Arbitrary<String> wellTypedPolicies() {
    return PolicyGenerators.seeded(TypedPolicyGenerators::wellTypedSkeleton);
  }

  static String wellTypedSkeleton(Random random, int size) {
    return new Typed(random, size).policy();
  }

  private enum Kind { FINANCE, SKIP, REVIEW }

  private static final class Typed {
    private final Random random;
    private final int size;
    private final List<Kind> ruleKinds = new ArrayList<>();

    Typed(Random random, int size) {
      this.random = random;
      this.size = size;
    }

    String policy() {
      StringBuilder out = new StringBuilder("policy" + B + "\"generated\"");
      out.append(pick(random, "", B + "version" + B + "1", B + "version" + B + "12"));
      if (chance(random, 70)) {
        out.append(B + "borrower" + B + "is" + B).append(dotted(pick(random, "invoice.seller", "invoice.buyer")));
      }
      if (chance(random, 70)) {
        out.append(B + "timezone" + B).append(pick(random, "\"Europe/Paris\"", "\"UTC\"", "\"America/New_York\""));
      }
      out.append(B + "let" + B + "minimum_ticket" + B + "=" + B).append(euros());
      out.append(B + "let" + B + "maximum_ticket" + B + "=" + B).append(euros());
      out.append(B + "let" + B + "blocked_buyers" + B + "=" + B + "[" + G + "\"758046742\"" + G + "," + B + "\"99\""
          + G + "]");
      out.append(B).append(financeBlock());
      if (random.nextBoolean()) {
        out.append(B).append(validateBlock());
      }
      if (random.nextBoolean()) {
        out.append(B + "allocate" + B + "by" + B)
            .append(dotted(pick(random, "invoice.due_at", "invoice.to_pay_amount", "invoice.issued_at")))
            .append(pick(random, "", B + "ascending", B + "descending"));
      }
      if (random.nextBoolean()) {
        out.append(B + "reserve" + B).append(spaced(pick(random, "10% of credit_line.pool_amount", "5_000 EUR",
            "credit_line.pool_amount - 1_000 EUR")));
      }
      int tests = count(random, 3);
      for (int i = 0; i < tests; i++) {
        out.append(B).append(test(i));
      }
      return out.toString();
    }

    private String financeBlock() {
      StringBuilder out = new StringBuilder("finance" + B + "{");
      int rules = random.nextInt(size + 1);
      for (int i = 0; i < rules; i++) {
        Kind kind = pick(random, Kind.FINANCE, Kind.FINANCE, Kind.SKIP, Kind.SKIP, Kind.REVIEW);
        ruleKinds.add(kind);
        out.append(B + "rule" + B).append(ruleName(i)).append(B + "when" + B).append(condition(2))
            .append(B + "then" + B).append(action(kind));
      }
      if (chance(random, 60)) {
        out.append(B + "otherwise" + B).append(action(pick(random, Kind.values())));
      }
      return out.append(B + "}").toString();
    }

    private static String ruleName(int index) {
      return "\"rule " + (index + 1) + "\"";
    }

    private String action(Kind kind) {
      String reason = random.nextBoolean() ? B + PolicyGenerators.text(random) : "";
      if (kind == Kind.SKIP) {
        return "skip" + reason;
      } else if (kind == Kind.REVIEW) {
        return "review" + reason;
      }
      StringBuilder out = new StringBuilder("finance" + B + money());
      if (chance(random, 40)) {
        out.append(B + "pay" + B + "on" + B).append(date());
      }
      if (chance(random, 50)) {
        out.append(B + "repay" + B + "on" + B).append(date());
      }
      if (chance(random, 50)) {
        out.append(B + "auto_validate");
        if (random.nextBoolean()) {
          out.append(B + "when" + B).append(condition(1));
        }
      }
      return out.toString();
    }

    private String validateBlock() {
      StringBuilder out = new StringBuilder("validate" + B + "{");
      int rules = count(random, 3);
      for (int i = 0; i < rules; i++) {
        String condition = joined(1 + count(random, 2), B + "and" + B, () -> spaced(pick(random,
            "loan.fees_estimated <= 1.5% of loan.amount", "loan.status == TO_VALIDATE",
            "loan.to_repay_at < today + 90 days", "borrower.status == READY",
            "credit_line.balance_available > loan.amount", "loan.amount > 1_000 EUR",
            "not loan.fees_estimated is missing")));
        out.append(B + "rule" + B + "\"check ").append(i + 1).append("\"" + B + "when" + B).append(condition)
            .append(B + "then" + B).append(validateAction());
      }
      if (random.nextBoolean()) {
        out.append(B + "otherwise" + B).append(validateAction());
      }
      return out.append(B + "}").toString();
    }

    private String validateAction() {
      return pick(random, "validate", "cancel", "hold") + (random.nextBoolean() ? B + PolicyGenerators.text(random) : "");
    }

    private String test(int index) {
      StringBuilder out = new StringBuilder("test" + B + "\"test " + (index + 1) + "\"" + B + "{");
      List<String> entries = new ArrayList<>();
      if (chance(random, 70)) {
        entries.add("to_pay_amount" + G + ":" + B + euros());
      }
      if (chance(random, 70)) {
        entries.add("currency" + G + ":" + B + pick(random, "EUR", "GBP"));
      }
      if (chance(random, 70)) {
        entries.add("issued_at" + G + ":" + B + PolicyGenerators.date(random));
      }
      if (chance(random, 70)) {
        entries.add("due_at" + G + ":" + B + PolicyGenerators.date(random));
      }
      if (chance(random, 50)) {
        entries.add("buyer" + G + ":" + B + "{" + B + "identifier" + G + ":" + B + "\"123\"" + G + "," + B
            + "address" + G + ":" + B + "{" + B + "country" + G + ":" + B + pick(random, "FRA", "DEU") + B + "}" + B
            + "}");
      }
      if (chance(random, 30)) {
        entries.add("metadata" + G + ":" + B + "{" + B + "channel" + G + ":" + B + "\"web\"" + B + "}");
      }
      out.append(B + "given" + B + "invoice" + B + "{" + B).append(String.join(G + "," + B, entries)).append(B + "}");
      if (chance(random, 60)) {
        out.append(B + "given" + B + "credit_line" + B + "{" + B + "balance_available" + G + ":" + B).append(euros())
            .append(B + "}");
      }
      if (random.nextBoolean()) {
        out.append(B + "given" + B + "today" + B).append(PolicyGenerators.date(random));
      }
      out.append(B + "expect" + B).append(expectation());
      return out.append(B + "}").toString();
    }

    private String expectation() {
      if (ruleKinds.isEmpty() || random.nextBoolean()) {
        return pick(random, "skip", "review", "finance");
      }
      int index = random.nextInt(ruleKinds.size());
      Kind kind = ruleKinds.get(index);
      if (kind != Kind.FINANCE) {
        return kind.name().toLowerCase(Locale.ROOT) + B + "by" + B + ruleName(index);
      }
      return "finance" + (random.nextBoolean() ? B + euros() : "") + B + "by" + B + ruleName(index)
          + pick(random, "", B + "auto_validate", B + "not" + B + "auto_validate");
    }

    // -------------------------------------------------------------- typed expressions

    /** Conditions: typed atoms under {@code not}, {@code and}, {@code or} and parentheses. */
    private String condition(int depth) {
      return joined(1 + count(random, 2), B + "or" + B, () -> joined(1 + count(random, 3), B + "and" + B, () -> {
        String negation = chance(random, 20) ? "not" + B : "";
        String operand = depth > 0 && chance(random, 20) ? "(" + G + condition(depth - 1) + G + ")" : atom();
        return negation + operand;
      }));
    }

    private String atom() {
      String ordering = pick(random, "<", "<=", ">", ">=", "==", "!=");
      int roll = random.nextInt(14);
      if (roll < 4) {
        return money() + B + ordering + B + money();
      } else if (roll < 7) {
        return date() + B + ordering + B + date();
      } else if (roll < 8) {
        return dotted("invoice.due_at") + B + "-" + B + dotted("invoice.issued_at") + B + ordering + B + days();
      } else if (roll < 10) {
        return textField() + B + pick(random, "==", "!=", "starts" + B + "with", "ends" + B + "with", "contains") + B
            + PolicyGenerators.text(random);
      } else if (roll < 11) {
        return textField() + B + pick(random, "in", "not" + B + "in") + B + "blocked_buyers";
      } else if (roll < 13) {
        return spaced(pick(random, "invoice.currency == EUR", "invoice.currency != GBP", "borrower.status != READY",
            "invoice.buyer.address.country in [FRA, DEU, ESP]", "invoice.seller.address.country not in [GBR]",
            "day_of_week(today) == MON", "day_of_month(invoice.due_at) > 25", "invoice.buyer.vat_number is missing",
            "invoice.tax_amount is present", "invoice.buyer.identifier_type == siren"));
      }
      return "rollout" + G + "(" + G + textField() + G + "," + B + percent() + G + ")";
    }

    private String money() {
      int roll = random.nextInt(8);
      if (roll < 6) {
        return simpleMoney();
      } else if (roll < 7) {
        return pick(random, "min", "max") + G + "(" + G + simpleMoney() + G + "," + B + simpleMoney() + G + ")";
      }
      return simpleMoney() + B + pick(random, "+", "-") + B + simpleMoney();
    }

    private String simpleMoney() {
      int roll = random.nextInt(11);
      if (roll < 4) {
        return moneyField();
      } else if (roll < 7) {
        return euros();
      } else if (roll < 9) {
        return pick(random, "minimum_ticket", "maximum_ticket");
      }
      return percent() + B + "of" + B + moneyField();
    }

    private String moneyField() {
      return dotted(pick(random, "invoice.to_pay_amount", "invoice.total_amount", "invoice.net_amount",
          "credit_line.available", "credit_line.balance_available", "exposure.buyer", "exposure.seller"));
    }

    private String date() {
      String simple = switch (random.nextInt(7)) {
        case 0, 1, 2 -> dotted(pick(random, "invoice.due_at", "invoice.issued_at"));
        case 3, 4 -> "today";
        case 5 -> PolicyGenerators.date(random);
        default -> spaced(pick(random, "end_of_month(today)", "end_of_month(invoice.due_at)"));
      };
      return chance(random, 25) ? simple + B + pick(random, "+", "-") + B + days() : simple;
    }

    private String days() {
      int n = random.nextInt(400);
      return n + B + (n == 1 ? "day" : "days");
    }

    private String textField() {
      return dotted(pick(random, "invoice.buyer.identifier", "invoice.seller.identifier", "invoice.buyer.name",
          "invoice.metadata.channel", "borrower.identifier", "invoice.buyer.address.city"));
    }

    private String percent() {
      return random.nextInt(101) + pick(random, "", "", ".5") + G + "%";
    }

    /** Money in euros, with at most the two decimals a euro has. */
    private String euros() {
      int units = random.nextInt(250_001);
      String integer = random.nextBoolean() ? String.format(Locale.ROOT, "%,d", units).replace(',', '_')
          : String.valueOf(units);
      return integer + pick(random, "", "", ".5", ".50", ".05") + B + "EUR";
    }
  }

  /** A dotted name with layout markers around its dots. */
  private static String dotted(String path) {
    return path.replace(".", G + "." + G);
  }

  /** A fixed snippet whose blanks and parentheses become layout markers. */
  private static String spaced(String snippet) {
    return snippet.replace(" ", B).replace("(", "(" + G).replace(")", G + ")");
  }
}
