package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.covenant.dsl.ast.And;
import dev.covenant.dsl.ast.Comparison;
import dev.covenant.dsl.ast.Expr;
import dev.covenant.dsl.ast.Finance;
import dev.covenant.dsl.ast.FinanceRule;
import dev.covenant.dsl.ast.Reference;
import dev.covenant.dsl.types.EnumDomain;
import dev.covenant.dsl.types.Field;
import dev.covenant.dsl.types.Symbol;
import dev.covenant.dsl.types.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the checker accepts, how it types what it accepts, and how it reports what it does not. */
class CheckerTest {

  @Test
  void resolvesEnumWordsFromTheOtherSideOfAComparison() {
    CheckedPolicy policy = checked("""
        policy "p"
        finance {
          rule "a" when invoice.currency == CHE then skip
          rule "b" when invoice.buyer.address.country == CHE then skip
          rule "c" when READY == borrower.status then skip
        }
        """);
    assertThat(policy.symbolOf(bareWord(condition(policy, 0).right())))
        .isEqualTo(new Symbol.EnumValue(EnumDomain.CURRENCY, "CHE"));
    assertThat(policy.symbolOf(bareWord(condition(policy, 1).right())))
        .isEqualTo(new Symbol.EnumValue(EnumDomain.COUNTRY, "CHE"));
    assertThat(policy.typeOf(condition(policy, 2).left())).isEqualTo(new Type.Enum(EnumDomain.BORROWER_STATUS));
  }

  @Test
  void typesAListOfBareWordsByTheDomainHoldingThemAll() {
    CheckedPolicy policy = checked("""
        policy "p"
        let markets = [CHE, FRA]
        finance {
          rule "a" when invoice.buyer.address.country in markets then skip
        }
        """);
    assertThat(policy.typeOf(condition(policy, 0).right()))
        .isEqualTo(new Type.ListOf(new Type.Enum(EnumDomain.COUNTRY)));
  }

  @Test
  void letsCarryTheTypeOfTheirValue() {
    CheckedPolicy policy = checked("""
        policy "p"
        let minimum = 500 EUR
        let blocked = ["1", "2"]
        finance {
          rule "a" when invoice.to_pay_amount < minimum then skip
          rule "b" when invoice.buyer.identifier in blocked then skip
        }
        """);
    Reference minimum = bareWord(condition(policy, 0).right());
    assertThat(policy.typeOf(minimum)).isEqualTo(new Type.Money(Optional.of("EUR")));
    assertThat(policy.symbolOf(minimum)).isInstanceOfSatisfying(Symbol.LetSymbol.class,
        let -> assertThat(let.declaration().name()).isEqualTo("minimum"));
    assertThat(policy.typeOf(condition(policy, 1).right())).isEqualTo(new Type.ListOf(Type.TEXT));
  }

  @Test
  void moneyKeepsItsCurrencyWhenKnownAtCheckTime() {
    CheckedPolicy policy = checked("""
        policy "p"
        finance {
          rule "a" when invoice.to_pay_amount > 500 EUR + 10 EUR then finance 80% of invoice.to_pay_amount
          rule "b" when invoice.due_at - invoice.issued_at > 90 days and invoice.due_at + 3 days > today then skip
        }
        """);
    Comparison first = condition(policy, 0);
    assertThat(policy.typeOf(first.right())).isEqualTo(new Type.Money(Optional.of("EUR")));
    assertThat(policy.typeOf(first.left())).isEqualTo(Type.Money.ANY_CURRENCY);
    assertThat(policy.typeOf(((Finance) rule(policy, 0).action()).amount())).isEqualTo(Type.Money.ANY_CURRENCY);
    Expr second = rule(policy, 1).condition();
    assertThat(policy.typeOf(second)).isEqualTo(Type.BOOLEAN);
    Comparison duration = (Comparison) ((And) second).operands().get(0);
    assertThat(policy.typeOf(duration.left())).isEqualTo(Type.DURATION);
    Comparison date = (Comparison) ((And) second).operands().get(1);
    assertThat(policy.typeOf(date.left())).isEqualTo(Type.DATE);
  }

