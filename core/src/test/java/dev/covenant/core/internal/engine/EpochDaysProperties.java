package dev.covenant.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The flattened offset table gives the dates java.time gives, daylight saving and odd offsets included. */
class EpochDaysProperties {
  private static final String[] ZONES = {"Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kathmandu",
      "Pacific/Chatham", "UTC", "Europe/London", "America/Sao_Paulo"};

  @Property(tries = 3_000)
  void aDateTimeBecomesTheDateJavaTimeGivesInTheZone(
      // 1900 to 2200: before, inside and after the flattened years.
      @ForAll @LongRange(min = -2_208_988_800L, max = 7_258_118_400L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 7) int zoneIndex,
      @ForAll @IntRange(min = -12, max = 14) int offsetHours) {
    ZoneId zone = ZoneId.of(ZONES[zoneIndex]);
    OffsetDateTime dateTime = Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.ofHours(offsetHours));

    assertThat(new EpochDays(zone).epochDay(dateTime))
        .isEqualTo(dateTime.atZoneSameInstant(zone).toLocalDate().toEpochDay());
  }

  @Property(tries = 500)
  void aroundEveryParisTransitionTheDateIsRight(@ForAll @IntRange(min = 1971, max = 2099) int year,
      @ForAll @IntRange(min = -7_200, max = 7_200) int secondsFromTransition, @ForAll boolean spring) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    Instant transition = paris.getRules().nextTransition(
        java.time.LocalDate.of(year, spring ? 1 : 7, 1).atStartOfDay(paris).toInstant()).getInstant();
    OffsetDateTime dateTime = transition.plusSeconds(secondsFromTransition).atOffset(ZoneOffset.UTC);

    assertThat(new EpochDays(paris).epochDay(dateTime))
        .isEqualTo(dateTime.atZoneSameInstant(paris).toLocalDate().toEpochDay());
  }
}
