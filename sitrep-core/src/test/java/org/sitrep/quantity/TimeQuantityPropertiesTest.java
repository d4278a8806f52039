package org.sitrep.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;
import org.sitrep.time.RuleTimeRecognizer;
import org.sitrep.time.TimeMention;

/**
 * Stage-contract checks for both token-level recognizers: offsets inside the sentence and equal
 * to the mention text, same output on a second run, no exception on empty or random input.
 */
class TimeQuantityPropertiesTest {
  static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  static final RuleTimeRecognizer TIMES = RuleTimeRecognizer.load();
  static final RuleCasualtyCounter COUNTS = RuleCasualtyCounter.load();
  static final String[] WORDS = {"killed", "wounded", "were", "at", "least", "12", "11,000", "dozens", "of",
    "civilians", "on", "Saturday", "May", "28", ",", "2017", "since", "June", "4-5", "July", "for", "more",
    "than", "40", "days", "the", "deaths", "and", "two", "death", "toll", "rose", "to", "a", "mid-May", "in",
    "early", "between", "ago", "weeks", "last", "night", "displaced", "families", "aid", "2017-05-28", "no",
    "one", "their", "losses", "captured", "seven", ".", "'s", "-", "years", "next", "will", "Monday"};

  @Provide
  Arbitrary<String> wireLike() {
    return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDate> published() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    return Combinators.combine(dates, Arbitraries.integers().between(0, 9))
        .as((d, k) -> k == 0 ? null : d);
  }

  @Property(tries = 300)
  void wireLikeTokenSoupKeepsTheContracts(@ForAll("wireLike") String text, @ForAll("published") LocalDate published) {
    check(text, published);
  }

  @Property(tries = 200)
  void arbitraryTextDoesNotThrow(@ForAll String text) {
    check(text, LocalDate.of(2017, 6, 18));
  }

  @Example
  void emptyAndBlankInput() {
    check("", LocalDate.of(2017, 6, 18));
    check("   \n ", null);
    Sentence empty = new Sentence(0, new CharSpan(0, 0), List.of(), List.of());
    assertThat(TIMES.recognize("", empty, null)).isEmpty();
    assertThat(COUNTS.count("", empty)).isEmpty();
  }

  private static void check(String text, LocalDate published) {
    for (Sentence s : ANNOTATOR.split(text, new CharSpan(0, text.length()))) {
      List<TimeMention> times = TIMES.recognize(text, s, published);
      assertThat(TIMES.recognize(text, s, published)).isEqualTo(times);
      for (TimeMention m : times) {
        assertThat(s.span().contains(m.span())).isTrue();
        assertThat(m.span().of(text)).isEqualTo(m.text());
        if (m.start() != null && m.end() != null) {
          assertThat(m.start()).isBeforeOrEqualTo(m.end());
        }
        if (published == null && m.relation() != TimeMention.Relation.AT) {
          assertThat(m.end()).isNull();
        }
      }
      List<CasualtyMention> counts = COUNTS.count(text, s);
      assertThat(COUNTS.count(text, s)).isEqualTo(counts);
      for (CasualtyMention m : counts) {
        assertThat(s.span().contains(m.span())).isTrue();
        assertThat(m.n()).isNotNegative();
        if (m.victim() != null) {
          assertThat(s.span().contains(m.victim())).isTrue();
        }
      }
    }
  }
}
