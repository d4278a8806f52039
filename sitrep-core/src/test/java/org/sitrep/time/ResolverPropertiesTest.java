package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ResolverPropertiesTest {
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 30_000).map(d -> LocalDate.of(1980, 1, 1).plusDays(d));
  }

  @Property
  void pastWeekdayIsWithinTheWeekBeforePublication(@ForAll("dates") LocalDate published,
      @ForAll @IntRange(min = 1, max = 7) int weekday) {
    LocalDate d = WeekdayResolver.past(published, weekday);
    assertThat(d.getDayOfWeek().getValue()).isEqualTo(weekday);
    assertThat(ChronoUnit.DAYS.between(d, published)).isBetween(0L, 6L);
  }

  @Property
  void futureWeekdayIsWithinTheWeekAfterPublication(@ForAll("dates") LocalDate published,
      @ForAll @IntRange(min = 1, max = 7) int weekday) {
    LocalDate d = WeekdayResolver.future(published, weekday);
    assertThat(d.getDayOfWeek().getValue()).isEqualTo(weekday);
    assertThat(ChronoUnit.DAYS.between(published, d)).isBetween(0L, 6L);
  }

  @Property
  void monthDayLiesWithinAboutSixMonthsOfPublication(@ForAll("dates") LocalDate published,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
    LocalDate d = LocalDate.of(MonthDayResolver.nearestYear(published, month, day), month, day);
    assertThat(Math.abs(ChronoUnit.DAYS.between(published, d))).isLessThanOrEqualTo(184L);
  }

  @Property
  void pastMonthNeverStartsAfterPublication(@ForAll("dates") LocalDate published,
      @ForAll @IntRange(min = 1, max = 12) int month) {
    LocalDate first = LocalDate.of(MonthDayResolver.monthYear(published, month, -1), month, 1);
    assertThat(first).isBeforeOrEqualTo(published);
    assertThat(ChronoUnit.MONTHS.between(first, published)).isLessThan(12L);
  }
}
