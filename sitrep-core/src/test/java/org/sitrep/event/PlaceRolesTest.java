package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.Toponym;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/** Invented sentences with hand-written trees, so that only the rules are under test. */
class PlaceRolesTest {
  private static final PlaceRoles ROLES = PlaceRoles.get();

  /** Tokens split on spaces, with the given lemmas (null: the word itself). */
  private static ClauseStructure tree(String text, String[] lemmas, Dependency... deps) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, new CharSpan(at, at + words[i].length()), words[i], null, lemmas[i]));
      at += words[i].length() + 1;
    }
    return new ClauseStructure(new Sentence(0, new CharSpan(0, text.length()), tokens, List.of(deps)));
  }

  @Test
  void whereTheVictimsWereGoingInASubordinateClauseIsNotTheScene() {
    ClauseStructure t = tree("Gunmen killed six migrants as they were entering Jordan",
        new String[] {null, "kill", null, null, null, null, "be", "enter", null},
        new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nummod"),
        new Dependency(1, 3, "obj"), new Dependency(7, 4, "mark"), new Dependency(7, 5, "nsubj"),
        new Dependency(7, 6, "aux"), new Dependency(1, 7, "advcl"), new Dependency(7, 8, "obj"));
    assertThat(ROLES.isDestination(t, 8)).isTrue();
    ClauseStructure fled = tree("Guards shot two men fleeing towards Jordan",
        new String[] {null, "shoot", null, null, "flee", null, null},
        new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nummod"),
        new Dependency(1, 3, "obj"), new Dependency(3, 4, "acl"), new Dependency(6, 5, "case"),
        new Dependency(4, 6, "obl"));
    assertThat(ROLES.isDestination(fled, 6)).isTrue();
  }

  @Test
  void aPlaceTheMainVerbEntersIsTheScene() {
    ClauseStructure t = tree("Troops entered Raqqa", new String[] {null, "enter", null},
        new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"));
    assertThat(ROLES.isDestination(t, 2)).isFalse();
  }

  private static PlaceMention country(String text, String name, String code) {
    int at = text.indexOf(name);
    return new PlaceMention(new CharSpan(at, at + name.length()), name,
        new Place(name, 0.0, 0.0, null, code, null, "PCLI", "country", 0), Toponym.Kind.NAME);
  }

  @Test
  void twoCountriesNamedTogetherAreATheatreNotAScene() {
    String text = "the coalition fighting the group in Iraq and Syria";
    PlaceMention iraq = country(text, "Iraq", "IQ");
    PlaceMention syria = country(text, "Syria", "SY");
    assertThat(PlaceRoles.inTheatre(text, iraq, List.of(iraq, syria))).isTrue();
    assertThat(PlaceRoles.inTheatre(text, syria, List.of(iraq, syria))).isTrue();
    String apart = "Jets from Iraq struck targets in Syria";
    PlaceMention from = country(apart, "Iraq", "IQ");
    PlaceMention in = country(apart, "Syria", "SY");
    assertThat(PlaceRoles.inTheatre(apart, in, List.of(from, in))).isFalse();
  }
}
