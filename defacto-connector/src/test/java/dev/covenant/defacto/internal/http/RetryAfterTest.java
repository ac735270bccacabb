package dev.covenant.defacto.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

  @Test
  void readsSeconds() {
    assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofMinutes(2));
  }

  @Test
  void readsAnHttpDateRelativeToTheClock() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", clock)).contains(Duration.ofSeconds(30));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", clock)).contains(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
  }

  @Test
  void readsSecondsTooManyForALongAsTheLongestWait() {
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).contains(Duration.ofSeconds(Long.MAX_VALUE));
  }
}
