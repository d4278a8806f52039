package org.sitrep.digest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Location;

/**
 * Which day and area a daily digest covers. {@code region} is either an ISO 3166-1 alpha-2 country
 * code (two capital letters, e.g. {@code SY}) or a first-level division name as stored in
 * {@code location.admin1} (e.g. {@code North Darfur}, matched case-insensitively); empty means
 * everywhere.
 */
public record DigestRequest(LocalDate date, Optional<String> region) {
  public DigestRequest {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(region, "region");
    region.ifPresent(
        r -> {
          if (r.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
          }
        });
  }

  public static DigestRequest of(LocalDate date, String regionOrNull) {
    return new DigestRequest(date, Optional.ofNullable(regionOrNull));
  }

  boolean isCountryCode() {
    return region.map(r -> r.matches("[A-Z]{2}")).orElse(false);
  }

  /** Whether an event at {@code location} falls inside the requested region. */
  boolean covers(Location location) {
    if (region.isEmpty()) {
      return true;
    }
    if (location == null) {
      return false;
    }
    String r = region.get();
    if (isCountryCode()) {
      return r.equals(location.country());
    }
    return location.admin1() != null
        && location.admin1().toLowerCase(Locale.ROOT).equals(r.toLowerCase(Locale.ROOT));
  }

  /** Whether an event dated {@code start..end} (ISO dates) took place on the requested day. */
  boolean coversDay(String start, String end) {
    if (start == null) {
      return false;
    }
    LocalDate s = LocalDate.parse(start);
    LocalDate e = end == null ? s : LocalDate.parse(end);
    return !date.isBefore(s) && !date.isAfter(e);
  }
}
