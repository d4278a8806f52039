package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

/** Invented scraped pages: the story, then links to other stories. */
class PageFurnitureTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static final PageFurniture FURNITURE = PageFurniture.load();

  private static List<String> furniture(String text) {
    List<Sentence> sentences = ANNOTATOR.split(text, new CharSpan(0, text.length()));
    return FURNITURE.spans(text, sentences, at -> text.length()).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void aRelatedNewsListRunsToTheTagsHeading() {
    String text = "Gunmen killed four guards at a mine near Tessit on Sunday, officials said. Source agencies "
        + "Related News Flooding kills nine in the north - officials Talks resume in the capital Tags Mali mine";
    assertThat(furniture(text)).containsExactly(
        "Related News Flooding kills nine in the north - officials Talks resume in the capital");
  }

  @Test
  void aHeadlineOfAnotherStoryInTheBodyIsFurnitureButTheOpeningHeadlineIsNot() {
    String text = "Mortar Fire Kills Two Civilians In Central Damascus Market. Two civilians were killed when "
        + "mortar shells hit a market in central Damascus on Sunday, state media reported. PHOTO Rescue "
        + "Teams Search Rubble After Quake Leaves Over 30 Dead In Mountain Villages CAIRO (Agency) Mortar "
        + "rounds also fell near a school.";
    assertThat(furniture(text)).containsExactly(
        "PHOTO Rescue Teams Search Rubble After Quake Leaves Over 30 Dead In Mountain Villages CAIRO");
  }

  @Test
  void aSentenceNamingAnOrganisationIsNoHeadline() {
    String text = "Shelling killed nine people in the town of Kafr Nabl on Tuesday, medics said, and the "
        + "Britain-based Syrian Observatory for Human Rights said the toll may rise.";
    assertThat(furniture(text)).isEmpty();
  }
}
