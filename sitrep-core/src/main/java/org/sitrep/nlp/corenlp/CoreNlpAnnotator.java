package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceAnnotator;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/**
 * The one place Sitrep talks to Stanford CoreNLP. Splitting uses CoreNLP's tokenizer and sentence
 * splitter only (fast); {@link #parse} runs POS, lemma and the neural dependency parser on the
 * sentences it is given. Thread-safe: CoreNLP pipelines are shared, annotations are per call.
 * Models load lazily on first parse, so commands that never parse do not pay for them.
 */
public final class CoreNlpAnnotator implements SentenceAnnotator {
  private static final int MAX_SHARED_PRODUCTS = 20_000;
  private final StanfordCoreNLP splitter;
  private volatile StanfordCoreNLP parser;

  public CoreNlpAnnotator() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    // Keep original characters (quotes, brackets) so token text equals the document substring.
    p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    splitter = new StanfordCoreNLP(p);
  }

  private StanfordCoreNLP parser() {
    StanfordCoreNLP local = parser;
    if (local == null) {
      synchronized (this) {
        local = parser;
        if (local == null) {
          Properties p = new Properties();
          p.setProperty("annotators", "pos,lemma");
          p.setProperty("enforceRequirements", "false");
          local = new StanfordCoreNLP(p);
          parser = local;
        }
      }
    }
    return local;
  }

  /** The dependency model, loaded on first use and shared by every annotator in the JVM (~400 MB). */
  private static final class ParserModelHolder {
    static final NeuralParserModel MODEL = NeuralParserModel.load(NeuralParserModel.ENGLISH_UD);
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
    List<CoreMap> maps = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    for (Sentence s : sentences) {
      List<CoreLabel> labels = new ArrayList<>();
      for (Token t : s.tokens()) {
        CoreLabel l = new CoreLabel();
        l.setWord(t.text());
        l.setValue(t.text());
        l.setOriginalText(t.text());
        l.setBeginPosition(t.span().start());
        l.setEndPosition(t.span().end());
        l.setIndex(t.index() + 1);
        l.setSentIndex(s.index());
        labels.add(l);
      }
      Annotation sent = new Annotation(s.text(text));
      sent.set(CoreAnnotations.TokensAnnotation.class, labels);
      sent.set(CoreAnnotations.SentenceIndexAnnotation.class, maps.size());
      maps.add(sent);
      all.addAll(labels);
    }
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.TokensAnnotation.class, all);
    doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
    parser().annotate(doc);
    ArcStandardParser dependencies = new ArcStandardParser(ParserModelHolder.MODEL);
    // Rare words' hidden-layer products, shared by this call's sentences (4 KB each).
    java.util.Map<Integer, float[]> computed = new java.util.HashMap<>();

    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      CoreMap m = maps.get(i);
      List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(s.tokens().size());
      for (int k = 0; k < s.tokens().size(); k++) {
        CoreLabel l = labels.get(k);
        tokens.add(s.tokens().get(k).withTags(l.tag(), l.lemma()));
      }
      List<String> words = new ArrayList<>(tokens.size());
      List<String> tags = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        words.add(t.text());
        tags.add(t.pos());
      }
      if (computed.size() > MAX_SHARED_PRODUCTS) {
        computed.clear();
      }
      ArcStandardParser.Tree tree = dependencies.parse(words, tags, computed);
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
}
