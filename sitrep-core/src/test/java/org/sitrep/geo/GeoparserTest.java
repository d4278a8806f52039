package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

/** Resolver decisions on hand-written sentences, with the bundled gazetteer. */
class GeoparserTest {
  private static final CoreNlpAnnotator SPLITTER = new CoreNlpAnnotator();
  private static final DefaultGeoparser GEOPARSER = DefaultGeoparser.createDefault();

  static List<PlaceMention> geoparse(String text) {
    return GEOPARSER.geoparse(text, SPLITTER.split(text, new CharSpan(0, text.length())));
  }

  static Optional<PlaceMention> mention(List<PlaceMention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
  }

  static Place place(List<PlaceMention> mentions, String text) {
    PlaceMention m = mention(mentions, text).orElseThrow(() -> new AssertionError("no mention " + text + " in " + mentions));
    assertThat(m.place()).as(text).isNotNull();
    return m.place();
  }

  @Test
  void genevaInASyriaStoryIsSwitzerlandWhenQualified() {
    var m = geoparse("Syrian government and opposition delegates met in Geneva, Switzerland, on Monday, "
        + "while shelling continued in Aleppo and Homs.");
    assertThat(place(m, "Geneva").country()).isEqualTo("CH");
    assertThat(place(m, "Aleppo").country()).isEqualTo("SY");
    assertThat(place(m, "Homs").country()).isEqualTo("SY");
  }

  @Test
  void regionsInsideOneGovernorateCarryIt() {
    var m = geoparse("Israeli jets struck an army post on the Syrian side of the Golan Heights on Tuesday. "
        + "Troops and Hezbollah fighters repelled an attack in the Qalamoun mountains, while shelling hit "
        + "towns in Eastern Ghouta.");
    assertThat(place(m, "Golan Heights").admin1()).isEqualTo("Quneitra");
    assertThat(place(m, "Qalamoun").admin1()).isEqualTo("Rif Dimashq");
    assertThat(m.stream().filter(x -> x.text().endsWith("Ghouta")).findFirst().orElseThrow().place().admin1())
        .isEqualTo("Rif Dimashq");
  }

  @Test
  void aPlaceTheTextPutsInAnotherIsNoNamesakeElsewhere() {
    var m = geoparse("Militants shelled army posts at Mallah overnight. Government troops drove them out of "
        + "Mallah in northern Aleppo on Friday, and families displaced from Homs in Aleppo returned home.");
    assertThat(m.stream().filter(x -> x.text().startsWith("Mallah") && x.place() != null
        && !"Aleppo".equals(x.place().admin1()))).isEmpty();
    assertThat(place(m, "Homs").admin1()).isEqualTo("Homs");
    var unqualified = geoparse("Militants shelled army posts at Mallah overnight. Government troops drove them "
        + "out of Mallah on Friday, and families displaced from Homs in Aleppo returned home.");
    assertThat(place(unqualified, "Mallah").admin1()).isEqualTo("As-Suwayda"); // the namesake overridden above
  }

  @Test
  void alexandriaInALouisianaStoryIsInLouisiana() {
    var m = geoparse("A fire destroyed a warehouse in Alexandria on Tuesday. Firefighters from Pineville "
        + "and Ball helped, the Louisiana fire marshal said. Rapides Parish deputies closed the road.");
    Place alexandria = place(m, "Alexandria");
    assertThat(alexandria.country()).isEqualTo("US");
    assertThat(alexandria.admin1()).isEqualTo("Louisiana");
  }

  @Test
  void qualifiersAndContainment() {
    var m = geoparse("Government aircraft struck Daraa in southern Syria, and rebels advanced near Damascus. "
        + "Talks were held in Kazakhstan's capital Astana.");
    Place daraa = place(m, "Daraa");
    assertThat(daraa.country()).isEqualTo("SY");
    assertThat(daraa.precision()).isEqualTo("town");
    assertThat(place(m, "Syria").precision()).isEqualTo("country");
    assertThat(place(m, "Damascus").country()).isEqualTo("SY");
    assertThat(place(m, "Damascus").precision()).isEqualTo("town");
    assertThat(place(m, "Astana").country()).isEqualTo("KZ");
  }

  @Test
  void provinceWordGivesRegionPrecision() {
    var m = geoparse("Air strikes hit several villages in Idlib province and in Hama Governorate.");
    Place idlib = place(m, "Idlib");
    assertThat(idlib.precision()).isEqualTo("region");
    assertThat(idlib.country()).isEqualTo("SY");
    assertThat(place(m, "Hama Governorate").precision()).isEqualTo("region");
  }

  @Test
  void paris_texas_isNotFrance() {
    var m = geoparse("The storm knocked out power in Paris, Texas, and in nearby Sulphur Springs.");
    assertThat(place(m, "Paris").country()).isEqualTo("US");
    assertThat(place(m, "Texas").precision()).isEqualTo("region");
  }

  @Test
  void usStateAbbreviationQualifiesTheTown() {
    var m = geoparse("CHARLESTON, W.Va. -- A Charleston man was arrested on Friday.");
    assertThat(place(m, "CHARLESTON").admin1()).isEqualTo("West Virginia");
    assertThat(place(m, "W.Va.").precision()).isEqualTo("region");
  }

  @Test
  void personNamesThatArePlacesAreRejected() {
    var m = geoparse("Jessica Marie Henry, 19, was charged with arson. Sheriff Tom Lincoln said Henry "
        + "admitted setting the fire in Jackson.");
    assertThat(mention(m, "Henry")).isEmpty();
    assertThat(mention(m, "Lincoln")).isEmpty();
    assertThat(mention(m, "Jackson")).isPresent();
  }

  @Test
  void commonWordsAreNotPlacesWithoutACue() {
    var m = geoparse("Police said the march was peaceful. Mobile phones were seized in March.");
    assertThat(m).isEmpty();
  }

  @Test
  void demonymsNameCountriesAndAreMarked() {
    var m = geoparse("Syrian troops and Russian jets attacked the town.");
    PlaceMention syrian = mention(m, "Syrian").orElseThrow();
    assertThat(syrian.isDemonym()).isTrue();
    assertThat(syrian.place().country()).isEqualTo("SY");
    assertThat(syrian.place().precision()).isEqualTo("country");
  }

  @Test
  void hyphenatedCompoundsYieldTheirPlaceNames() {
    var m = geoparse("The Albany-based agency studied Egyptian-US relations.");
    assertThat(place(m, "Albany").country()).isEqualTo("US");
    assertThat(place(m, "Egyptian").country()).isEqualTo("EG");
    assertThat(place(m, "US").country()).isEqualTo("US");
  }

  @Test
  void spansAreOffsetsIntoTheText() {
    String text = "Clashes erupted in al-Bab\u2019s outskirts and near Deir ez-Zor. \u201cAleppo is calm,\u201d he said.";
    var m = geoparse(text);
    assertThat(m).isNotEmpty();
    for (PlaceMention p : m) {
      assertThat(p.span().of(text)).isEqualTo(p.text());
    }
    assertThat(geoparse(text)).isEqualTo(m);
  }

  @Test
  void emptyAndOddInputDoNotThrow() {
    assertThat(geoparse("")).isEmpty();
    assertThat(geoparse("   \n\n ")).isEmpty();
    assertThat(geoparse("A-B-C --- 'S' - -- Al- al- X,,, Y.")).allSatisfy(p -> assertThat(p.text()).isNotBlank());
  }
}
