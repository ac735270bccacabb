package dev.covenant.samples.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void formatsMinorUnitsExactlyAtAnySize() {
    assertThat(Amounts.format(0, "EUR")).isEqualTo("0.00 EUR");
    assertThat(Amounts.format(5, "EUR")).isEqualTo("0.05 EUR");
    assertThat(Amounts.format(-123_456, "EUR")).isEqualTo("-1,234.56 EUR");
    assertThat(Amounts.format(Long.MAX_VALUE, "EUR")).isEqualTo("92,233,720,368,547,758.07 EUR");
    assertThat(Amounts.format(1_000, "XYZ")).isEqualTo("10.00 XYZ");
  }

  @Test
  void usesEachCurrencysOwnDecimals() {
    assertThat(Amounts.number(123_456, "JPY")).isEqualTo("123,456");
    assertThat(Amounts.number(123_456, "BHD")).isEqualTo("123.456");
  }
}
