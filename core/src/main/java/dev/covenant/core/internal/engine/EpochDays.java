package dev.covenant.core.internal.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns date-times into dates (as epoch days) in a policy's timezone, fast: ZoneRules look-ups
 * cost more than the rest of a decision, so the transitions of the years invoices live in are
 * flattened once into sorted arrays searched per call.
 */
final class EpochDays {
  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 2100;
  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;
  private final long[] transitionSeconds;
  /** offsets[i] applies before transitionSeconds[i]; the last entry after the last transition. */
  private final int[] offsets;

  EpochDays(ZoneId zone) {
    this.zone = zone;
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      transitionSeconds = new long[0];
      offsets = new int[] {rules.getOffset(Instant.EPOCH).getTotalSeconds()};
      return;
    }
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    long from = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    long to = LocalDate.of(LAST_YEAR, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(from));
    while (next != null && next.toEpochSecond() < to) {
      transitions.add(next);
      next = rules.nextTransition(next.getInstant());
    }
    transitionSeconds = new long[transitions.size()];
    offsets = new int[transitions.size() + 1];
    for (int i = 0; i < transitions.size(); i++) {
      transitionSeconds[i] = transitions.get(i).toEpochSecond();
      offsets[i] = transitions.get(i).getOffsetBefore().getTotalSeconds();
    }
    offsets[transitions.size()] = transitions.isEmpty()
        ? rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds()
        : transitions.get(transitions.size() - 1).getOffsetAfter().getTotalSeconds();
  }

  ZoneId zone() {
    return zone;
  }

  long epochDay(OffsetDateTime dateTime) {
    long seconds = dateTime.toEpochSecond();
    return Math.floorDiv(seconds + offsetAt(seconds), SECONDS_PER_DAY);
  }

  private int offsetAt(long epochSecond) {
    if (transitionSeconds.length == 0) {
      return offsets[0];
    }
    long first = transitionSeconds[0];
    long last = transitionSeconds[transitionSeconds.length - 1];
    if (epochSecond < first - 366 * SECONDS_PER_DAY || epochSecond > last + 366 * SECONDS_PER_DAY) {
      // Outside the flattened years: ask the rules, which also know far-future daylight saving.
      return zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
    int low = 0;
    int high = transitionSeconds.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (transitionSeconds[mid] <= epochSecond) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return offsets[low];
  }

  /** The start of a date in this zone, so that a date given in a test reads back as that date. */
  OffsetDateTime startOf(LocalDate date) {
    return date.atStartOfDay(zone).toOffsetDateTime();
  }

  static ZoneOffset utc() {
    return ZoneOffset.UTC;
  }
}
