package dev.covenant.samples.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultPlanTest {
  @Test
  void theDocumentedExampleParses() {
    FaultPlan plan = FaultPlan.parse("POST /loans=504-after:20%,reset:10%,429:5%;*=latency:20ms", 1);
    assertThat(plan).hasToString("POST /loans=504-after:20%,reset:10%,429:5%;*=latency:20ms");
    assertThat(FaultPlan.parse("  ", 1)).hasToString("no faults");
    assertThat(FaultPlan.parse("GET /loan/*=429:5%:retry-after=2;GET /hello=latency:2s:10%", 1)).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "POST /loans                 | expected ROUTE=FAULT",
      "POST /loans=boom:10%        | unknown fault 'boom'",
      "POST /loans=500             | needs a share",
      "POST /loans=500:ten%        | a share is a percentage",
      "POST /loans=500:0%          | more than 0%",
      "POST /loans=500:60%,504:50% | more than 100%",
      "POST loans=500:10%          | a route is",
      "POST /loans=latency         | latency is",
      "POST /loans=latency:fast    | a latency is milliseconds or seconds",
      "POST /loans=429:5%:wait=2   | retry-after",
      "POST /loans=                | no fault"})
  void badRulesAreRefusedNamingTheRule(String spec, String why) {
    assertThatThrownBy(() -> FaultPlan.parse(spec, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fault rule '" + spec.strip() + "'").hasMessageContaining(why);
  }
}
