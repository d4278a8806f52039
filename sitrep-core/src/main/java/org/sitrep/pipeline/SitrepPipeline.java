package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitrep.actor.ActorMention;
import org.sitrep.actor.ActorRecognizer;
import org.sitrep.event.TopicShift;
import org.sitrep.event.ContextWords;
import org.sitrep.event.DocumentContext;
import org.sitrep.event.EventMention;
import org.sitrep.event.SentenceEventExtractor;
import org.sitrep.event.SentenceInput;
import org.sitrep.event.TriggerLexicon;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.link.DocumentEventMerger;
import org.sitrep.model.Actor;
import org.sitrep.model.EventRecord;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceAnnotator;
import org.sitrep.quantity.CasualtyCounter;
import org.sitrep.quantity.CasualtyMention;
import org.sitrep.quantity.IncidentCounts;
import org.sitrep.segment.Segmenter;
import org.sitrep.text.CharSpan;
import org.sitrep.text.Document;
import org.sitrep.text.Segment;
import org.sitrep.time.TimeMention;
import org.sitrep.time.TimeRecognizer;

/**
 * The extraction pipeline, read top to bottom: document → segments → sentences → mentions
 * (actors, places, times, casualty figures) → parsed sentences that can carry events → event
 * mentions with roles and attributions → mentions of one event merged → output records. Only
 * sentences that may hold a trigger or a claim are parsed, because parsing is the cost.
 * Thread-safe: every stage is, and per-document state lives in a {@link DocumentContext}.
 */
public final class SitrepPipeline implements EventExtractor {
  private static final int DATELINE_CHARS = 80;
  /** How many non-blank opening lines may hold a statement's date line (title, subtitle, date). */
  private static final int TITLE_LINES = 4;
  private static final int MIN_FOCUS_MENTIONS = 2;
  private final Segmenter segmenter;
  private final SentenceAnnotator annotator;
  private final ActorRecognizer actors;
  private final Geoparser geoparser;
  private final TimeRecognizer times;
  private final CasualtyCounter casualties;
  private final IncidentCounts incidentCounts;
  private final TriggerLexicon triggers;
  private final ContextWords contextWords;
  private final ParseSelector parseSelector;
  private final SentenceEventExtractor events;
  private final DocumentEventMerger merger;
  private final EventAssembler assembler;
  private final ReportingPlaces reportingPlaces = ReportingPlaces.load();
  private final PageFurniture pageFurniture = PageFurniture.load();
  private final RoadDestinations roadDestinations = RoadDestinations.load();
  private final FacilityPlaces facilityPlaces = FacilityPlaces.load();
  private final Function<String, Place> countryPlace;

  public SitrepPipeline(
      Segmenter segmenter, SentenceAnnotator annotator, ActorRecognizer actors, Geoparser geoparser,
      TimeRecognizer times, CasualtyCounter casualties, IncidentCounts incidentCounts,
      TriggerLexicon triggers, ContextWords contextWords,
      ParseSelector parseSelector,
      SentenceEventExtractor events, Predicate<Actor> genericActor,
      Function<String, Place> countryPlace) {
    this.segmenter = segmenter;
    this.annotator = annotator;
    this.actors = actors;
    this.geoparser = geoparser;
    this.times = times;
    this.casualties = casualties;
    this.incidentCounts = incidentCounts;
    this.triggers = triggers;
    this.contextWords = contextWords;
    this.parseSelector = parseSelector;
    this.events = events;
    this.merger = new DocumentEventMerger(genericActor);
    this.assembler = new EventAssembler(genericActor);
    this.countryPlace = countryPlace;
  }

  public static SitrepPipeline createDefault() {
    return DefaultComponents.pipeline();
  }

