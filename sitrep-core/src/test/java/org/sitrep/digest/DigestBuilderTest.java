package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.digest.DailyDigest.Line;
import org.sitrep.link.LinkedEvent;

class DigestBuilderTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 8);
  private final List<LinkedEvent> corpus = ReferenceCorpus.load();
  private final DigestBuilder builder = new DigestBuilder();

  @Test
  void headlineCountsEachLinkedEventOnceWithItsLowestFigure() {
    DailyDigest d = builder.build(corpus, DigestRequest.of(DAY, null));
    // Raqqa 17, Harasta 6, Hodeidah 9 (not 12), Kharkiv 2, Gwoza 7 + 5; Aden, Um Kadada: none.
    assertThat(d.headline().events()).isEqualTo(9);
    assertThat(d.headline().fatalities()).isEqualTo(17 + 6 + 9 + 11 + 2 + 7 + 5);
    assertThat(d.headline().eventsWithoutFigure()).isEqualTo(1); // Um Kadada
    assertThat(d.headline().byType())
        .contains(new DailyDigest.TypeFigure("Battles", 3, 22),
            new DailyDigest.TypeFigure("Protests", 1, 0));
  }

  @Test
  void regionSelectsByCountryCodeOrFirstLevelDivision() {
    DailyDigest syria = builder.build(corpus, DigestRequest.of(DAY, "SY"));
    assertThat(syria.areas()).extracting(DailyDigest.Area::name)
        .containsExactly("Syria \u2014 Ar-Raqqah", "Syria \u2014 Rif Dimashq");
    DailyDigest darfur = builder.build(corpus, DigestRequest.of(DAY, "north darfur"));
    assertThat(darfur.headline().events()).isEqualTo(2);
    assertThat(darfur.headline().fatalities()).isEqualTo(11);
  }

  @Test
  void claimsAndDisputesAreExplainedInWords() {
    DailyDigest d = builder.build(corpus, DigestRequest.of(DAY, null));
    List<String> lines = d.claimsAndDisputes().stream().map(Line::text).toList();
    assertThat(lines).anyMatch(l -> l.startsWith("Al-Karama (Ar-Raqqah): Claimed by Syrian Democratic Forces only."));
    assertThat(lines).anyMatch(l -> l.contains(
        "Disputed: Jaish al-Islam denies it (\u201cJaish al-Islam denied operating in Harasta.\u201d)"));
    assertThat(lines).anyMatch(l -> l.contains("figures differ: Meridian News Agency 9 killed, Gulf Desk 12 killed"));
    assertThat(lines).noneMatch(l -> l.startsWith("Aden"));
  }

  @Test
  void eachLineCitesTheReportsOfItsEvent() {
    DailyDigest d = builder.build(corpus, DigestRequest.of(DAY, "YE"));
    Line hodeidah = d.areas().stream().flatMap(a -> a.lines().stream())
        .filter(l -> l.text().contains("Hodeidah")).findFirst().orElseThrow();
    assertThat(hodeidah.citations()).extracting(DailyDigest.Citation::docId)
        .containsExactly("mna-2025-03-09-hodeidah", "gd-2025-03-09-hodeidah");
    assertThat(hodeidah.text()).isEqualTo(
        "Air/drone strike by Saudi-led Coalition against Civilians (Yemen) in Hodeidah (Al Hudaydah)."
            + " 9 killed, 22 wounded. (Disputed.)");
  }

  @Test
  void aDayWithoutEventsSaysSo() {
    DailyDigest d = builder.build(corpus, DigestRequest.of(LocalDate.of(2025, 1, 1), null));
    assertThat(d.headline().events()).isZero();
    assertThat(new MarkdownDigestWriter().write(d)).contains("No events recorded for this day.");
  }
}
