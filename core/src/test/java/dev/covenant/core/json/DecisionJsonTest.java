package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.Decision;
import dev.covenant.core.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
  @Test
  void writesAFinanceDecisionWithItsExplanation() {
    assertThat((JsonNode) DecisionJson.toNode(SampleDecisions.finance(), true)).isEqualTo(Fixtures.tree("decision-finance.json"));
  }

  @Test
  void writesASkipDecisionWithNullsForWhatItLacks() {
    assertThat((JsonNode) DecisionJson.toNode(SampleDecisions.skip(), true)).isEqualTo(Fixtures.tree("decision-skip.json"));
  }

  @Test
  void leavesTheExplanationOutWhenAskedTo() {
    ObjectNode expected = (ObjectNode) Fixtures.tree("decision-finance.json");
    expected.remove("explanation");

    assertThat((JsonNode) DecisionJson.toNode(SampleDecisions.finance(), false)).isEqualTo(expected);
  }

  @Test
  void writesKeysInAFixedOrderOnOneLineWithMoneyInCents() {
    assertThat(DecisionJson.toJson(SampleDecisions.finance(), false)).isEqualTo("{\"invoice_number\":\"ACME-2026-0117\","
        + "\"seller_identifier\":\"900300400\",\"outcome\":\"FINANCE\",\"rule\":\"small invoices\","
        + "\"reason\":\"small and soon due\",\"amount\":280000,\"currency\":\"EUR\",\"auto_validate\":true,"
        + "\"salt_id\":\"cov1-6a269c273509b643dff3b023fa654156\",\"to_pay_at\":\"2026-11-20\",\"to_repay_at\":\"2026-12-01\","
        + "\"borrower_identifier\":\"900300400\"}");
  }

  @Test
  void givesTheSameBytesForTheSameDecision() {
    assertThat(DecisionJson.toJson(SampleDecisions.skip(), true)).isEqualTo(DecisionJson.toJson(SampleDecisions.skip(), true));
  }

  @Test
  void writesNoAmountUnlessTheOutcomeIsFinance() {
    Decision finance = SampleDecisions.finance();
    Decision review = new Decision(finance.invoice(), Outcome.REVIEW, finance.rule(), "a person must look",
        finance.amount(), finance.payOn(), finance.repayOn(), false, finance.borrowerIdentifier(), finance.explanation());

    ObjectNode json = DecisionJson.toNode(review, false);

    assertThat(json.get("outcome").textValue()).isEqualTo("REVIEW");
    assertThat(json.get("amount").isNull()).isTrue();
    assertThat(json.get("currency").textValue()).isEqualTo("EUR");
  }

  @Test
  void streamsManyDecisionsThroughOneGenerator() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = Fixtures.MAPPER.getFactory().createGenerator(text)) {
      out.writeStartArray();
      DecisionJson.write(out, SampleDecisions.finance(), true);
      DecisionJson.write(out, SampleDecisions.skip(), false);
      out.writeEndArray();
    }

    List<JsonNode> written = new ArrayList<>();
    Fixtures.parse(text.toString()).forEach(written::add);
    assertThat(written).containsExactly(
        DecisionJson.toNode(SampleDecisions.finance(), true), DecisionJson.toNode(SampleDecisions.skip(), false));
  }

  @Test
  void writesAValidationDecisionWithItsExplanation() {
    assertThat((JsonNode) DecisionJson.toNode(SampleDecisions.cancel(), true)).isEqualTo(Fixtures.tree("validation-cancel.json"));
    assertThat(DecisionJson.toJson(SampleDecisions.cancel(), false)).isEqualTo("{\"loan_id\":\"a7c0e0f1-0000-4000-8000-0000000000e1\","
        + "\"outcome\":\"CANCEL\",\"rule\":\"fees too high\",\"reason\":\"fees above 2%\"}");
  }
}
