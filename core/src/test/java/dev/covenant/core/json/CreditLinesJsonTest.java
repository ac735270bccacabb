package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.covenant.core.model.CreditLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CreditLinesJsonTest {
  @Test
  void readsAPageOfGetCreditLinesWithTheDailyRateExact() throws IOException {
    List<CreditLine> lines = DefactoJson.readCreditLines(Fixtures.path("credit-lines-page.json"));

    assertThat(lines.get(0)).isEqualTo(new CreditLine(Optional.of("5c2f7e00-0000-4000-8000-0000000000d1"), "900300400",
        "EUR", OptionalLong.of(5000000), OptionalLong.of(3200000), 150000, 50000,
        Optional.of(new BigDecimal("0.000123456789012345678"))));
  }

  @Test
  void defaultsCurrencyToEuroAndPendingBalancesToZero() throws IOException {
    CreditLine sparse = DefactoJson.readCreditLines(Fixtures.path("credit-lines-page.json")).get(1);

    assertThat(sparse).isEqualTo(new CreditLine(Optional.empty(), "800100200", "EUR", OptionalLong.empty(),
        OptionalLong.empty(), 0, 0, Optional.empty()));
  }

  @Test
  void readsABareArrayAndASingleCreditLine() {
    String one = "{\"default_borrower\": {\"identifier\": \"1\"}, \"currency\": \"GBP\", \"balance_available\": 10}";

    assertThat(DefactoJson.readCreditLines("c.json", one)).extracting(CreditLine::currency).containsExactly("GBP");
    assertThat(DefactoJson.readCreditLines("c.json", "[" + one + "," + one + "]")).hasSize(2);
  }

  @Test
  void readsADailyRateWrittenAsText() {
    String json = "{\"default_borrower\": {\"identifier\": \"1\"}, \"fees_daily_rate\": \"0.00025\"}";

    assertThat(DefactoJson.readCreditLines("c.json", json).get(0).feesDailyRate()).contains(new BigDecimal("0.00025"));
  }

  @Test
  void requiresTheDefaultBorrowersIdentifierSinceInvoicesAreMatchedByIt() {
    String message = "c.json:1:1: credit line has no default_borrower.identifier, so no invoice can be matched to it";

    assertThatThrownBy(() -> DefactoJson.readCreditLines("c.json", "{\"pool_amount\": 100}"))
        .isInstanceOf(InputException.class).hasMessage(message);
    assertThatThrownBy(() -> DefactoJson.readCreditLines("c.json", "{\"default_borrower\": null}"))
        .isInstanceOf(InputException.class).hasMessage(message);
    assertThatThrownBy(() -> DefactoJson.readCreditLines("c.json", "{\"default_borrower\": {\"name\": \"No id\"}}"))
        .isInstanceOf(InputException.class).hasMessage(message);
  }

  @Test
  void rejectsNegativeBalancesAndUnknownCurrencies() {
    assertThatThrownBy(() -> DefactoJson.readCreditLines("c.json", "{\"default_borrower\": {\"identifier\": \"1\"}, \"balance_pending\": -3}"))
        .isInstanceOf(InputException.class)
        .hasMessage("c.json:1:62: balance_pending must not be negative, got -3");
    assertThatThrownBy(() -> DefactoJson.readCreditLines("c.json", "{\"currency\": \"ZZZ\"}"))
        .isInstanceOf(InputException.class)
        .hasMessage("c.json:1:14: unknown currency \"ZZZ\" (expected an ISO 4217 code such as EUR or GBP)");
  }

  @Test
  void rejectsADailyRateThatIsNoNumber() {
    assertThatThrownBy(() -> DefactoJson.readCreditLines("c.json", "{\"default_borrower\": {\"identifier\": \"1\"}, \"fees_daily_rate\": \"low\"}"))
        .isInstanceOf(InputException.class)
        .hasMessage("c.json:1:62: fees_daily_rate must be a number, got \"low\"");
  }
}
