package org.sitrep.export;

import java.util.Locale;
import org.sitrep.model.Actor;

/** ACLED's codes for actor types, interactions, disorder types and geographic precision. */
final class AcledCodes {
  private AcledCodes() {}

  /**
   * ACLED's inter code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
   * 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; 0 when there is no actor.
   */
  static int inter(Actor actor, String type, boolean first) {
    if (first && actor == null || first && "civilians".equals(actor.kind())) {
      if ("Protests".equals(type)) {
        return 6;
      }
      if ("Riots".equals(type)) {
        return 5;
      }
    }
    if (actor == null) {
      return 0;
    }
    return switch (actor.kind()) {
      case "state_forces", "government" -> 1;
      case "rebel_group" -> 2;
      case "political_militia" -> 3;
      case "identity_militia" -> 4;
      case "civilians" -> 7;
      default -> 8;
    };
  }

  /** Two-digit interaction code, lower code first; a sole actor's code times ten. */
  static String interaction(int inter1, int inter2) {
    if (inter1 == 0 && inter2 == 0) {
      return "";
    }
    if (inter1 == 0 || inter2 == 0) {
      return Integer.toString(Math.max(inter1, inter2) * 10);
    }
    return Integer.toString(Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2));
  }

  static String disorderType(String type, String subtype) {
    if (type == null) {
      return "";
    }
    return switch (type) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots" -> "Political violence";
      case "Protests" -> "Excessive force against protesters".equals(subtype)
          ? "Political violence; Demonstrations" : "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> "";
    };
  }

  /** ACLED: 1 the town itself, 2 near or part of a region, 3 a larger region only. */
  static String geoPrecision(String precision) {
    if (precision == null) {
      return "";
    }
    return switch (precision) {
      case "point", "town" -> "1";
      case "district" -> "2";
      default -> "3";
    };
  }

  /** English country name of an ISO 3166 alpha-2 code, or the code when Java does not know it. */
  static String countryName(String iso2) {
    if (iso2 == null || iso2.isBlank()) {
      return "";
    }
    String name = new Locale("", iso2.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() ? iso2 : name;
  }
}
