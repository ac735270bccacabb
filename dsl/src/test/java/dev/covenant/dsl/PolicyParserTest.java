package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.dsl.ast.AllocateDeclaration;
import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.Arithmetic;
import dev.covenant.dsl.ast.BooleanLiteral;
import dev.covenant.dsl.ast.BorrowerDeclaration;
import dev.covenant.dsl.ast.Call;
import dev.covenant.dsl.ast.Comparison;
import dev.covenant.dsl.ast.DateLiteral;
import dev.covenant.dsl.ast.DurationLiteral;
import dev.covenant.dsl.ast.Expectation;
import dev.covenant.dsl.ast.ExpectedOutcome;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Finance;
import dev.covenant.dsl.ast.FinanceBlock;
import dev.covenant.dsl.ast.FinanceRule;
import dev.covenant.dsl.ast.Given;
import dev.covenant.dsl.ast.GivenToday;
import dev.covenant.dsl.ast.LetDeclaration;
import dev.covenant.dsl.ast.ListLiteral;
import dev.covenant.dsl.ast.MoneyLiteral;
import dev.covenant.dsl.ast.Negate;
import dev.covenant.dsl.ast.Not;
import dev.covenant.dsl.ast.NumberLiteral;
import dev.covenant.dsl.ast.Of;
import dev.covenant.dsl.ast.Or;
import dev.covenant.dsl.ast.PercentLiteral;
import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.ast.Presence;
import dev.covenant.dsl.ast.RecordEntry;
import dev.covenant.dsl.ast.RecordLiteral;
import dev.covenant.dsl.ast.Reference;
import dev.covenant.dsl.ast.ReserveDeclaration;
import dev.covenant.dsl.ast.Review;
import dev.covenant.dsl.ast.Skip;
import dev.covenant.dsl.ast.SortDirection;
import dev.covenant.dsl.ast.TestDeclaration;
import dev.covenant.dsl.ast.TextLiteral;
import dev.covenant.dsl.ast.TimezoneDeclaration;
import dev.covenant.dsl.ast.Today;
import dev.covenant.dsl.ast.ValidateBlock;
import dev.covenant.dsl.ast.ValidateOutcome;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.parser.ParsedPolicy;
import dev.covenant.dsl.internal.parser.PolicyParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tree the parser builds: precedence, associativity, literals, declarations and spans. */
class PolicyParserTest {

  @Test
  void andBindsTighterThanOr() {
    assertThat(shape("a or b and c")).isEqualTo("(or a (and b c))");
    assertThat(shape("a and b or c")).isEqualTo("(or (and a b) c)");
  }

  @Test
  void parenthesesRegroupWithoutLeavingANode() {
    assertThat(shape("(a or b) and c")).isEqualTo("(and (or a b) c)");
  }

  @Test
  void longAndChainsStayFlat() {
    assertThat(shape("a and b and c and d")).isEqualTo("(and a b c d)");
    assertThat(shape("a or b or c")).isEqualTo("(or a b c)");
  }

  @Test
  void notAppliesToOneComparisonBeforeAnd() {
    assertThat(shape("not a < b and c")).isEqualTo("(and (not (< a b)) c)");
    assertThat(shape("not not a")).isEqualTo("(not (not a))");
  }

  @Test
  void ofBindsTighterThanPlus() {
    assertThat(shape("80% of invoice.to_pay_amount + 10 EUR"))
        .isEqualTo("(+ (of 80% invoice.to_pay_amount) 10EUR)");
  }

  @Test
  void plusAndMinusAreLeftAssociative() {
    assertThat(shape("a - b - c")).isEqualTo("(- (- a b) c)");
    assertThat(shape("a - b + c")).isEqualTo("(+ (- a b) c)");
  }

  @Test
  void arithmeticBindsTighterThanComparison() {
    assertThat(shape("invoice.due_at - invoice.issued_at > 90 days"))
        .isEqualTo("(> (- invoice.due_at invoice.issued_at) 90days)");
  }

  @Test
  void unaryMinusAppliesToItsOperand() {
    assertThat(shape("-5 EUR + a")).isEqualTo("(+ (neg 5EUR) a)");
  }

  @Test
  void membershipAndItsNegation() {
    assertThat(shape("country in [FRA, DEU]")).isEqualTo("(in country [FRA DEU])");
    assertThat(shape("country not in blocked")).isEqualTo("(not in country blocked)");
  }

