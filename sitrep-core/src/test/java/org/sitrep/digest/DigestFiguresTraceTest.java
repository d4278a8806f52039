package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.link.LinkedEvent;
import org.sitrep.model.Count;
import org.sitrep.model.EventRecord;

/**
 * The digest must never state a figure the record does not hold. Every number in every line of
 * the Markdown digest of the sample corpus is checked against the events that line cites; the
 * headline totals are recomputed here from the events independently.
 */
class DigestFiguresTraceTest {
  private static final Pattern CITED_DOC = Pattern.compile("`([^`]+)`");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])\\d+(?![\\w-])");
  private final List<LinkedEvent> corpus = ReferenceCorpus.load();

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-07", "2025-03-08", "2025-03-09"})
  void everyFigureInTheDigestTracesToTheEventsItCites(String day) {
    LocalDate date = LocalDate.parse(day);
    DailyDigest digest = new DigestBuilder().build(corpus, DigestRequest.of(date, null));
    String md = new MarkdownDigestWriter().write(digest);
    Map<String, List<LinkedEvent>> byDoc = corpus.stream()
        .flatMap(le -> StatusExplainer.reportsOf(le).stream().map(r -> Map.entry(r.doc().id(), le)))
        .collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

    List<LinkedEvent> onDay = corpus.stream()
        .filter(le -> !date.isBefore(LocalDate.parse(le.event().date().start()))
            && !date.isAfter(LocalDate.parse(le.event().date().end())))
        .toList();
    int expectedKilled = onDay.stream().map(le -> le.event().fatalities())
        .filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    assertThat(md).contains(onDay.size() + " event" + (onDay.size() == 1 ? "" : "s") + " recorded, "
        + expectedKilled + " reported killed");

    int checkedLines = 0;
    for (String line : md.split("\n")) {
      if (!line.startsWith("- ") || !line.contains("\u2014 [")) {
        continue; // headline and source list lines are checked above / carry no figures
      }
      Set<Long> allowed = new HashSet<>();
      Matcher cited = CITED_DOC.matcher(line);
      while (cited.find()) {
        byDoc.getOrDefault(cited.group(1), List.of()).forEach(le -> allowed.addAll(figures(le)));
      }
      assertThat(allowed).as("line cites no known document: %s", line).isNotEmpty();
      String prose = line.replaceAll("`[^`]*`", "").replaceAll("\\d{4}-\\d{2}-\\d{2}", "");
      Matcher n = NUMBER.matcher(prose);
      while (n.find()) {
        assertThat(allowed).as("figure %s in: %s", n.group(), line).contains(Long.parseLong(n.group()));
      }
      checkedLines++;
    }
    assertThat(checkedLines).isEqualTo(onDay.size()
        + digest.claimsAndDisputes().size());
  }

  /** Every figure an event's record holds: merged and per-report fatalities and count totals. */
  private static Set<Long> figures(LinkedEvent le) {
    Set<Long> out = new HashSet<>();
    out.add(0L);
    for (EventRecord r : StatusExplainer.reportsOf(le)) {
      add(out, r);
    }
    add(out, le.event());
    return out;
  }

  private static void add(Set<Long> out, EventRecord r) {
    if (r.fatalities() != null) {
      out.add(r.fatalities().longValue());
    }
    Function<List<Count>, Long> sum = l -> l.stream().mapToLong(Count::n).sum();
    out.add(sum.apply(r.counts().wounded()));
    out.add(sum.apply(r.counts().captured()));
    out.add(sum.apply(r.counts().affected()));
  }
}