  @Test
  void resolvesFieldsAndMetadataKeys() {
    CheckedPolicy policy = checked("""
        policy "p"
        finance {
          rule "a" when invoice.metadata.channel == "web" then skip
        }
        """);
    assertThat(policy.symbolOf(bareWord(condition(policy, 0).left())))
        .isEqualTo(new Symbol.FieldSymbol(Field.INVOICE_METADATA, Optional.of("channel")));
    assertThat(policy.typeOf(condition(policy, 0).left())).isEqualTo(Type.TEXT);
  }

  @Test
  void refusesToTypeExpressionsOfAnotherPolicy() {
    CheckedPolicy policy = checked("policy \"p\"\nfinance { rule \"a\" when invoice.currency == EUR then skip }\n");
    Reference foreign = new Reference(List.of("invoice", "currency"), SourceSpan.NONE);
    assertThatThrownBy(() -> policy.typeOf(foreign)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.symbolOf(foreign)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loanFieldsExistOnlyInValidateRules() {
    CompilationResult inFinance = compile("""
        policy "p"
        finance { rule "a" when loan.amount > 10 EUR then skip }
        """);
    assertThat(inFinance.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FIELD_NOT_AVAILABLE);
    assertThat(inFinance.errors().get(0).span().position()).isEqualTo("2:25");
    assertThat(compile("""
        policy "p"
        validate { rule "a" when loan.amount > 10 EUR and loan.status == TO_VALIDATE then validate }
        """).diagnostics()).isEmpty();
  }

  @Test
  void availableCreditExistsOnlyInFinanceRules() {
    assertThat(compile("""
        policy "p"
        finance { rule "a" when credit_line.available < 10 EUR then skip }
        """).diagnostics()).isEmpty();
    CompilationResult elsewhere = compile("""
        policy "p"
        validate { rule "a" when credit_line.available < 10 EUR then cancel }
        reserve 10% of credit_line.available
        """);
    assertThat(elsewhere.errors()).extracting(d -> d.span().line()).containsExactly(2, 3);
    assertThat(elsewhere.errors()).allSatisfy(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.FIELD_NOT_AVAILABLE);
      assertThat(d.message()).contains("credit_line.balance_available");
    });
  }

