package org.sitrep.event;

import java.time.LocalDate;

/** When an event happened as one sentence tells it; either bound may be null. */
public record DateRange(LocalDate start, LocalDate end, String precision) {
  public boolean overlaps(DateRange o, int slackDays) {
    if (start == null && end == null || o.start == null && o.end == null) {
      return true;
    }
    LocalDate aStart = start != null ? start : end;
    LocalDate aEnd = end != null ? end : start;
    LocalDate bStart = o.start != null ? o.start : o.end;
    LocalDate bEnd = o.end != null ? o.end : o.start;
    return !aStart.isAfter(bEnd.plusDays(slackDays)) && !bStart.isAfter(aEnd.plusDays(slackDays));
  }
}