  @Override
  public List<EventRecord> extract(Document doc) {
    Analysis a = analyse(doc);
    List<EventRecord> out = new ArrayList<>();
    java.util.Set<EventRecord> ownDate = new java.util.HashSet<>();
    for (List<EventMention> event : merger.merge(a.mentions())) {
      int story = event.get(0).segment();
      EventRecord record = assembler.assemble(doc, event, a.focus(), a.segmentFocus().get(story),
          a.countryFocus().getOrDefault(story, Map.of()));
      out.add(record);
      if (event.stream().anyMatch(m -> m.date() != null)) {
        ownDate.add(record);
      }
    }
    // The date events were resolved against: the publication date, else the dateline's.
    return BackgroundIncidents.withoutBackground(out, ownDate::contains, a.published());
  }

  /**
   * The event mentions of a document before merging, its focus country and each segment's focus
   * place (see {@link #segmentFocus}) and focus place per country (see {@link CountryFocus}); for
   * diagnosis and tests.
   */
  public record Analysis(
      List<EventMention> mentions, Place focus, Map<Integer, Place> segmentFocus,
      Map<Integer, Map<String, Place>> countryFocus, java.time.LocalDate published) {}

  public Analysis analyse(Document doc) {
    String text = doc.text();
    List<Sentence> sentences = new ArrayList<>();
    Map<Integer, Integer> segmentOf = new HashMap<>();
    List<CharSpan> paragraphs = new ArrayList<>();
    List<CharSpan> datelines = new ArrayList<>(); // wire datelines opening paragraphs
    // Stories, numbered in text order: each segment, and within one each paragraph after its first
    // that opens with its own wire dateline (a digest of wire stories is no single story) or
    // turns to another incident.
    int storyIndex = -1;
    for (Segment seg : segmenter.segment(doc)) {
      storyIndex++;
      boolean firstParagraph = true;
      for (CharSpan paragraph : seg.paragraphs()) {
        CharSpan opening = WireDatelines.opening(text, paragraph);
        if (opening != null) {
          datelines.add(opening);
          storyIndex += firstParagraph ? 0 : 1;
        } else if (!firstParagraph && TopicShift.opens(paragraph.of(text))) {
          storyIndex++; // "Separately, suspected ADF fighters attacked ...": another incident's story
        }
        firstParagraph = false;
        paragraphs.add(paragraph);
        for (Sentence s : annotator.split(text, paragraph)) {
          Sentence indexed = new Sentence(sentences.size(), s.span(), s.tokens(), s.dependencies());
          segmentOf.put(indexed.index(), storyIndex);
          sentences.add(indexed);
        }
      }
    }
    // "SANAA, March 9 (Agency) -" says where and when the story was filed, not where or when
    // anything happened; a digest of wire stories opens each paragraph with its own.
    int filedAt = WireDatelines.end(text, 0);
    List<ActorMention> actorMentions = actors.recognize(text, sentences);
    TimeMention dateline = dateline(text, doc.published() == null);
    java.time.LocalDate published = doc.published() != null ? doc.published()
        : dateline != null ? dateline.start() : null;
    Map<Integer, List<TimeMention>> timesOf = new HashMap<>();
    List<CharSpan> timeSpans = new ArrayList<>();
    for (Sentence s : sentences) {
      List<TimeMention> t = new ArrayList<>(times.recognize(text, s, published));
      t.removeIf(m -> dateline != null && m.span().equals(dateline.span())); // the story's date, not an event's
      t.removeIf(m -> datelines.stream().anyMatch(d -> d.contains(m.span())));
      timesOf.put(s.index(), t);
      t.forEach(m -> timeSpans.add(m.span()));
    }
    List<CharSpan> taken = new ArrayList<>(timeSpans);
    actorMentions.forEach(a -> taken.add(a.span()));
    List<PlaceMention> allPlaces = outside(geoparser.geoparse(text, sentences), taken);
    List<CharSpan> furniture = pageFurniture.spans(text, sentences, at -> paragraphs.stream()
        .filter(p -> p.start() <= at && at < p.end()).mapToInt(CharSpan::end).findFirst().orElse(text.length()));
    List<PlaceMention> places = new ArrayList<>();
    String focusCountry = focusCountryCode(allPlaces);
    for (PlaceMention p : reportingPlaces.eventPlaces(text, allPlaces, focusCountry)) {
      if (p.span().start() >= filedAt && furniture.stream().noneMatch(f -> f.contains(p.span()))
          && datelines.stream().noneMatch(d -> d.contains(p.span())) && !roadDestinations.leadsAbroad(text, p, focusCountry)) {
        places.add(p);
      }
    }

    // Figures in page furniture ("Related News ... kills eight") are other stories'.
    Map<Integer, List<CasualtyMention>> counted = new HashMap<>();
    for (Sentence s : sentences) {
      List<CasualtyMention> c = new ArrayList<>(casualties.count(text, s));
      c.removeIf(m -> furniture.stream().anyMatch(f -> f.overlaps(m.span())));
      counted.put(s.index(), c);
    }
    Map<Integer, List<CasualtyMention>> casualtiesOf = incidentCounts.incidentsOnly(sentences, counted);
    List<List<ActorMention>> actorsIn = bySentence(actorMentions, sentences, ActorMention::span);
    List<List<PlaceMention>> placesIn = bySentence(places, sentences, PlaceMention::span);
    placesIn.replaceAll(in -> withoutBorderPartners(text, in, focusCountry));
    casualtiesOf = SummedTolls.incidentsOnly(text, sentences, casualtiesOf, placesIn);
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : sentences) {
      if (furniture.stream().anyMatch(f -> f.contains(s.span()))) {
        continue;
      }
      List<CasualtyMention> c = casualtiesOf.get(s.index());
      boolean hasPlace = !placesIn.get(s.index()).isEmpty();
      boolean named = !c.isEmpty() || !actorsIn.get(s.index()).isEmpty() || hasPlace;
      boolean ground = hasPlace || contextWords.any(s.tokens(), ContextWords.Kind.TERRITORY);
      TriggerLexicon.SentenceCues cues = new TriggerLexicon.SentenceCues(
          contextWords.any(s.tokens(), ContextWords.Kind.AID),
          contextWords.any(s.tokens(), ContextWords.Kind.WEAPON), ground, named);
      if (triggers.mayOccurIn(s, cues) || parseSelector.carriesClaim(s)) {
        Sentence story = s.from(Math.max(filedAt, storyStart(s, datelines)));
        if (story != null) {
          candidates.add(story);
        }
      }
    }
    DocumentContext ctx = new DocumentContext(published, doc.outlet());
    List<EventMention> mentions = new ArrayList<>();
    for (Sentence s : annotator.parse(text, candidates)) {
      SentenceInput in = new SentenceInput(
          segmentOf.get(s.index()), s, actorsIn.get(s.index()), placesIn.get(s.index()), timesOf.get(s.index()),
          casualtiesOf.get(s.index()));
      mentions.addAll(events.extract(text, in, ctx));
    }
    mentions = facilityPlaces.placed(text, sentences, placesIn, segmentOf, mentions);
    Place focus = focusCountry(allPlaces);
    Map<Integer, Place> storyFocus = segmentFocus(places, sentences, segmentOf, focus == null ? null : focus.country());
    if (datelines.size() >= 2) {
      datelineCountries(datelines, allPlaces, sentences, segmentOf).forEach(storyFocus::putIfAbsent);
    }
    return new Analysis(mentions, focus, storyFocus, CountryFocus.of(places, sentences, segmentOf), published);
  }

  /**
   * In a digest of wire stories, per story, the country of its dateline ("GOMA, Congo, July 2"):
   * the fallback of an event its own text places nowhere, rather than the country another story
   * of the digest names most. The country only, never the dateline's town.
   */
  private Map<Integer, Place> datelineCountries(
      List<CharSpan> datelines, List<PlaceMention> allPlaces, List<Sentence> sentences, Map<Integer, Integer> segmentOf) {
    Map<Integer, Place> out = new HashMap<>();
    for (CharSpan d : datelines) {
      Sentence opening = sentences.stream().filter(s -> s.span().contains(new CharSpan(d.start(), d.start())) || s.span().start() >= d.start())
          .findFirst().orElse(null);
      PlaceMention named = allPlaces.stream()
          .filter(p -> d.contains(p.span()) && p.place() != null && p.place().country() != null)
          .findFirst().orElse(null);
      if (opening != null && named != null) {
        Place country = countryPlace.apply(named.place().country());
        if (country != null) {
          out.put(segmentOf.get(opening.index()), country);
        }
      }
    }
    return out;
  }

  /**
   * Per segment, the place below country level that the segment names most often, if it names
   * it at least twice ("Aleppo" in a story about shelling in Aleppo): the fallback location of an
   * event the text places only in a country. A segment that names no place twice but whose
   * places below country level all lie in one first-level division ("a town in eastern Syria …
   * strikes on Al-Mayadin in the province of Deir Ezzor") has the first town of them, else that
   * division; places abroad ("ministers meeting in Brussels") do not count against it when the
   * document's focus country ({@code focusCountry}, may be null) is known. Demonyms ("Syrian")
   * name no such place.
   */
  static Map<Integer, Place> segmentFocus(
      List<PlaceMention> places, List<Sentence> sentences, Map<Integer, Integer> segmentOf, String focusCountry) {
    Map<Integer, Map<String, Integer>> votes = new HashMap<>();
    Map<Integer, List<Place>> named = new HashMap<>();
    Map<String, Place> byKey = new HashMap<>();
    List<List<PlaceMention>> in = bySentence(places, sentences, PlaceMention::span);
    for (Sentence s : sentences) {
      for (PlaceMention p : in.get(s.index())) {
        Place place = p.place();
        if (place == null || p.isDemonym() || "country".equals(place.precision()) || place.country() == null) {
          continue;
        }
        String key = place.geonamesId() != null ? place.geonamesId().toString()
            : place.country() + "/" + place.admin1() + "/" + place.name();
        byKey.putIfAbsent(key, place);
        int segment = segmentOf.get(s.index());
        votes.computeIfAbsent(segment, k -> new java.util.LinkedHashMap<>()).merge(key, 1, Integer::sum);
        if (focusCountry == null || focusCountry.equals(place.country())) {
          named.computeIfAbsent(segment, k -> new ArrayList<>()).add(place);
        }
      }
    }
    Map<Integer, Place> out = new HashMap<>();
    votes.forEach((segment, counts) -> counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_FOCUS_MENTIONS)
        .max(Map.Entry.comparingByValue()) // first named wins a tie: LinkedHashMap order, max keeps the first
        .ifPresentOrElse(e -> out.put(segment, byKey.get(e.getKey())),
            () -> oneDivision(named.getOrDefault(segment, List.of())).ifPresent(p -> out.put(segment, p))));
    return out;
  }

  /** The first town of places that all lie in one first-level division, else that division; empty otherwise. */
  static java.util.Optional<Place> oneDivision(List<Place> places) {
    String division = null;
    for (Place p : places) {
      String d = p.admin1() == null ? null : p.country() + "/" + p.admin1();
      if (d == null || division != null && !division.equals(d)) {
        return java.util.Optional.empty();
      }
      division = d;
    }
    return places.stream().filter(p -> !"region".equals(p.precision())).findFirst()
        .or(() -> places.stream().findFirst());
  }

  /**
   * Without a publication date, a dateline gives it: a full date (day, month and year) at the
   * very start of the text ("Sun 16 Apr 2017 …", "BEIRUT, June 17, 2017 (Reuters) -"), or, for an
   * {@code undated} document, on a short line under its title. Else null, and relative dates stay
   * unresolved.
   */
  private TimeMention dateline(String text, boolean undated) {
    // The opening line itself, not the first kept sentence: segmentation drops a date-only line.
    List<Sentence> head = annotator.split(text, new CharSpan(0, Math.min(text.length(), 2 * DATELINE_CHARS)));
    if (head.isEmpty()) {
      return null;
    }
    for (TimeMention t : times.recognize(text, head.get(0), null)) {
      if (t.span().start() <= DATELINE_CHARS && "day".equals(t.precision()) && t.start() != null) {
        return t;
      }
    }
    // Only an undated document pays for reading its title lines one by one.
    return undated ? datedLineUnderTitle(text) : null;
  }

  /**
   * A statement or press release gives its date on a short line of its own under the title
   * ("Aden, 14 March 2023"): a full date on one of the first few short lines.
   */
  private TimeMention datedLineUnderTitle(String text) {
    int from = 0;
    for (int line = 0; line < TITLE_LINES && from < text.length(); line++) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      String l = text.substring(from, end);
      if (!l.isBlank() && l.strip().length() <= DATELINE_CHARS) {
        for (Sentence s : annotator.split(text, new CharSpan(from, end))) {
          for (TimeMention t : times.recognize(text, s, null)) {
            if ("day".equals(t.precision()) && t.start() != null) {
              return t;
            }
          }
        }
      } else if (l.isBlank()) {
        line--; // blank lines do not count
      }
      from = end + 1;
    }
    return null;
  }

  /** "on the border with Uganda", "near the borders of Chad": the place across a border. */
  private static final java.util.regex.Pattern BORDER_PARTNER = java.util.regex.Pattern.compile(
      "(?i)\\bborders?\\s+(?:with|of)\\s+(?:the\\s+)?$");

  /**
   * A sentence's places less those named as the other side of a border ("clashes in Bunagana on
   * the border with Uganda" happened in Bunagana), unless no other place is left to locate it and
   * the partner is the document's focus country ({@code focusCountry}, may be null): then the
   * event falls back on the focus instead.
   */
  static List<PlaceMention> withoutBorderPartners(String text, List<PlaceMention> places, String focusCountry) {
    List<PlaceMention> kept = new ArrayList<>();
    for (PlaceMention p : places) {
      int start = p.span().start();
      if (!BORDER_PARTNER.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
        kept.add(p);
      }
    }
    if (kept.isEmpty() && places.stream().anyMatch(p -> p.place() == null || focusCountry == null
        || focusCountry.equals(p.place().country()))) {
      return places;
    }
    return kept;
  }

  /** Where the sentence's story starts: after a dateline that opens it, else its own start. */
  private static int storyStart(Sentence s, List<CharSpan> datelines) {
    for (CharSpan d : datelines) {
      if (d.start() <= s.span().start() && s.span().start() < d.end()) {
        return d.end();
      }
    }
    return s.span().start();
  }

  /** A name read as an actor ("UN", "Moscow said") or a date ("May") is not also a place here. */
  private static List<PlaceMention> outside(List<PlaceMention> places, List<CharSpan> taken) {
    List<PlaceMention> out = new ArrayList<>();
    for (PlaceMention p : places) {
      if (taken.stream().noneMatch(t -> t.overlaps(p.span()))) {
        out.add(p);
      }
    }
    return out;
  }

  /** Mentions bucketed by the sentence that contains them; both lists are in document order. */
  private static <T> List<List<T>> bySentence(List<T> mentions, List<Sentence> sentences, Function<T, CharSpan> span) {
    List<List<T>> out = new ArrayList<>(sentences.size());
    sentences.forEach(s -> out.add(new ArrayList<>()));
    List<T> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparing(span));
    int k = 0;
    for (T m : sorted) {
      CharSpan c = span.apply(m);
      while (k < sentences.size() && sentences.get(k).span().end() < c.end()) {
        k++;
      }
      if (k < sentences.size() && sentences.get(k).span().contains(c)) {
        out.get(k).add(m);
      }
    }
    return out;
  }

  /** The country the document speaks of most, as the fallback location of its events. */
  private Place focusCountry(List<PlaceMention> places) {
    String code = focusCountryCode(places);
    return code == null ? null : countryPlace.apply(code);
  }

  private static String focusCountryCode(List<PlaceMention> places) {
    Map<String, Integer> votes = new HashMap<>();
    for (PlaceMention p : places) {
      if (p.place() != null && p.place().country() != null) {
        votes.merge(p.place().country(), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
