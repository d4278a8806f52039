package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Tells whether a sentence gives its casualty counts as a toll over a period or a whole war
 * ("Since Thursday the bombing has killed 44 civilians", "the six-year conflict has killed
 * 470,000") rather than as the figures of one incident. Such a toll is no incident's death count:
 * ACLED codes incidents, and a period's total told beside the day's incident is not its figure.
 * Cues: {@code period-tolls.txt} beside this class, loaded once. Immutable; thread-safe.
 */
public final class PeriodTolls {
  private static final String RESOURCE = "period-tolls.txt";
  private final List<List<String>> phrases = new ArrayList<>();
  private final List<List<String>> ongoing = new ArrayList<>();
  private final List<List<String>> perfect = new ArrayList<>();
  private final Set<String> numbers = new HashSet<>();
  private final Set<String> weekdays = new HashSet<>();
  private final Set<String> months = new HashSet<>();
  private final Set<String> wars = new HashSet<>();
  private final Set<String> campaigns = new HashSet<>();
  private final Set<String> deathWords = new HashSet<>();
  private final Set<String> recalledWords = new HashSet<>();
  private final List<String[]> earlier = new ArrayList<>();
  private static final int EARLIER_GAP = 4;

  private PeriodTolls() {}

  /** Loads the cue lexicon; fails loudly naming the resource and line of a broken entry. */
  public static PeriodTolls load() {
    PeriodTolls p = new PeriodTolls();
    for (LexiconFile.Line line : LexiconFile.read(PeriodTolls.class, RESOURCE)) {
      switch (line.field(0)) {
        case "phrase" -> p.phrases.add(List.copyOf(line.fields().subList(1, line.fields().size())));
        case "ongoing" -> p.ongoing.add(List.copyOf(line.fields().subList(1, line.fields().size())));
        case "perfect" -> p.perfect.add(List.copyOf(line.fields().subList(1, line.fields().size())));
        case "number" -> p.numbers.add(line.field(1));
        case "weekday" -> p.weekdays.add(line.field(1));
        case "month" -> p.months.add(line.field(1));
        case "war" -> p.wars.add(line.field(1));
        case "campaign" -> p.campaigns.add(line.field(1));
        case "death" -> p.deathWords.add(line.field(1));
        case "recalled" -> p.recalledWords.add(line.field(1));
        case "earlier" -> p.earlier.add(new String[] {line.field(1), line.field(2)});
        default -> throw line.error("unknown kind " + line.field(0));
      }
    }
    for (List<String> phrase : concat(p.phrases, p.ongoing, p.perfect)) {
      if (phrase.isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": empty phrase");
      }
    }
    return p;
  }

  /** Whether any cue phrase occurs in the sentence. */
  public boolean isPeriodToll(Sentence sentence) {
    return contains(sentence, phrases);
  }

  /**
   * Whether a sentence tells a campaign running over days ("the bombing continues for the tenth
   * consecutive day") but not its deaths, so that figures the next sentence gives in the
   * perfect are its toll (see {@link #inPerfect}); after "killing more civilians on the sixth
   * consecutive day" the next figure is that day's.
   */
  public boolean opensPeriod(Sentence sentence) {
    return contains(sentence, ongoing)
        && sentence.tokens().stream().noneMatch(t -> deathWords.contains(t.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a count's own verb is put in the past of the story by an adverb right before or inside
   * the count ("who recently killed 170 militants", "12 guards were previously wounded").
   */
  public boolean isRecalled(Sentence sentence, org.sitrep.text.CharSpan count) {
    Token before = null;
    for (Token t : sentence.tokens()) {
      if (t.span().end() <= count.start()) {
        before = t;
      } else if (count.contains(t.span()) && recalledWords.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return before != null && recalledWords.contains(before.text().toLowerCase(Locale.ROOT));
  }

  /** Whether the sentence tells figures in the perfect: "have been killed", "has claimed". */
  public boolean inPerfect(Sentence sentence) {
    return contains(sentence, perfect);
  }

  private boolean contains(Sentence sentence, List<List<String>> cues) {
    List<Token> tokens = sentence.tokens();
    String[] lower = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
    for (int i = 0; i < lower.length; i++) {
      for (List<String> phrase : cues) {
        if (matchesAt(lower, i, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  @SafeVarargs
  private static List<List<String>> concat(List<List<String>>... lists) {
    List<List<String>> all = new ArrayList<>();
    for (List<List<String>> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  /**
   * Where a clause about an earlier incident starts in the sentence ("... came a day after | a car
   * bombing killed 100"): the character offset after its cue, or -1 when there is none.
   */
  public int earlierIncidentFrom(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      for (String[] cue : earlier) {
        if (!w.equals(cue[0])) {
          continue;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + EARLIER_GAP + 1; k++) {
          if (tokens.get(k).text().toLowerCase(Locale.ROOT).equals(cue[1])) {
            return tokens.get(k).span().end();
          }
        }
      }
    }
    return -1;
  }

  private boolean matchesAt(String[] lower, int start, List<String> phrase) {
    if (start + phrase.size() > lower.length) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!matches(lower[start + k], phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(String word, String pattern) {
    return switch (pattern) {
      case "<n>" -> numbers.contains(word) || !word.isEmpty() && word.chars().allMatch(Character::isDigit);
      case "<weekday>" -> weekdays.contains(word);
      case "<month>" -> months.contains(word);
      case "<war>" -> wars.contains(word);
      case "<campaign>" -> campaigns.contains(word);
      case "<span>" -> word.endsWith("-year") || word.endsWith("-month") || word.endsWith("-week")
          || word.endsWith("-day") || word.endsWith("years-long") || word.endsWith("-long");
      default -> word.equals(pattern);
    };
  }
}
