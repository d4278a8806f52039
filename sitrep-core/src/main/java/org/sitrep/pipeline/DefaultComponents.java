package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actor.ActorDictionary;
import org.sitrep.actor.LexiconActorRecognizer;
import org.sitrep.attribution.AttributionFinder;
import org.sitrep.attribution.CueLexicon;
import org.sitrep.attribution.ReportingVerbLexicon;
import org.sitrep.attribution.StanceRules;
import org.sitrep.event.ActorKnowledge;
import org.sitrep.event.ContextWords;
import org.sitrep.event.SentenceEventExtractor;
import org.sitrep.event.TriggerFinder;
import org.sitrep.event.TriggerLexicon;
import org.sitrep.geo.DefaultGeoparser;
import org.sitrep.lexicon.PhraseLexicon;
import org.sitrep.lexicon.Resources;
import org.sitrep.model.Actor;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.quantity.IncidentCounts;
import org.sitrep.quantity.PeriodTolls;
import org.sitrep.quantity.RuleCasualtyCounter;
import org.sitrep.segment.RoundupSegmenter;
import org.sitrep.time.RuleTimeRecognizer;

/**
 * Assembles the default pipeline from each stage's bundled lexicons and models, loaded once.
 * The one place that knows every stage's default implementation.
 */
final class DefaultComponents {
  private DefaultComponents() {}

  static SitrepPipeline pipeline() {
    ActorDictionary dictionary = ActorDictionary.standard();
    DefaultGeoparser geoparser = DefaultGeoparser.createDefault();
    TriggerLexicon triggers = TriggerLexicon.load();
    ContextWords context = ContextWords.load();
    CueLexicon doubts = CueLexicon.doubts();
    ReportingVerbLexicon verbs = ReportingVerbLexicon.load();
    SentenceEventExtractor events = new SentenceEventExtractor(
        new TriggerFinder(triggers, context),
        new AttributionFinder(verbs),
        StanceRules.createDefault(),
        doubts,
        CueLexicon.hedges(),
        modalityCues(),
        context,
        knowledge(dictionary));
    return new SitrepPipeline(
        RoundupSegmenter.createDefault(),
        new CoreNlpAnnotator(),
        new LexiconActorRecognizer(dictionary),
        geoparser,
        RuleTimeRecognizer.load(),
        RuleCasualtyCounter.load(),
        new IncidentCounts(PeriodTolls.load()),
        triggers,
        context,
        new ParseSelector(doubts, verbs),
        events,
        dictionary::isGeneric,
        iso2 -> geoparser.gazetteer().country(iso2).orElse(null));
  }

  private static PhraseLexicon<String> modalityCues() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String[] c : Resources.rows(org.sitrep.event.TriggerLexicon.class, "modality-cues.tsv", 2)) {
      m.put(c[0], c[1]);
    }
    return new PhraseLexicon<>(m);
  }

  private static ActorKnowledge knowledge(ActorDictionary d) {
    return new ActorKnowledge() {
      @Override
      public Optional<Actor> forcesOf(String country) {
        return d.forcesOf(country);
      }

      @Override
      public Optional<Actor> governmentOf(String country) {
        return d.governmentOf(country);
      }

      @Override
      public boolean isGeneric(Actor actor) {
        return d.isGeneric(actor);
      }

      @Override
      public Optional<String> countryOfDemonym(String word) {
        return d.countryOfDemonym(word);
      }
    };
  }
}
