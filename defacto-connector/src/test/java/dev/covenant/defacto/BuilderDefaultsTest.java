package dev.covenant.defacto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuilderDefaultsTest {
  @Test
  void talksToTheSandboxUnlessProductionIsAskedFor() {
    try (DefactoClient client = DefactoClient.builder().apiKey(() -> "k").build()) {
      assertThat(client.toString()).isEqualTo("DefactoClient[https://api-sandbox.getdefacto.com]");
    }
    try (DefactoClient client = DefactoClient.builder().production().apiKey(() -> "k").build()) {
      assertThat(client.toString()).isEqualTo("DefactoClient[https://api.getdefacto.com]");
    }
  }

  @Test
  void waitsLongerThanDefactosOwnThirtySecondsForAnAnswer() {
    Matcher timeout = Pattern.compile("readTimeout=(PT[^,]+),").matcher(DefactoClient.builder().toString());

    assertThat(timeout.find()).isTrue();
    // Defacto answers a slow loan or borrower creation with a 504 at 30 s: reading less would
    // turn its answer into an I/O error of unknown outcome.
    assertThat(Duration.parse(timeout.group(1))).isGreaterThan(Duration.ofSeconds(30));
  }
}
