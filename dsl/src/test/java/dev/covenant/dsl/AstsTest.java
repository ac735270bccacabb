package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.dsl.ast.Policy;
import org.junit.jupiter.api.Test;

class AstsTest {
  private static Policy parse(String text) {
    return Asts.parse(text).orElseThrow(() -> new AssertionError("does not parse: " + text));
  }

  @Test
  void treesOfTheSamePolicyLaidOutDifferentlyAreEqualWithoutSpans() {
    Policy compact = parse("policy \"p\"\nlet a = 1 + 2\nfinance { rule \"r\" when a > 2 then skip }\n");
    Policy spread = parse("# header\npolicy   \"p\"\n\n\nlet a=1+(2)\nfinance {\n  rule \"r\"\n    when a > 2\n    then skip\n}\n");

    assertThat(compact).isNotEqualTo(spread);
    assertThat(Asts.withoutSpans(compact)).isEqualTo(Asts.withoutSpans(spread));
  }

  @Test
  void aDifferentGroupingIsADifferentTree() {
    Policy left = parse("policy \"p\"\nlet a = x - y - z\n");
    Policy right = parse("policy \"p\"\nlet a = x - (y - z)\n");

    assertThat(Asts.withoutSpans(left)).isNotEqualTo(Asts.withoutSpans(right));
  }

  @Test
  void aDifferentValueInsideAnOptionalIsADifferentTree() {
    Policy left = parse("policy \"p\"\nfinance { otherwise skip \"a\" }\n");
    Policy right = parse("policy \"p\"\nfinance { otherwise skip \"b\" }\n");

    assertThat(Asts.withoutSpans(left)).isNotEqualTo(Asts.withoutSpans(right));
  }

  @Test
  void aDifferentDecimalScaleIsADifferentTree() {
    Policy left = parse("policy \"p\"\nlet a = 12000.50 EUR\n");
    Policy right = parse("policy \"p\"\nlet a = 12000.5 EUR\n");

    assertThat(Asts.withoutSpans(left)).isNotEqualTo(Asts.withoutSpans(right));
  }

  @Test
  void textThatDoesNotParseHasNoTree() {
    assertThat(Asts.parse("policy \"p\"\nlet = 1\n")).isEmpty();
  }
}
