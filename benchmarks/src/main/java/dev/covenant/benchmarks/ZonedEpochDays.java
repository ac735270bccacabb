package dev.covenant.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The date of a date-time in one zone, as an epoch day, without allocating: what
 * {@code dateTime.atZoneSameInstant(zone).toLocalDate().toEpochDay()} gives.
 *
 * <p>Why not {@link ZoneRules#getOffset(Instant)}: for Europe/Paris, java.time's tzdb keeps explicit
 * transitions only up to 1997 and derives later ones from the EU's recurring rule through a
 * per-year cache keyed by a boxed {@code Integer}; and {@code atZoneSameInstant} builds a
 * {@code ZonedDateTime} besides. Why not a binary search over the transitions: its eight or nine
 * unpredictable branches cost more than the rest of the conversion. Here the transitions of 1970 to
 * 2100 are listed once, with, for every 2^22 seconds (48 days), the first transition not before
 * them: a look-up is one array read and, for Europe/Paris, at most one step forward. Outside that
 * range it falls back to {@code ZoneRules}.
 */
final class ZonedEpochDays {
  private static final long FROM = 0;
  private static final long UNTIL = LocalDate.of(2100, 1, 1).toEpochDay() * 86_400;
  private static final int BUCKET_SHIFT = 22;

  private final ZoneRules rules;
  // Ends with Long.MAX_VALUE, so that stepping forward needs no bounds check.
  private final long[] transitions;
  // offsets[i] is the offset in force before transitions[i] (and from transitions[i - 1]).
  private final int[] offsets;
  // firstTransition[b] is the index of the first transition at or after second b << BUCKET_SHIFT.
  private final int[] firstTransition;

  ZonedEpochDays(ZoneId zone) {
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

  /** The epoch day of {@code dateTime}'s date in the zone. */
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
    return Math.floorDiv(second + offset, 86_400);
  }
}
