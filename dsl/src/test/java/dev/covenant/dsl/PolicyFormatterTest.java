package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.dsl.PolicyFormatter.FormatResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PolicyFormatterTest {
  private static final PolicyFormatter FORMATTER = PolicyFormatter.create();

  private static String format(String text) {
    FormatResult result = FORMATTER.format(PolicySource.of("test.policy", text));
    assertThat(result.errors()).isEmpty();
    return result.formatted().orElseThrow();
  }

  /** The formatted text of one {@code let} whose value is {@code expression}, without the header. */
  private static String formatLet(String expression) {
    String formatted = format("policy \"p\"\nlet a = " + expression + "\n");
    return formatted.substring(formatted.indexOf("= ") + 2, formatted.length() - 1);
  }

  private static String sample() throws IOException {
    Path path = Path.of("../samples/policies/marketplace-receivables.policy");
    return Files.readString(Files.exists(path) ? path : Path.of("samples/policies/marketplace-receivables.policy"));
  }

  @Test
  void laysOutTheSamplePolicyCanonically() throws IOException {
    String expected = """
        policy "marketplace-receivables" version 3
        borrower is invoice.seller  # whose credit line finances the invoice
        timezone "Europe/Paris"  # how date-times become dates

        let minimum_ticket = 500 EUR
        let maximum_ticket = 50_000 EUR
        let blocked_buyers = ["758046742", "992460386"]
        let core_markets   = [FRA, DEU, ESP]

        # Which invoices to finance. Rules run top to bottom; the first rule whose
        # conditions all hold decides.
        finance {
          rule "not euro"           when invoice.currency != EUR                                then skip
          rule "too small"          when invoice.to_pay_amount < minimum_ticket                 then skip
          rule "overdue"            when invoice.due_at < today                                 then skip
          rule "long term"          when invoice.due_at - invoice.issued_at > 90 days           then skip
          rule "blocked buyer"      when invoice.buyer.identifier in blocked_buyers             then skip
          rule "borrower not ready" when borrower.status is missing or borrower.status != READY then review

          rule "core market"
            when invoice.buyer.address.country in core_markets
             and invoice.to_pay_amount <= maximum_ticket
            then finance 100% of invoice.to_pay_amount
                 repay on invoice.due_at + 3 days
                 auto_validate

          rule "partial advance"
            when credit_line.available >= 80% of invoice.to_pay_amount
            then finance 80% of invoice.to_pay_amount
                 auto_validate when invoice.to_pay_amount <= 10_000 EUR

          otherwise skip "no rule matched"
        }

        # When a loan was not auto-validated, Defacto proposes conditions (status TO_VALIDATE,
        # fees_estimated, dates). These rules decide whether to accept them.
        validate {
          rule "cheap enough"  when loan.fees_estimated <= 1.5% of loan.amount then validate
          rule "too expensive" when loan.fees_estimated > 3% of loan.amount    then cancel
          otherwise hold  # leave it for a person
        }

        # When several invoices compete for one credit line in a batch.
        allocate by invoice.due_at ascending
        reserve 10% of credit_line.pool_amount

        test "tiny invoices are skipped" {
          given invoice { to_pay_amount: 120 EUR, currency: EUR, issued_at: 2026-11-01, due_at: 2026-12-01 }
          given credit_line { balance_available: 100_000 EUR }
          expect skip by "too small"
        }
        """;

    assertThat(format(sample())).isEqualTo(expected);
  }

  @Test
  void leavesTheCanonicalSampleUnchanged() throws IOException {
    String formatted = format(sample());

    FormatResult again = FORMATTER.format(PolicySource.of("sample.policy", formatted));

    assertThat(again.isUnchanged()).isTrue();
  }

  @Test
  void alignsTheEqualsSignsOfConsecutiveLetsButNotAcrossABlankLine() {
    String formatted = format("policy \"p\"\nlet a = 1\nlet long_name = 2\n\nlet bb = 3\n");

    assertThat(formatted).isEqualTo("policy \"p\"\nlet a         = 1\nlet long_name = 2\n\nlet bb = 3\n");
  }

  @Test
  void endsAnAlignedRunWhereACommentMovedUpBringsABlankLine() {
    String formatted = format("""
        policy "p"
        let a = 1
        let bb =

        # c

          2
        finance {
          rule "a" when x then skip
          rule "bb" when

          # d
          y then skip
        }
        """);

    assertThat(formatted).isEqualTo("""
        policy "p"
        let a = 1

        # c
        let bb = 2
        finance {
          rule "a" when x then skip

          # d
          rule "bb" when y then skip
        }
        """);
    assertThat(format(formatted)).isEqualTo(formatted);
  }

  @Test
  void putsAShortRuleOnOneLineAndALongOneOnSeveralWithOneAndPerLine() {
    String formatted = format("""
        policy "p"
        finance {
          rule "a" when x > 1 then skip
          rule "b" when invoice.to_pay_amount > 1 EUR and invoice.currency == EUR then finance 1 EUR pay on today auto_validate
        }
        """);

    assertThat(formatted).isEqualTo("""
        policy "p"
        finance {
          rule "a" when x > 1 then skip
          rule "b"
            when invoice.to_pay_amount > 1 EUR
             and invoice.currency == EUR
            then finance 1 EUR
                 pay on today
                 auto_validate
        }
        """);
  }

  @Test
  void keepsEveryComment() {
    String formatted = format("""
        # leading
        policy "p"   # on the header
        let a = 1   # trailing
        finance {
          rule "long"
            # inside the rule
            when invoice.to_pay_amount > 1 EUR   # after the condition
             and invoice.currency == EUR
            then finance 100% of invoice.to_pay_amount repay on invoice.due_at + 3 days
          # before the closing brace
        }
        # at the end""");

    assertThat(formatted).isEqualTo("""
        # leading
        policy "p"  # on the header
        let a = 1  # trailing
        finance {
          # inside the rule
          # after the condition
          rule "long"
            when invoice.to_pay_amount > 1 EUR
             and invoice.currency == EUR
            then finance 100% of invoice.to_pay_amount
                 repay on invoice.due_at + 3 days
          # before the closing brace
        }
        # at the end
        """);
  }

  @Test
  void collapsesBlankLinesToOne() {
    String formatted = format("policy \"p\"\n\n\n\nlet a = 1\n\n\n# note\n\n\nlet b = 2\n\n\n");

    assertThat(formatted).isEqualTo("policy \"p\"\n\nlet a = 1\n\n# note\n\nlet b = 2\n");
  }

  @Test
  void refusesTextWithSyntaxErrorsAndSaysWhy() {
    FormatResult result = FORMATTER.format(PolicySource.of("broken.policy", "policy \"p\"\nlet a = (1\n"));

    assertThat(result.formatted()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo(DiagnosticCode.SYNTAX);
      assertThat(error.span().line()).isEqualTo(2);
    });
  }

  @Test
  void formatsAPolicyWithTypeErrors() {
    assertThat(format("policy \"p\"\nlet a = 1 EUR + true\n")).isEqualTo("policy \"p\"\nlet a = 1 EUR + true\n");
  }

  @Test
  void keepsOnlyTheParenthesesTheTreeNeeds() {
    assertThat(formatLet("(a or b) and c")).isEqualTo("(a or b) and c");
    assertThat(formatLet("(a and b) or c")).isEqualTo("a and b or c");
    assertThat(formatLet("a - (b - c)")).isEqualTo("a - (b - c)");
    assertThat(formatLet("(a - b) - c")).isEqualTo("a - b - c");
    assertThat(formatLet("-(-x)")).isEqualTo("-(-x)");
    assertThat(formatLet("not (a and b)")).isEqualTo("not (a and b)");
    assertThat(formatLet("not (a < b)")).isEqualTo("not a < b");
    assertThat(formatLet("(80% of x) + (y)")).isEqualTo("80% of x + y");
    assertThat(formatLet("-(80% of x)")).isEqualTo("-(80% of x)");
    assertThat(formatLet("((a))")).isEqualTo("a");
  }

  @Test
  void keepsParenthesesThatSplitAChainLongerThanTheParserAccepts() {
    String inner = "x" + " + x".repeat(40);
    String text = "policy \"p\"\nlet a = (" + inner + ") + " + inner + "\n";

    String formatted = format(text);

    assertThat(formatted).isEqualTo("policy \"p\"\nlet a = (x" + " + x".repeat(17) + ")" + " + x".repeat(64) + "\n");
    assertThat(Asts.withoutSpans(Asts.parse(formatted).orElseThrow()))
        .isEqualTo(Asts.withoutSpans(Asts.parse(text).orElseThrow()));
  }

  @Test
  void groupsThousandsAndKeepsTheScale() {
    assertThat(formatLet("50000")).isEqualTo("50_000");
    assertThat(formatLet("5_0_0")).isEqualTo("500");
    assertThat(formatLet("1500")).isEqualTo("1_500");
    assertThat(formatLet("999")).isEqualTo("999");
    assertThat(formatLet("12000.50 EUR")).isEqualTo("12_000.50 EUR");
    assertThat(formatLet("1234567.000")).isEqualTo("1_234_567.000");
    assertThat(formatLet("007")).isEqualTo("7");
  }

  @Test
  void writesTextEscapesSoThatTheyReadBackTheSame() {
    String formatted = formatLet("\"quote \\\" backslash \\\\ tab \\t newline \\n raw\ttab\"");

    assertThat(formatted).isEqualTo("\"quote \\\" backslash \\\\ tab \\t newline \\n raw\\ttab\"");
    assertThat(formatLet(formatted)).isEqualTo(formatted);
  }

  @Test
  void countsBlankLinesByCharacterEvenAfterCharactersOutsideTheBasicPlane() {
    String text = "policy \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"\n\nlet a = 1\nlet b = 2  # \uD83D\uDE00\n\nlet c = 3\n";

    assertThat(format(text)).isEqualTo(text);
  }
}
