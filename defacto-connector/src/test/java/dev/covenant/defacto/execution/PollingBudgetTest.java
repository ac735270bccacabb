package dev.covenant.defacto.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class PollingBudgetTest {
  @Test
  void waitsDoubleFromTheFirstUpToTheCap() {
    PollingBudget budget = new PollingBudget(10, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(15));

    assertThat(budget.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(budget.backoff(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(budget.backoff(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(budget.backoff(4)).isEqualTo(Duration.ofSeconds(15));
    assertThat(budget.backoff(1_000)).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void impossibleBudgetsAreRefused() {
    assertThatThrownBy(() -> new PollingBudget(-1, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PollingBudget(3, Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PollingBudget(3, Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter");
    // A budget of centuries would overflow the deadline on the clock mid-batch: refused up front.
    assertThatThrownBy(() -> new PollingBudget(3, ChronoUnit.FOREVER.getDuration(), Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not exceed PT24H");
  }

  @Test
  void disabledMakesNoRead() {
    assertThat(PollingBudget.disabled().maxAttempts()).isZero();
  }
}