  @Test
  void aLetIsCheckedWhereItIsUsed() {
    CompilationResult result = compile("""
        policy "p"
        let fees = loan.fees_estimated
        finance { rule "a" when fees > 10 EUR then skip }
        validate { rule "a" when fees > 10 EUR then cancel }
        """);
    assertThat(result.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.FIELD_NOT_AVAILABLE);
      assertThat(d.span().line()).isEqualTo(3);
    });
  }

  @Test
  void missingValueOperatorsAcceptEveryFieldAndGiveConditions() {
    CheckedPolicy policy = checked("""
        policy "p"
        finance {
          rule "a" when invoice.net_amount is missing or borrower.status is present then skip
          rule "b" when invoice.buyer.address.country is present and invoice.due_at is present then skip
        }
        """);
    assertThat(policy.typeOf(rule(policy, 0).condition())).isEqualTo(Type.BOOLEAN);
    assertThat(policy.typeOf(rule(policy, 1).condition())).isEqualTo(Type.BOOLEAN);
  }

  @Test
  void aPresenceTestIsAConditionNotAValue() {
    CompilationResult result = compile("""
        policy "p"
        finance { rule "a" when invoice.net_amount is missing > 3 EUR then skip }
        """);
    assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.TYPE_MISMATCH);
    assertThat(result.errors().get(0).message()).contains("condition");
  }

  @Test
  void suggestsTheFieldMeantByAMisspelling() {
    assertThat(onlyError("policy \"p\"\nfinance { rule \"a\" when invoice.due_att < today then skip }\n"))
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_FIELD);
          assertThat(d.message()).endsWith("(did you mean invoice.due_at?)");
        });
  }

  @Test
  void suggestsTheLetMeantByAMisspelling() {
    CompilationResult result = compile("""
        policy "p"
        let maximum_ticket = 50_000 EUR
        finance { rule "a" when invoice.to_pay_amount > maximum_tiket then skip }
        """);
    assertThat(result.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_NAME);
      assertThat(d.message()).contains("(did you mean maximum_ticket?)");
    });
  }

  @Test
  void suggestsTheEnumValueOfTheFieldsDomain() {
    assertThat(onlyError("policy \"p\"\nfinance { rule \"a\" when borrower.status == SINGED then skip }\n"))
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_ENUM_VALUE);
          assertThat(d.message()).isEqualTo("SINGED is not a borrower status (did you mean SIGNED?)");
        });
  }

  @Test
  void reportsEveryErrorInOnePass() {
    CompilationResult result = compile("""
        policy "p"
        timezone "Mars/Olympus"
        let a = 500 EUR + 10 GBP
        finance {
          rule "x" when invoice.amout > 10 EUR then skip
          rule "x" when borrower.status == REDY then skip
          rule "y" when invoice.due_at > 500 EUR then finance 80%
        }
        validate { rule "z" when credit_line.available > a then validate }
        """);
    assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(
        DiagnosticCode.UNKNOWN_TIMEZONE,
        DiagnosticCode.CURRENCY_MISMATCH,
        DiagnosticCode.UNKNOWN_FIELD,
        DiagnosticCode.DUPLICATE_RULE,
        DiagnosticCode.UNKNOWN_ENUM_VALUE,
        DiagnosticCode.TYPE_MISMATCH,
        DiagnosticCode.PERCENT_WITHOUT_OF,
        DiagnosticCode.FIELD_NOT_AVAILABLE);
    assertThat(result.policy()).isEmpty();
  }

  @Test
  void oneMistakeGivesOneDiagnostic() {
    CompilationResult result = compile("""
        policy "p"
        finance { rule "a" when invoice.to_pay_amout + 10 EUR > 3 EUR and invoice.due_at > today + 3 weeks then skip }
        """);
    assertThat(result.errors()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNKNOWN_FIELD, DiagnosticCode.INVALID_DURATION);
  }

  @Test
  void unusedLetsAreWarningsAndThePolicyIsStillUsable() {
    CompilationResult result = compile("""
        policy "p"
        let spare = 10 EUR
        finance { otherwise skip }
        """);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.warnings()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.UNUSED_LET);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(result.policy()).isPresent();
  }

  @Test
  void unreachableRulesAreWarningsAndThePolicyIsStillUsable() {
    CompilationResult result = compile("""
        policy "p"
        finance {
          rule "small" when invoice.to_pay_amount < 500 EUR then skip
          rule "small euro" when invoice.currency == EUR and invoice.to_pay_amount < 500 EUR then review
          rule "impossible" when 500 EUR > 600 EUR then review
        }
        """);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.warnings()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNREACHABLE_RULE, DiagnosticCode.UNREACHABLE_RULE);
    assertThat(result.warnings()).extracting(d -> d.span().line()).containsExactly(4, 5);
    assertThat(result.policy()).isPresent();
  }

  @Test
  void rulesWithDifferentConditionsAreNotUnreachable() {
    CompilationResult result = compile("""
        policy "p"
        finance {
          rule "small" when invoice.to_pay_amount < 500 EUR then skip
          rule "smaller" when invoice.to_pay_amount < 400 EUR then review
          rule "either" when invoice.to_pay_amount < 500 EUR or invoice.currency == GBP then review
        }
        """);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aTenMegabytePolicyIsRefusedBeforeParsing() {
    String text = "policy \"big\"\n" + "# padding\n".repeat(1_100_000);
    CompilationResult result = compile(text);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FILE_TOO_LARGE);
    assertThat(result.policy()).isEmpty();
  }

  @Test
  void tenThousandNestedParenthesesGiveADiagnostic() {
    CompilationResult result = compile(policyWithCondition("(".repeat(10_000) + "true" + ")".repeat(10_000)));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NESTING_TOO_DEEP);
    int firstParen = "  rule \"r\" when ".length() + 1;
    assertThat(result.diagnostics().get(0).span().column()).isEqualTo(firstParen + Limits.DEFAULT.maxNestingDepth());
  }

  @Test
  void nestingUpToTheLimitIsAccepted() {
    int depth = Limits.DEFAULT.maxNestingDepth();
    CompilationResult result = compile(policyWithCondition("(".repeat(depth) + "true" + ")".repeat(depth)));
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void tenThousandNotsGiveADiagnostic() {
    CompilationResult result = compile(policyWithCondition("not ".repeat(10_000) + "true"));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NESTING_TOO_DEEP);
  }

  @Test
  void aPlusChainOfAThousandTermsGivesADiagnostic() {
    CompilationResult result = compile(policyWithCondition("invoice.to_pay_amount > " + "1 EUR + ".repeat(999) + "1 EUR"));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NESTING_TOO_DEEP);
    assertThat(result.diagnostics().get(0).message()).contains("999");
  }

  @Test
  void aPlusChainOfAHundredThousandTermsStopsAtTheTokenLimit() {
    CompilationResult result = compile(policyWithCondition("invoice.to_pay_amount > " + "1 EUR + ".repeat(99_999) + "1 EUR"));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FILE_TOO_LARGE);
    assertThat(result.diagnostics().get(0).message()).contains("tokens");
  }

  @Test
  void sixThousandRulesGiveADiagnostic() {
    StringBuilder text = new StringBuilder("policy \"many\"\nfinance {\n");
    for (int i = 0; i < 6_000; i++) {
      text.append("  rule \"r").append(i).append("\" when invoice.to_pay_amount < ").append(i).append(" EUR then skip\n");
    }
    CompilationResult result = compile(text.append("}\n").toString());
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.TOO_MANY_RULES);
    assertThat(result.diagnostics().get(0).span().line()).isEqualTo(3 + Limits.DEFAULT.maxRules());
  }

  @Test
  void manyErrorsAreCappedWithASummary() {
    StringBuilder text = new StringBuilder("policy \"p\"\nfinance {\n");
    for (int i = 0; i < 500; i++) {
      text.append("  rule \"r").append(i).append("\" when invoice.x").append(i).append(" < 1 EUR then skip\n");
    }
    CompilationResult result = compile(text.append("}\n").toString());
    int cap = Limits.DEFAULT.maxDiagnostics();
    assertThat(result.diagnostics()).hasSize(cap + 1);
    Diagnostic last = result.diagnostics().get(cap);
    assertThat(last.code()).isEqualTo(DiagnosticCode.TOO_MANY_DIAGNOSTICS);
    assertThat(last.message()).startsWith((500 - cap) + " more diagnostics");
  }

  private static String policyWithCondition(String condition) {
    return "policy \"p\"\nfinance {\n  rule \"r\" when " + condition + " then skip\n}\n";
  }

  private static CompilationResult compile(String text) {
    return PolicyCompiler.create().compile(PolicySource.of("p.policy", text));
  }

  private static CheckedPolicy checked(String text) {
    CompilationResult result = compile(text);
    assertThat(result.diagnostics()).as(result.render()).isEmpty();
    return result.policy().orElseThrow();
  }

  private static Diagnostic onlyError(String text) {
    List<Diagnostic> errors = compile(text).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static FinanceRule rule(CheckedPolicy policy, int index) {
    return policy.ast().finance().orElseThrow().rules().get(index);
  }

  private static Comparison condition(CheckedPolicy policy, int index) {
    return (Comparison) rule(policy, index).condition();
  }

  private static Reference bareWord(Expr expr) {
    assertThat(expr).isInstanceOf(Reference.class);
    return (Reference) expr;
  }
}
