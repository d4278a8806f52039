package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/** The own inference over CoreNLP's tagger model gives CoreNLP's tags, word for word. */
class MaxentTagSequencerTest {
  private static final MaxentTagger TAGGER = approximateTagger();
  private static final MaxentTagSequencer SEQUENCER = new MaxentTagSequencer(TAGGER);
  private static final CoreNlpAnnotator SPLITTER = new CoreNlpAnnotator();

  private static MaxentTagger approximateTagger() {
    Properties p = new Properties();
    p.setProperty("approximate", "true");
    return new MaxentTagger("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger", p, false);
  }

  private static List<String> coreNlpTags(List<String> words) {
    List<CoreLabel> labels = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      labels.add(l);
    }
    TAGGER.tagCoreLabels(labels);
    return labels.stream().map(CoreLabel::tag).toList();
  }

  private static List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (Sentence s : SPLITTER.split(text, new CharSpan(0, text.length()))) {
      out.add(s.tokens().stream().map(Token::text).toList());
    }
    return out;
  }

  @Test
  void sameTagsAsCoreNlpOnAWireReport() {
    String report = """
        KANDAHAR, Afghanistan, March 3 (Wire) - Taliban insurgents killed 11 policemen in an overnight
        attack on a checkpoint in Zhari district, the provincial governor's spokesman said on Tuesday.
        "They came from three directions," said Ahmad Wali, a police commander, who was wounded.
        Kurdish-led forces, backed by US-led coalition air strikes, shelled al-Bab's outskirts; the
        Syrian Observatory for Human Rights put the toll at 23, including four children.
        An IS-affiliated group claimed responsibility via its Amaq news agency, but gave no evidence.
        Colour-coded maps of the neighbourhood were analysed by the UN's OCHA.
        Killed.
        """;
    Map<String, MaxentTagSequencer.WordScores> cache = new HashMap<>();
    for (List<String> words : sentences(report)) {
      assertThat(List.of(SEQUENCER.tag(words, cache))).as(String.join(" ", words)).isEqualTo(coreNlpTags(words));
    }
  }

  @Property(tries = 40)
  void sameTagsAsCoreNlpOnAnyWords(@ForAll @Size(min = 1, max = 12) List<@StringLength(min = 1, max = 8) String> raw) {
    List<String> words = raw.stream().map(w -> w.replaceAll("\\s", "x")).toList();
    assertThat(List.of(SEQUENCER.tag(words, new HashMap<>()))).isEqualTo(coreNlpTags(words));
  }
}
