package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.covenant.core.model.LoanProposal;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LoansJsonTest {
  @Test
  void readsOneLoanAsGetLoanReturnsIt() throws IOException {
    assertThat(DefactoJson.readLoans(Fixtures.path("loan.json"))).containsExactly(new LoanProposal(
        "a7c0e0f1-0000-4000-8000-0000000000e1", 280000, "EUR", OptionalLong.of(1540),
        Optional.of(OffsetDateTime.parse("2026-11-20T00:00:00Z")), Optional.of(OffsetDateTime.parse("2026-12-01T00:00:00Z")),
        "TO_VALIDATE", Optional.of("900300400")));
  }

  @Test
  void readsAPageAndAnArrayOfLoans() {
    String loan = "{\"id\": \"L-%d\", \"amount\": 100, \"status\": \"TO_VALIDATE\"}";
    String two = String.format(loan, 1) + "," + String.format(loan, 2);

    assertThat(DefactoJson.readLoans("l.json", "{\"count\": 2, \"data\": [" + two + "]}"))
        .extracting(LoanProposal::id).containsExactly("L-1", "L-2");
    assertThat(DefactoJson.readLoans("l.json", "[" + two + "]")).hasSize(2);
  }

  @Test
  void defaultsTheCurrencyToEuroAndLeavesOptionalFieldsEmpty() {
    LoanProposal loan = DefactoJson.readLoans("l.json", "{\"id\": \"L-1\", \"amount\": 5, \"status\": \"DECLINED\", \"borrower\": null}").get(0);

    assertThat(loan).isEqualTo(new LoanProposal("L-1", 5, "EUR", OptionalLong.empty(), Optional.empty(), Optional.empty(),
        "DECLINED", Optional.empty()));
  }

  @Test
  void requiresIdAmountAndStatus() {
    assertThatThrownBy(() -> DefactoJson.readLoans("l.json", "{\"amount\": 5, \"status\": \"CLOSED\"}"))
        .isInstanceOf(InputException.class).hasMessage("l.json:1:1: loan has no id");
    assertThatThrownBy(() -> DefactoJson.readLoans("l.json", "{\"id\": \"L-1\", \"status\": \"CLOSED\"}"))
        .isInstanceOf(InputException.class).hasMessage("l.json:1:1: loan L-1 has no amount");
    assertThatThrownBy(() -> DefactoJson.readLoans("l.json", "{\"id\": \"L-1\", \"amount\": 5}"))
        .isInstanceOf(InputException.class).hasMessage("l.json:1:1: loan L-1 has no status");
  }

  @Test
  void rejectsAnEstimatedFeeInFloatingPoint() {
    assertThatThrownBy(() -> DefactoJson.readLoans("l.json", "{\"id\": \"L-1\", \"amount\": 5, \"status\": \"TO_VALIDATE\", \"fees_estimated\": 1.5}"))
        .isInstanceOf(InputException.class)
        .hasMessage("l.json:1:71: fees_estimated must be a whole number of cents, got 1.5");
  }
}
