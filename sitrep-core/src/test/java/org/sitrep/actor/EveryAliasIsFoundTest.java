package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.LexiconResource.Row;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

/**
 * Every alias of the data files, put in a sentence, is found whole: the lexicon's own tokenizing
 * agrees with CoreNLP's ("al-Qa'ida", "RFE/RL", "Movement–North").
 */
class EveryAliasIsFoundTest {
  private record Placed(String canonical, String alias, int start) {}

  @Test
  void everyAliasIsRecognisedInText() {
    StringBuilder text = new StringBuilder();
    List<Placed> placed = new ArrayList<>();
    for (String file : List.of("actors.tsv", "generic-agents.tsv")) {
      for (Row row : LexiconResource.rows(file, 4)) {
        List<String> aliases = new ArrayList<>(LexiconResource.list(row.column(3)));
        aliases.add(0, row.column(0));
        for (String a : aliases) {
          String alias = a.startsWith("=") ? a.substring(1) : a;
          if (alias.contains("(") || ActorDictionary.standard().countryOfName(alias).isPresent()) {
            continue;
          }
          text.append("Yesterday ");
          placed.add(new Placed(row.column(0), alias, text.length()));
          text.append(alias).append(" said nothing.\n\n");
        }
      }
    }
    String doc = text.toString();
    List<ActorMention> mentions = new LexiconActorRecognizer()
        .recognize(doc, new CoreNlpAnnotator().split(doc, new CharSpan(0, doc.length())));
    List<String> missed = new ArrayList<>();
    int m = 0;
    for (Placed p : placed) {
      while (m < mentions.size() && mentions.get(m).span().end() <= p.start()) {
        m++;
      }
      boolean found = m < mentions.size() && mentions.get(m).span().start() == p.start()
          && mentions.get(m).span().end() >= p.start() + p.alias().length();
      if (!found) {
        missed.add(p.canonical() + ": " + p.alias());
      }
    }
    assertThat(missed).isEmpty();
    assertThat(placed).hasSizeGreaterThan(3000);
  }

  @Test
  void everySeatCountryAndDemonymIsRecognised() {
    StringBuilder text = new StringBuilder();
    List<Placed> placed = new ArrayList<>();
    for (Row row : LexiconResource.rows("seats.tsv", 3)) {
      add(text, placed, null, row.column(0), " said nothing.\n\n");
    }
    for (Row row : LexiconResource.rows("countries.tsv", 6)) {
      for (String name : LexiconResource.list(row.column(1))) {
        add(text, placed, row.column(4), name, " said nothing.\n\n");
      }
      for (String demonym : LexiconResource.list(row.column(2))) {
        add(text, placed, row.column(5), demonym, " troops said nothing.\n\n");
      }
    }
    String doc = text.toString();
    List<ActorMention> mentions = new LexiconActorRecognizer()
        .recognize(doc, new CoreNlpAnnotator().split(doc, new CharSpan(0, doc.length())));
    List<String> missed = new ArrayList<>();
    for (Placed p : placed) {
      boolean found = mentions.stream().anyMatch(x -> x.span().start() == p.start()
          && (p.canonical() == null || x.actor().name().equals(p.canonical())));
      if (!found) {
        missed.add(p.alias());
      }
    }
    assertThat(missed).isEmpty();
  }

  private static void add(StringBuilder text, List<Placed> placed, String canonical, String phrase, String rest) {
    text.append("Yesterday ");
    placed.add(new Placed(canonical, phrase, text.length()));
    text.append(phrase).append(rest);
  }
}
