package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Sentence;

/**
 * Per story and per country, the place below country level that the story names for that
 * country, by the rule of {@link SitrepPipeline#segmentFocus} applied to that country's places
 * alone. An event the text places only in a country ("a chemical attack in Syria that killed 72")
 * takes the place the same story names in that country ("72 people died in the town of Khan
 * Sheikhoun"), even when the story names a place abroad more often ("said in Washington").
 * Stateless.
 */
final class CountryFocus {
  private CountryFocus() {}

  /**
   * @return story index → country code → place; countries of which the story names no such place
   *     are absent
   */
  static Map<Integer, Map<String, Place>> of(
      List<PlaceMention> places, List<Sentence> sentences, Map<Integer, Integer> storyOf) {
    Map<String, List<PlaceMention>> byCountry = new HashMap<>();
    for (PlaceMention p : places) {
      Place place = p.place();
      if (place != null && !p.isDemonym() && place.country() != null && !"country".equals(place.precision())) {
        byCountry.computeIfAbsent(place.country(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<Integer, Map<String, Place>> out = new HashMap<>();
    byCountry.forEach((country, mentions) -> SitrepPipeline.segmentFocus(mentions, sentences, storyOf, country)
        .forEach((story, place) -> out.computeIfAbsent(story, k -> new HashMap<>()).put(country, place)));
    return out;
  }
}
