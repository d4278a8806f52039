package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.sitrep.lexicon.Resources;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceAnnotator;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/**
 * The one place Sitrep talks to Stanford CoreNLP. Splitting uses CoreNLP's tokenizer and sentence
 * splitter only (fast). {@link #parse} tags with CoreNLP's left3words tagger in its approximate
 * scoring mode (twice as fast; 99.8% the same tags), lemmatizes with CoreNLP's Morpha, and parses
 * with CoreNLP's neural dependency model run by Sitrep's own {@link ArcStandardParser} (same
 * trees, several times faster than CoreNLP's scorer), on the sentences it is given. Thread-safe:
 * the tagger and the parser model are shared and read-only, everything else is per call. Models
 * load lazily on first parse, so commands that never parse do not pay for them; both are loaded
 * once per JVM.
 */
public final class CoreNlpAnnotator implements SentenceAnnotator {
  private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  private static final int MAX_SHARED_PRODUCTS = 20_000;
  private final StanfordCoreNLP splitter;

  public CoreNlpAnnotator() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    // Keep original characters (quotes, brackets) so token text equals the document substring.
    // Characters the tokenizer cannot read (U+FFFD left by a bad conversion) are dropped without a
    // warning per document: they are not words, and offsets of the rest stay exact.
    p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false,untokenizable=noneDelete");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    splitter = new StanfordCoreNLP(p);
  }

  /** Loaded on first use and shared by every annotator in the JVM. */
  private static final class Models {
    static final MaxentTagger TAGGER = tagger();
    static final MaxentTagSequencer SEQUENCER = new MaxentTagSequencer(TAGGER);
    /** Lower-cased word → the tag it always takes; the tagger fits the others around it. */
    static final Map<String, String> FIXED_TAGS = fixedTags();
    static final NeuralParserModel PARSER = NeuralParserModel.load(NeuralParserModel.ENGLISH_UD);
    static final SubjectParticiples SUBJECT_PARTICIPLES = SubjectParticiples.load();

    private static MaxentTagger tagger() {
      Properties p = new Properties();
      // Normalises tag scores approximately instead of over every tag history: measured on news
      // text, 2x the speed with 8 tags in 4,793 different from exact inference.
      p.setProperty("approximate", "true");
      return new MaxentTagger(CoreNlpAnnotator.TAGGER, p, false);
    }

    private static Map<String, String> fixedTags() {
      Map<String, String> m = new HashMap<>();
      for (String[] row : Resources.rows(CoreNlpAnnotator.class, "fixed-tags.tsv", 2)) {
        m.put(row[0], row[1]);
      }
      return Map.copyOf(m);
    }
  }

  @Override
  public List<Sentence> split(String text, CharSpan region) {
    Annotation ann = new Annotation(region.of(text));
    splitter.annotate(ann);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        int b = region.start() + l.beginPosition();
        int e = region.start() + l.endPosition();
        tokens.add(new Token(tokens.size(), new CharSpan(b, e), text.substring(b, e), null, null));
      }
      if (tokens.isEmpty()) {
        continue;
      }
      CharSpan span = new CharSpan(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
      out.add(new Sentence(out.size(), span, tokens, List.of()));
    }
    return out;
  }

  @Override
  public List<Sentence> parse(String text, List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    Map<String, MaxentTagSequencer.WordScores> wordScores = new HashMap<>(); // a report repeats its words
    Morphology morphology = new Morphology(); // not thread-safe: one per call
    Map<String, String> lemmas = new HashMap<>(); // word and tag -> lemma; a report repeats its words
    ArcStandardParser dependencies = new ArcStandardParser(Models.PARSER);
    // Rare words' hidden-layer products, shared by this call's sentences (4 KB each).
    Map<Integer, float[]> computed = new HashMap<>();
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<String> words = new ArrayList<>(s.tokens().size());
      for (Token t : s.tokens()) {
        words.add(t.text());
      }
      if (computed.size() > MAX_SHARED_PRODUCTS) {
        computed.clear();
      }
      String[] tags = tag(words, wordScores);
      ArcStandardParser.Tree tree;
      int[] commas = Models.SUBJECT_PARTICIPLES.commasBefore(words, tags);
      if (commas.length == 0) {
        tree = dependencies.parse(words, List.of(tags), computed);
      } else {
        // Parse (and tag) with the commas the copy left out, then drop them from the tree.
        List<String> bracketed = new ArrayList<>(words.size() + commas.length);
        int[] at = new int[words.size()];
        for (int k = 0, c = 0; k < words.size(); k++) {
          if (c < commas.length && commas[c] == k) {
            bracketed.add(",");
            c++;
          }
          at[k] = bracketed.size();
          bracketed.add(words.get(k));
        }
        String[] bracketedTags = tag(bracketed, wordScores);
        int verb = at[commas[1]];
        if (bracketedTags[verb].equals("VBN")) {
          bracketedTags[verb] = "VBD"; // the subject's verb, with no auxiliary: "Gunmen, armed ..., killed"
        }
        ArcStandardParser.Tree full = dependencies.parse(bracketed, List.of(bracketedTags), computed);
        tree = withoutInserted(full, at);
        if (tree == null) {
          tree = dependencies.parse(words, List.of(tags), computed); // a comma got children: keep the plain parse
        } else {
          for (int k = 0; k < words.size(); k++) {
            tags[k] = bracketedTags[at[k]];
          }
        }
      }
      List<Token> tokens = new ArrayList<>(words.size());
      for (int k = 0; k < words.size(); k++) {
        String tag = tags[k];
        String word = words.get(k);
        String lemma = lemmas.computeIfAbsent(word + '\t' + tag, key -> morphology.lemma(word, tag));
        tokens.add(s.tokens().get(k).withTags(tag, lemma));
      }
      List<Dependency> deps = new ArrayList<>(tokens.size());
      for (int k = 0; k < tokens.size(); k++) {
        if (tree.head()[k] < 0) {
          deps.add(new Dependency(-1, k, "root"));
        }
      }
      for (int k = 0; k < tokens.size(); k++) {
        if (tree.head()[k] >= 0) {
          deps.add(new Dependency(tree.head()[k], k, tree.relation()[k]));
        }
      }
      out.add(new Sentence(s.index(), s.span(), tokens, deps));
    }
    return out;
  }

  /** CoreNLP's tags for the words, with the words of {@code fixed-tags.tsv} tagged their way. */
  private static String[] tag(List<String> words, Map<String, MaxentTagSequencer.WordScores> wordScores) {
    String[] tags = Models.SEQUENCER.tag(words, wordScores);
    // Keeping given tags takes the tagger's slower exact search: only when the fast one got a
    // fixed word wrong, tag again around the fixed tags.
    boolean retag = false;
    for (int k = 0; k < words.size(); k++) {
      String fixed = Models.FIXED_TAGS.get(words.get(k).toLowerCase(Locale.ROOT));
      retag |= fixed != null && !fixed.equals(tags[k]);
    }
    if (!retag) {
      return tags;
    }
    List<CoreLabel> labels = new ArrayList<>(words.size());
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setTag(Models.FIXED_TAGS.get(w.toLowerCase(Locale.ROOT)));
      labels.add(l);
    }
    Models.TAGGER.tagCoreLabels(labels, true);
    for (int k = 0; k < words.size(); k++) {
      tags[k] = labels.get(k).tag();
    }
    return tags;
  }

  /**
   * The tree of the words at {@code at[k]} of a longer parse, heads renumbered; null when one of
   * them hangs from a word that is not among them.
   */
  private static ArcStandardParser.Tree withoutInserted(ArcStandardParser.Tree full, int[] at) {
    int[] index = new int[full.head().length];
    java.util.Arrays.fill(index, -2);
    for (int k = 0; k < at.length; k++) {
      index[at[k]] = k;
    }
    int[] head = new int[at.length];
    String[] relation = new String[at.length];
    for (int k = 0; k < at.length; k++) {
      int h = full.head()[at[k]];
      head[k] = h < 0 ? -1 : index[h];
      if (head[k] == -2) {
        return null;
      }
      relation[k] = full.relation()[at[k]];
    }
    return new ArcStandardParser.Tree(head, relation);
  }
}
