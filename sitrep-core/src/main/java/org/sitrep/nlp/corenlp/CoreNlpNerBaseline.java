package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * A plain CoreNLP pipeline ({@code tokenize,ssplit,pos,lemma,ner} with CoreNLP's default NER
 * settings) as the speed baseline for {@code sitrep bench}, and the one token count both sides of
 * the benchmark use ({@link #countTokens}: CoreNLP's default tokenizer). Not part of extraction.
 * Thread-safe: the CoreNLP pipelines are shared, annotations are per call.
 */
public final class CoreNlpNerBaseline {
  private final StanfordCoreNLP pipeline;

  /** Loads the POS tagger and NER models (seconds, hundreds of MB). */
  public CoreNlpNerBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates {@code text} fully and returns its number of tokens. */
  public int annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  private static final class Tokenizer {
    static final StanfordCoreNLP INSTANCE = build();

    private static StanfordCoreNLP build() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize");
      return new StanfordCoreNLP(p);
    }
  }

  /** Tokens in {@code text} by CoreNLP's default tokenizer: the benchmark's unit of work. */
  public static int countTokens(String text) {
    Annotation a = new Annotation(text);
    Tokenizer.INSTANCE.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
