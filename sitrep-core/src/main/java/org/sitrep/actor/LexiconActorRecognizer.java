package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.actor.ActorMention.Source;
import org.sitrep.actor.AnaphorResolver.Placed;
import org.sitrep.model.Actor;
import org.sitrep.nlp.Sentence;

/**
 * Recognises actors from lexicons alone (tokens only; no POS tags needed). Per sentence, scans
 * left to right and at each token takes the longest of the dictionary, demonym, metonym and
 * anaphor readings (ties in that order); a provisional organisation is taken only where none of
 * those starts; a generic right before a name in apposition is dropped ("the militia YPG"), and
 * a title right before a name of the same actor joins it ("US President Joe Biden"). Then,
 * per document, an ambiguous alias ("Red Crescent", "SNA") takes the option
 * whose country the document's other named actors mention most (ties: first listed), and
 * anaphors are resolved in order against the mentions before them.
 *
 * <p>Output: mentions in document order, without overlaps; each span is a character range into
 * {@code text} and {@code text} is the substring there. Thread-safe: per-call state only.
 */
public final class LexiconActorRecognizer implements ActorRecognizer {
  private final ActorDictionary dictionary;
  private final List<CandidateMatcher> matchers;
  private final ProvisionalMatcher provisional;
  /** Keys a dictionary, demonym, country or seat phrase can start with, plus "the": a fast pre-check. */
  private final Set<String> starters = new HashSet<>();

  public LexiconActorRecognizer() {
    this(ActorDictionary.standard());
  }

  public LexiconActorRecognizer(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    RecognitionLexicon lexicon = RecognitionLexicon.standard();
    AliasMatcher aliases = new AliasMatcher(dictionary, lexicon);
    DemonymMatcher demonyms = new DemonymMatcher(dictionary, lexicon);
    matchers = List.of(aliases, demonyms, new MetonymMatcher(dictionary, lexicon), new AnaphorMatcher(dictionary, lexicon));
    provisional = new ProvisionalMatcher(dictionary, lexicon, List.of(aliases, demonyms));
    starters.addAll(dictionary.aliases().firstKeys());
    starters.addAll(dictionary.demonyms().firstKeys());
    starters.addAll(dictionary.countryNames().firstKeys());
    starters.addAll(dictionary.seats().firstKeys());
    starters.add("the");
  }

  @Override
  public List<ActorMention> recognize(String text, List<Sentence> sentences) {
    List<SentenceTokens> views = new ArrayList<>(sentences.size());
    List<List<Candidate>> candidates = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      SentenceTokens s = new SentenceTokens(text, sentence);
      views.add(s);
      candidates.add(scan(s));
    }
    Map<String, Integer> votes = countryVotes(candidates);
    AnaphorResolver resolver = new AnaphorResolver(dictionary);
    List<Placed> out = new ArrayList<>();
    for (int k = 0; k < views.size(); k++) {
      for (Candidate c : candidates.get(k)) {
        ActorMention m = c.anaphor() == null ? named(views.get(k), c, votes) : anaphoric(views.get(k), c, k, out, resolver, votes);
        if (m != null) {
          out.add(new Placed(m, k));
        }
      }
    }
    List<ActorMention> mentions = new ArrayList<>(out.size());
    out.forEach(p -> mentions.add(p.mention()));
    return mentions;
  }

  private List<Candidate> scan(SentenceTokens s) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Candidate best = null;
      if (starters.contains(s.key(i))) {
        for (CandidateMatcher m : matchers) {
          Candidate c = m.at(s, i);
          if (c != null && (best == null || c.length() > best.length())) {
            best = c;
          }
        }
      }
      if (best != null && best.anaphor() != null) {
        best = namedInsteadOfAnaphor(s, best);
      }
      if (best == null) {
        best = provisional.at(s, i);
      }
      if (best == null) {
        i++;
        continue;
      }
      Candidate previous = found.isEmpty() ? null : found.get(found.size() - 1);
      if (previous != null && isApposedGeneric(previous, best)) {
        found.remove(found.size() - 1); // "the Kurdish militia YPG": the name says who
      } else if (previous != null && isTitleOfName(previous, best)) {
        found.remove(found.size() - 1); // "US President Joe Biden": one mention
        best = new Candidate(previous.start(), best.end(), previous.source(), best.options(), null, null);
      }
      found.add(best);
      i = best.end();
    }
    return found;
  }

  /** "the Mongolian army": a known actor right after "the" and ending with it beats the anaphor. */
  private Candidate namedInsteadOfAnaphor(SentenceTokens s, Candidate anaphor) {
    for (CandidateMatcher m : matchers) {
      Candidate c = m.at(s, anaphor.start() + 1);
      if (c != null && c.end() == anaphor.end() && c.anaphor() == null && !dictionary.isGeneric(c.options().get(0))) {
        return c;
      }
    }
    return anaphor;
  }

  /** Adjacent readings that name the same one actor ("Kremlin spokesman" + "Dmitry Peskov"). */
  private static boolean isTitleOfName(Candidate previous, Candidate next) {
    return previous.end() == next.start() && previous.anaphor() == null && next.anaphor() == null
        && next.source() == Source.DICTIONARY && previous.source() != Source.PROVISIONAL
        && previous.options().size() == 1 && previous.options().equals(next.options());
  }

  private boolean isApposedGeneric(Candidate previous, Candidate next) {
    return previous.end() == next.start() && previous.source() == Source.DICTIONARY
        && next.source() == Source.DICTIONARY && dictionary.isGeneric(previous.options().get(0))
        && !dictionary.isGeneric(next.options().get(0));
  }

  private Map<String, Integer> countryVotes(List<List<Candidate>> candidates) {
    Map<String, Integer> votes = new HashMap<>();
    for (List<Candidate> sentence : candidates) {
      for (Candidate c : sentence) {
        if (c.options().size() == 1 && c.options().get(0).country() != null && !dictionary.isGeneric(c.options().get(0))) {
          votes.merge(c.options().get(0).country(), 1, Integer::sum);
        }
      }
    }
    return votes;
  }

  private static ActorMention named(SentenceTokens s, Candidate c, Map<String, Integer> votes) {
    Actor best = c.options().get(0);
    int bestVotes = -1;
    if (c.options().size() > 1) {
      for (Actor a : c.options()) {
        int v = a.country() == null ? 0 : votes.getOrDefault(a.country(), 0);
        if (v > bestVotes) {
          best = a;
          bestVotes = v;
        }
      }
    }
    var span = s.span(c.start(), c.end());
    return new ActorMention(span, span.of(s.documentText), best, c.source());
  }

  private static ActorMention anaphoric(SentenceTokens s, Candidate c, int sentence, List<Placed> earlier,
      AnaphorResolver resolver, Map<String, Integer> votes) {
    Actor antecedent = resolver.resolve(c.anaphor(), sentence, earlier);
    if (antecedent != null) {
      var span = s.span(c.start(), c.end());
      return new ActorMention(span, span.of(s.documentText), antecedent, Source.ANAPHOR);
    }
    return c.fallback() == null ? null : named(s, c.fallback(), votes);
  }
}