  @Test
  void presenceTests() {
    assertThat(shape("invoice.net_amount is missing")).isEqualTo("(missing invoice.net_amount)");
    assertThat(shape("invoice.net_amount is present or a")).isEqualTo("(or (present invoice.net_amount) a)");
  }

  @Test
  void textTests() {
    assertThat(shape("iban starts with \"FR\"")).isEqualTo("(starts with iban \"FR\")");
    assertThat(shape("iban ends with \"76\"")).isEqualTo("(ends with iban \"76\")");
    assertThat(shape("name contains \"SAS\"")).isEqualTo("(contains name \"SAS\")");
  }

  @Test
  void numbersMayHaveUnderscoresAndDecimals() {
    MoneyLiteral money = (MoneyLiteral) expression("12_000.50 EUR");
    assertThat(money.amount()).isEqualByComparingTo("12000.50");
    assertThat(money.currency()).isEqualTo("EUR");
    assertThat(((PercentLiteral) expression("1.5%")).value()).isEqualByComparingTo("1.5");
    assertThat(((DurationLiteral) expression("1_000 days")).days()).isEqualByComparingTo("1000");
    assertThat(((DurationLiteral) expression("1 day")).days()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(((NumberLiteral) expression("0.5")).value()).isEqualByComparingTo("0.5");
  }

  @Test
  void dateTextBooleanAndTodayLiterals() {
    assertThat(((DateLiteral) expression("2026-11-21")).value()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(((TextLiteral) expression("\"say \\\"hi\\\"\\n\"")).value()).isEqualTo("say \"hi\"\n");
    assertThat(((BooleanLiteral) expression("false")).value()).isFalse();
    assertThat(expression("today")).isInstanceOf(Today.class);
  }

  @Test
  void listsMayEndWithAComma() {
    assertThat(shape("[1, 2, 3,]")).isEqualTo("[1 2 3]");
    assertThat(shape("[]")).isEqualTo("[]");
  }

  @Test
  void callsTakeExpressionsAsArguments() {
    assertThat(shape("min(a + b, 10 EUR)")).isEqualTo("(call min (+ a b) 10EUR)");
    assertThat(shape("end_of_month(today)")).isEqualTo("(call end_of_month today)");
  }

  @Test
  void keywordsAreOrdinaryNamesAfterADot() {
    assertThat(((Reference) expression("invoice.metadata.test")).path()).containsExactly("invoice", "metadata", "test");
  }

  @Test
  void headerAndSingleDeclarations() {
    Policy policy = parse("""
        policy "receivables" version 3
        borrower is invoice.buyer
        timezone "Europe/Paris"
        allocate by invoice.due_at, invoice.to_pay_amount descending
        reserve 10% of credit_line.pool_amount
        """);
    assertThat(policy.name()).isEqualTo("receivables");
    assertThat(policy.version()).contains("3");
    assertThat(policy.declarations(BorrowerDeclaration.class).get(0).party().dotted()).isEqualTo("invoice.buyer");
    assertThat(policy.declarations(TimezoneDeclaration.class).get(0).zone()).isEqualTo("Europe/Paris");
    AllocateDeclaration allocate = policy.declarations(AllocateDeclaration.class).get(0);
    assertThat(allocate.keys()).extracting(k -> k.direction())
        .containsExactly(SortDirection.ASCENDING, SortDirection.DESCENDING);
    assertThat(shape(policy.declarations(ReserveDeclaration.class).get(0).amount()))
        .isEqualTo("(of 10% credit_line.pool_amount)");
  }

  @Test
  void financeActionsAndTheirOptions() {
    FinanceBlock block = parse("""
        policy "p"
        finance {
          rule "a" when x then finance 80% of invoice.to_pay_amount
            pay on today repay on invoice.due_at + 3 days auto_validate when y
          rule "b" when x then skip "too small"
          rule "c" when x then review
          otherwise skip
        }
        """).finance().orElseThrow();
    Finance finance = (Finance) block.rules().get(0).action();
    assertThat(shape(finance.amount())).isEqualTo("(of 80% invoice.to_pay_amount)");
    assertThat(finance.payOn().map(PolicyParserTest::shape)).contains("today");
    assertThat(finance.repayOn().map(PolicyParserTest::shape)).contains("(+ invoice.due_at 3days)");
    assertThat(finance.autoValidate().flatMap(a -> a.condition()).map(PolicyParserTest::shape)).contains("y");
    assertThat(((Skip) block.rules().get(1).action()).reason()).contains("too small");
    assertThat(((Review) block.rules().get(2).action()).reason()).isEmpty();
    assertThat(block.otherwise()).containsInstanceOf(Skip.class);
  }

  @Test
  void financeOptionsAreOptional() {
    Finance finance = (Finance) parse("policy \"p\"\nfinance { rule \"a\" when x then finance 10 EUR }\n")
        .finance().orElseThrow().rules().get(0).action();
    assertThat(finance.payOn()).isEmpty();
    assertThat(finance.repayOn()).isEmpty();
    assertThat(finance.autoValidate()).isEmpty();
  }

  @Test
  void validateBlockOutcomes() {
    ValidateBlock block = parse("""
        policy "p"
        validate {
          rule "cheap" when loan.fees_estimated <= 1.5% of loan.amount then validate
          rule "dear" when x then cancel "too expensive"
          otherwise hold
        }
        """).validate().orElseThrow();
    assertThat(block.rules()).extracting(r -> r.action().outcome())
        .containsExactly(ValidateOutcome.VALIDATE, ValidateOutcome.CANCEL);
    assertThat(block.rules().get(1).action().reason()).contains("too expensive");
    assertThat(block.otherwise().map(o -> o.outcome())).contains(ValidateOutcome.HOLD);
  }

  @Test
  void testBlocksWithGivenAndExpect() {
    TestDeclaration test = parse("""
        policy "p"
        test "financed" {
          given today 2026-11-21
          given invoice { to_pay_amount: 120 EUR, buyer: { address: { country: FRA } }, }
          expect finance 120 EUR by "core market" not auto_validate
        }
        """).declarations(TestDeclaration.class).get(0);
    assertThat(test.name()).isEqualTo("financed");
    assertThat(test.statements()).hasSize(3);
    assertThat(shape(((GivenToday) test.statements().get(0)).date())).isEqualTo("2026-11-21");
    Given given = (Given) test.statements().get(1);
    assertThat(given.root()).isEqualTo("invoice");
    assertThat(given.record().entries()).extracting(RecordEntry::key).containsExactly("to_pay_amount", "buyer");
    RecordLiteral buyer = (RecordLiteral) given.record().entries().get(1).value();
    assertThat(buyer.entries().get(0).key()).isEqualTo("address");
    Expectation expect = (Expectation) test.statements().get(2);
    assertThat(expect.outcome()).isEqualTo(ExpectedOutcome.FINANCE);
    assertThat(expect.amount().map(PolicyParserTest::shape)).contains("120EUR");
    assertThat(expect.rule()).contains("core market");
    assertThat(expect.autoValidate()).contains(false);
  }

  @Test
  void commentsLeaveNoTraceInTheTree() {
    String plain = "policy \"p\"\nlet a = 1 EUR + 2 EUR\n";
    String commented = "# heading\npolicy \"p\" # name\nlet a = 1 EUR # one\n  + 2 EUR # two\n# end\n";
    ParsedPolicy parsed = parseFully(commented);
    assertThat(shape(letValue(parse(commented)))).isEqualTo(shape(letValue(parse(plain))));
    assertThat(parsed.comments()).extracting(c -> c.text()).containsExactly("# heading", "# name", "# one", "# two", "# end");
  }

  @Test
  void nodesKnowTheirLineAndColumn() {
    FinanceRule rule = parse("""
        policy "p"

        finance {
          rule "small"
            when invoice.to_pay_amount < 500 EUR
            then skip
        }
        """).finance().orElseThrow().rules().get(0);
    assertThat(rule.nameSpan().position()).isEqualTo("4:8");
    Comparison condition = (Comparison) rule.condition();
    assertThat(condition.left().span().position()).isEqualTo("5:10");
    assertThat(condition.left().span().endColumn()).isEqualTo(30);
    assertThat(condition.right().span().position()).isEqualTo("5:34");
    assertThat(condition.span().position()).isEqualTo("5:10");
    assertThat(condition.span().endColumn()).isEqualTo(40);
    assertThat(rule.span().line()).isEqualTo(4);
    assertThat(rule.span().endLine()).isEqualTo(6);
  }

  @Test
  void spansCoverTheSourceTextOfTheNode() {
    String text = "policy \"p\"\nlet a = (x + 1 EUR) - 2 EUR\n";
    Expr value = letValue(parse(text));
    assertThat(text.substring(value.span().start(), value.span().end())).isEqualTo("(x + 1 EUR) - 2 EUR");
    Arithmetic inner = (Arithmetic) ((Arithmetic) value).left();
    assertThat(text.substring(inner.span().start(), inner.span().end())).isEqualTo("x + 1 EUR");
  }

  @Test
  void aSyntaxErrorGivesADiagnosticAndNoTree() {
    DiagnosticSink sink = new DiagnosticSink();
    ParsedPolicy parsed = new PolicyParser(Limits.DEFAULT).parse(PolicySource.of("p.policy", "policy \"p\"\nlet = 3\n"), sink);
    assertThat(parsed.policy()).isEmpty();
    assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.SYNTAX);
    assertThat(sink.diagnostics().get(0).span().position()).isEqualTo("2:5");
  }

  private static Expr expression(String text) {
    return letValue(parse("policy \"p\"\nlet value = " + text + "\n"));
  }

  private static String shape(String text) {
    return shape(expression(text));
  }

  private static Expr letValue(Policy policy) {
    return policy.declarations(LetDeclaration.class).get(0).value();
  }

  private static Policy parse(String text) {
    return parseFully(text).policy().orElseThrow();
  }

  private static ParsedPolicy parseFully(String text) {
    DiagnosticSink sink = new DiagnosticSink();
    ParsedPolicy parsed = new PolicyParser(Limits.DEFAULT).parse(PolicySource.of("p.policy", text), sink);
    assertThat(sink.diagnostics()).as("diagnostics of %s", text).isEmpty();
    return parsed;
  }

  /** A Lisp-like rendering of the tree, so a test states the expected grouping in one line. */
  private static String shape(Expr expr) {
    if (expr instanceof Or or) {
      return "(or " + shapes(or.operands()) + ")";
    } else if (expr instanceof And and) {
      return "(and " + shapes(and.operands()) + ")";
    } else if (expr instanceof Not not) {
      return "(not " + shape(not.operand()) + ")";
    } else if (expr instanceof Comparison comparison) {
      return "(" + comparison.operator().symbol() + " " + shape(comparison.left()) + " " + shape(comparison.right()) + ")";
    } else if (expr instanceof Presence presence) {
      return "(" + (presence.present() ? "present " : "missing ") + shape(presence.operand()) + ")";
    } else if (expr instanceof Arithmetic arithmetic) {
      return "(" + arithmetic.operator().symbol() + " " + shape(arithmetic.left()) + " " + shape(arithmetic.right()) + ")";
    } else if (expr instanceof Of of) {
      return "(of " + shape(of.percent()) + " " + shape(of.base()) + ")";
    } else if (expr instanceof Negate negate) {
      return "(neg " + shape(negate.operand()) + ")";
    } else if (expr instanceof Call call) {
      return "(call " + call.function() + " " + shapes(call.arguments()) + ")";
    } else if (expr instanceof ListLiteral list) {
      return "[" + shapes(list.elements()) + "]";
    } else if (expr instanceof Reference reference) {
      return reference.dotted();
    } else if (expr instanceof MoneyLiteral money) {
      return money.amount().toPlainString() + money.currency();
    } else if (expr instanceof PercentLiteral percent) {
      return percent.value().toPlainString() + "%";
    } else if (expr instanceof DurationLiteral duration) {
      return duration.days().toPlainString() + "days";
    } else if (expr instanceof NumberLiteral number) {
      return number.value().toPlainString();
    } else if (expr instanceof TextLiteral text) {
      return "\"" + text.value() + "\"";
    } else if (expr instanceof DateLiteral date) {
      return date.value().toString();
    } else if (expr instanceof BooleanLiteral bool) {
      return String.valueOf(bool.value());
    } else if (expr instanceof Today) {
      return "today";
    }
    throw new IllegalArgumentException("no shape for " + expr);
  }

  private static String shapes(List<Expr> exprs) {
    return exprs.stream().map(PolicyParserTest::shape).collect(Collectors.joining(" "));
  }
}
