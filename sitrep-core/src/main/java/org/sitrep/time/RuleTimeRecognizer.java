package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quantity.NumberParser;
import org.sitrep.text.CharSpan;

/**
 * Rule-based {@link TimeRecognizer}: scans tokens left to right and, at each token, tries the
 * duration, relative and calendar parsers; the first match wins and scanning resumes after it.
 * Adds the wrappers that change a date's relation: "since June 6" (SINCE, up to publication),
 * "since the start of the offensive on June 6", and "on the night of June 5" (part of the span).
 * Spans never include the preposition "on". Thread-safe: lexicons are immutable and per-call
 * state lives in a {@link TimeContext}.
 */
public final class RuleTimeRecognizer implements TimeRecognizer {
  private static final int SINCE_WINDOW = 12;
  private static final Set<String> DAY_JOINERS = Set.of("to", "until", "till", "through", "-", "–");
  private static final Set<String> SINCE_EVENTS = Set.of("beginning", "start", "launch", "outbreak", "onset");
  private static final Set<String> SINCE_VERBS = Set.of("began", "begun", "started", "erupted", "broke", "launched");
  private static final Set<String> CUES = Set.of("since", "the", "between", "from", "for", "over", "during",
      "in", "within", "yesterday", "today", "tonight", "overnight", "earlier", "later", "last", "this", "next", "early",
      "mid", "late", "end", "beginning", "start", "middle", "past");

  private final CalendarLexicon lexicon;
  private final CalendarDateParser calendar;
  private final RelativeDateParser relative;
  private final DurationParser durations;

  private RuleTimeRecognizer(CalendarLexicon lexicon, NumberParser numbers) {
    this.lexicon = lexicon;
    calendar = new CalendarDateParser(lexicon);
    relative = new RelativeDateParser(lexicon, numbers);
    durations = new DurationParser(lexicon, numbers);
  }

  /** Loads the calendar and number lexicons; fails loudly naming a broken resource. */
  public static RuleTimeRecognizer load() {
    return new RuleTimeRecognizer(CalendarLexicon.load(), NumberParser.load());
  }

  @Override
  public List<TimeMention> recognize(String text, Sentence sentence, LocalDate published) {
    TimeContext c = new TimeContext(sentence.tokens(), published, lexicon);
    List<TimeMention> out = new ArrayList<>(2);
    int i = 0;
    while (i < c.size()) {
      TokenMatch m = candidate(c, i) ? at(c, i) : null;
      if (m == null) {
        i++;
        continue;
      }
      out.add(mention(text, c, m));
      i = m.end();
    }
    return out;
  }

  /** Cheap pre-filter: only tokens that can open an expression are tried. */
  private boolean candidate(TimeContext c, int i) {
    String t = c.lower(i);
    if (t.isEmpty()) {
      return false;
    }
    return Character.isDigit(t.charAt(0)) || CUES.contains(t) || lexicon.month(t) > 0 || lexicon.weekday(t) > 0
        || lexicon.isPartOfDay(t)
        || t.indexOf('-') > 0 || c.lower(i + 2).equals("ago") || c.lower(i + 3).equals("ago");
  }

  private TokenMatch at(TimeContext c, int i) {
    if (c.lower(i).equals("since")) {
      TokenMatch inner = plain(c, i + 1);
      if (inner != null && inner.relation() == TimeMention.Relation.AT) {
        return since(c, i, inner);
      }
    }
    TokenMatch m = plain(c, i);
    if (m != null && m.relation() == TimeMention.Relation.AT && sinceEventBefore(c, m.start())) {
      return since(c, m.start(), m);
    }
    return m;
  }

  private TokenMatch plain(TimeContext c, int i) {
    TokenMatch m = durations.parse(c, i);
    if (m != null) {
      return m;
    }
    m = partOfDayOf(c, i);
    if (m != null) {
      return m;
    }
    if (c.capitalized(i) && lexicon.weekday(c.lower(i)) > 0) {
      // "Saturday, June 17": the calendar date decides, the weekday joins the span.
      int k = c.lower(i + 1).equals(",") ? i + 2 : i + 1;
      TokenMatch date = calendar.parse(c, k);
      if (date != null && date.start() == k && date.precision().equals(TokenMatch.DAY)) {
        return date.withTokens(i, date.end());
      }
    }
    m = relative.parse(c, i);
    if (m != null) {
      return dayRange(c, i, m);
    }
    return calendar.parse(c, i);
  }

  /** "from Monday to Thursday", "between Friday and Sunday": two relative days make a range. */
  private TokenMatch dayRange(TimeContext c, int i, TokenMatch first) {
    String joiner = c.lower(first.end());
    String before = c.lower(i - 1);
    boolean between = before.equals("between");
    if (!first.precision().equals(TokenMatch.DAY) || !(DAY_JOINERS.contains(joiner) || between && joiner.equals("and"))
        || !(between || before.equals("from"))) {
      return first;
    }
    TokenMatch second = relative.parse(c, first.end() + 1);
    if (second == null || !second.precision().equals(TokenMatch.DAY) || second.from().isBefore(first.from())) {
      return first;
    }
    return TokenMatch.at(i - 1, second.end(), first.from(), second.to(), TokenMatch.RANGE);
  }

  /** "the night of June 5", "night of 5 June": the part of day joins the date's span. */
  private TokenMatch partOfDayOf(TimeContext c, int i) {
    int k = c.lower(i).equals("the") ? i + 1 : i;
    if (!lexicon.isPartOfDay(c.lower(k)) || !c.lower(k + 1).equals("of")) {
      return null;
    }
    TokenMatch date = calendar.parse(c, k + 2);
    if (date == null) {
      date = relative.parse(c, k + 2);
    }
    return date == null ? null : date.withTokens(i, date.end());
  }

  /**
   * "since the beginning of the offensive on June 6", "since the offensive began on April 4": the
   * date is where the period began.
   */
  private static boolean sinceEventBefore(TimeContext c, int start) {
    if (!c.lower(start - 1).equals("on") && !c.lower(start - 1).equals("in")) {
      return false;
    }
    for (int k = start - 2; k >= 0 && k >= start - SINCE_WINDOW; k--) {
      String t = c.lower(k);
      if (t.equals(".") || t.equals(";") || t.equals(":")) {
        return false;
      }
      if (t.equals("since")) {
        int e = c.lower(k + 1).equals("the") ? k + 2 : k + 1;
        if (SINCE_EVENTS.contains(c.lower(e)) && c.lower(e + 1).equals("of")) {
          return true;
        }
        for (int v = k + 1; v < start - 1; v++) {
          if (SINCE_VERBS.contains(c.lower(v))) {
            return true; // "since the offensive began on April 4"
          }
        }
        return false;
      }
    }
    return false;
  }

  private static TokenMatch since(TimeContext c, int start, TokenMatch inner) {
    LocalDate from = inner.from();
    String precision = from == null || c.published == null ? TokenMatch.UNKNOWN : TokenMatch.RANGE;
    LocalDate to = c.published;
    if (from != null && to != null && from.isAfter(to)) {
      return inner;
    }
    return new TokenMatch(start, inner.end(), from, to, precision, TimeMention.Relation.SINCE);
  }

  private static TimeMention mention(String text, TimeContext c, TokenMatch m) {
    Token first = c.tokens.get(m.start());
    Token last = c.tokens.get(m.end() - 1);
    CharSpan span = new CharSpan(first.span().start(), last.span().end());
    return new TimeMention(span, span.of(text), m.from(), m.to(), m.precision(), m.relation());
  }
}
