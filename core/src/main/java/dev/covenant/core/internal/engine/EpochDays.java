package dev.covenant.core.internal.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Turns date-times into dates (as epoch days) in a policy's timezone without allocating.
 * ZoneRules look-ups (a per-year cache keyed by a boxed year, for zones with recurring rules)
 * and binary searches cost more than the rest of a decision, so the transitions of 1970-2100 are
 * listed once, with, per 2^22 seconds (48 days), the first transition at or after it: a look-up
 * is one array read and at most a step or two forward. Outside that range, ZoneRules decide.
 */
final class EpochDays {
  private static final long FROM = 0;
  private static final long UNTIL = LocalDate.of(2100, 1, 1).toEpochDay() * 86_400;
  private static final int BUCKET_SHIFT = 22;
  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;
  private final ZoneRules rules;
  /** Ends with Long.MAX_VALUE, so stepping forward needs no bounds check. */
  private final long[] transitions;
  /** offsets[i] is in force before transitions[i] and from transitions[i - 1]. */
  private final int[] offsets;
  private final int[] firstTransition;

  EpochDays(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    long[] seconds = new long[16];
    int[] before = new int[16];
    int count = 0;
    int offset = rules.getOffset(Instant.ofEpochSecond(FROM)).getTotalSeconds();
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(FROM));
    while (next != null && next.toEpochSecond() < UNTIL) {
      if (count + 1 == seconds.length) {
        seconds = Arrays.copyOf(seconds, seconds.length * 2);
        before = Arrays.copyOf(before, before.length * 2);
      }
      seconds[count] = next.toEpochSecond();
      before[count] = offset;
      offset = next.getOffsetAfter().getTotalSeconds();
      count++;
      next = rules.nextTransition(next.getInstant());
    }
    seconds[count] = Long.MAX_VALUE;
    before[count] = offset;
    this.transitions = Arrays.copyOf(seconds, count + 1);
    this.offsets = Arrays.copyOf(before, count + 1);
    int buckets = (int) ((UNTIL - 1) >>> BUCKET_SHIFT) + 1;
    this.firstTransition = new int[buckets];
    int index = 0;
    for (int bucket = 0; bucket < buckets; bucket++) {
      long start = (long) bucket << BUCKET_SHIFT;
      while (transitions[index] < start) {
        index++;
      }
      firstTransition[bucket] = index;
    }
  }

  ZoneId zone() {
    return zone;
  }

  long epochDay(OffsetDateTime dateTime) {
    long second = dateTime.toEpochSecond();
    int offset;
    if (second >= FROM && second < UNTIL) {
      int index = firstTransition[(int) (second >>> BUCKET_SHIFT)];
      // At a transition's own second the new offset applies, as in ZoneRules.getOffset(Instant).
      while (second >= transitions[index]) {
        index++;
      }
      offset = offsets[index];
    } else {
      offset = rules.getOffset(dateTime.toInstant()).getTotalSeconds();
    }
    return Math.floorDiv(second + offset, SECONDS_PER_DAY);
  }

  /** The start of a date in this zone, so that a date given in a test reads back as that date. */
  OffsetDateTime startOf(LocalDate date) {
    return date.atStartOfDay(zone).toOffsetDateTime();
  }
}
