package dev.covenant.defacto.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentIdsTest {
  @Test
  void aRepeatIsRecognisedWhileRemembered() {
    RecentIds ids = new RecentIds(3);

    assertThat(ids.firstSight("a")).isTrue();
    assertThat(ids.firstSight("a")).isFalse();
  }

  @Test
  void memoryStaysWithinTheBoundForgettingTheLeastRecentlySeen() {
    RecentIds ids = new RecentIds(2);
    ids.firstSight("a");
    ids.firstSight("b");
    ids.firstSight("a");
    ids.firstSight("c");

    assertThat(ids.size()).isEqualTo(2);
    assertThat(ids.firstSight("a")).isFalse();
    assertThat(ids.firstSight("b")).isTrue();
  }

  @Test
  void aForgottenIdIsSeenAfresh() {
    RecentIds ids = new RecentIds(2);
    ids.firstSight("a");
    ids.forget("a");

    assertThat(ids.firstSight("a")).isTrue();
  }
}
