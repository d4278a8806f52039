package org.sitrep.nlp.corenlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural transition-based dependency parser (Chen and Manning, EMNLP
 * 2014), read from the text model in CoreNLP's models jar, and the network's forward pass.
 *
 * <p>Why not CoreNLP's own classifier: it scores in double precision with one dot product per
 * transition and a boxed map lookup per feature, which made parsing 85% of Sitrep's extraction
 * time. The model file carries only four decimals per weight, so floats lose nothing; the arrays
 * here are rows laid out so that every inner loop is an element-wise {@code a[i] += s * b[i]} over
 * two arrays at the same index, which the JIT turns into SIMD instructions, and the second layer,
 * the largest product, is an {@link OutputLayer} with explicit SIMD where the JVM allows it. The hidden-layer products of the (token, feature
 * slot) pairs the model lists as frequent are computed once at load, as CoreNLP does.
 *
 * <p>File layout (CoreNLP's "nndep" text format): seven {@code key=value} header lines; one line
 * per word, POS tag and arc label with its embedding; the first-layer weights, one line per input
 * unit; the first-layer bias; the second-layer weights, one line per hidden unit; then the ids of
 * the pre-computed (token, slot) pairs. Token ids are one space: words, then tags, then labels.
 *
 * <p>Immutable after construction and thread-safe; {@link #scores} writes only into the caller's
 * scratch arrays.
 */
final class NeuralParserModel {
  static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  final int embeddingSize;
  final int hiddenSize;
  /** Input slots: 18 words, 18 tags, 12 arc labels. */
  final int slots;
  /** Arc labels of the transitions; {@code labels[0]} is the root relation. */
  final String[] labels;
  /** Transitions: left arcs by label, right arcs by label, then shift. */
  final int transitions;
  /** {@link #transitions} rounded up so that score vectors have no scalar tail. */
  private final int paddedTransitions;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  /** Id of the first arc label ({@code -NULL-}); transition label {@code l} has id {@code labelBase + 1 + l}. */
  final int labelBase;
  final int unknownWord;
  final int nullWord;
  final int rootWord;
  final int unknownTag;
  final int nullTag;
  final int rootTag;

  private final float[] embeddings; // [token id * E + k]
  private final float[][] firstLayer; // [slot * E + k][h]
  private final float[] bias; // [h]
  private final OutputLayer outputLayer;
  private final int[] precomputedRow; // [token id * slots + slot] -> row, or -1
  private final float[][] precomputed; // [row][h]

  private NeuralParserModel(ModelText in) {
    int words = in.header("dict");
    int tags = in.header("pos");
    int labelCount = in.header("label");
    embeddingSize = in.header("embeddingSize");
    hiddenSize = in.header("hiddenSize");
    slots = in.header("numTokens");
    int precomputedCount = in.header("preComputed");
    int tokens = words + tags + labelCount;
    embeddings = new float[tokens * embeddingSize];
    wordIds = new HashMap<>(words * 2);
    tagIds = new HashMap<>(tags * 2);
    labels = new String[labelCount - 1];
    for (int id = 0; id < tokens; id++) {
      String name = in.word();
      if (id < words) {
        wordIds.put(name, id);
      } else if (id < words + tags) {
        tagIds.put(name, id);
      } else if (id > words + tags) {
        labels[id - words - tags - 1] = name;
      }
      in.floats(embeddings, id * embeddingSize, embeddingSize);
    }
    labelBase = words + tags;
    unknownWord = require(wordIds, UNKNOWN);
    nullWord = require(wordIds, NULL);
    rootWord = require(wordIds, ROOT);
    unknownTag = require(tagIds, UNKNOWN);
    nullTag = require(tagIds, NULL);
    rootTag = require(tagIds, ROOT);

    int inputs = slots * embeddingSize;
    firstLayer = new float[inputs][hiddenSize];
    for (int r = 0; r < inputs; r++) {
      in.floats(firstLayer[r], 0, hiddenSize);
    }
    bias = new float[hiddenSize];
    in.floats(bias, 0, hiddenSize);
    transitions = 2 * labels.length + 1;
    paddedTransitions = (transitions + 31) / 32 * 32;
    float[][] secondLayer = new float[hiddenSize][paddedTransitions];
    for (int h = 0; h < hiddenSize; h++) {
      in.floats(secondLayer[h], 0, transitions);
    }
    outputLayer = OutputLayer.best(secondLayer);
    precomputedRow = new int[tokens * slots];
    java.util.Arrays.fill(precomputedRow, -1);
    precomputed = new float[precomputedCount][];
    for (int row = 0; row < precomputedCount; row++) {
      int key = in.integer();
      precomputedRow[key] = row;
      precomputed[row] = hiddenProduct(key / slots, key % slots);
    }
  }

  /** Reads the model from the classpath (CoreNLP's models jar); fails loudly naming the resource. */
  static NeuralParserModel load(String resource) {
    try (InputStream raw = NeuralParserModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("dependency parser model not on the classpath: " + resource);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
      try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
        in.transferTo(bytes);
      }
      return new NeuralParserModel(new ModelText(resource, bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dependency parser model " + resource, e);
    }
  }

  int wordId(String word) {
    return wordIds.getOrDefault(word, unknownWord);
  }

  int tagId(String tag) {
    return tag == null ? unknownTag : tagIds.getOrDefault(tag, unknownTag);
  }

  /** A scratch vector for {@link #scores}' hidden layer. */
  float[] newHidden() {
    return new float[hiddenSize];
  }

  /** A scratch vector for {@link #scores}' output. */
  float[] newScores() {
    return new float[paddedTransitions];
  }

  /**
   * Transition scores for one parser state, written into {@code scores[0..transitions)}.
   * {@code features[slot]} are token ids; {@code computed} memoises, for one document, the
   * hidden-layer products of pairs the model did not pre-compute (keyed by {@code id * slots + slot}).
   */
  void scores(int[] features, float[] hidden, float[] scores, Map<Integer, float[]> computed) {
    float[][] products = new float[slots][];
    for (int slot = 0; slot < slots; slot++) {
      int id = features[slot];
      int key = id * slots + slot;
      int row = precomputedRow[key];
      float[] product;
      if (row >= 0) {
        product = precomputed[row];
      } else {
        product = computed.get(key);
        if (product == null) {
          product = hiddenProduct(id, slot);
          computed.put(key, product);
        }
      }
      products[slot] = product;
    }
    System.arraycopy(bias, 0, hidden, 0, hiddenSize);
    // Four rows per pass over the hidden layer, added in slot order as one at a time would (the
    // same sums), with a quarter of the loads and stores of the hidden layer: measured 1.3x faster.
    // Same index on every array: the loop the JIT vectorises.
    int slot = 0;
    for (; slot + 3 < slots; slot += 4) {
      float[] a = products[slot];
      float[] b = products[slot + 1];
      float[] c = products[slot + 2];
      float[] d = products[slot + 3];
      for (int h = 0; h < hiddenSize; h++) {
        hidden[h] = (((hidden[h] + a[h]) + b[h]) + c[h]) + d[h];
      }
    }
    for (; slot < slots; slot++) {
      float[] a = products[slot];
      for (int h = 0; h < hiddenSize; h++) {
        hidden[h] += a[h];
      }
    }
    for (int h = 0; h < hiddenSize; h++) {
      float x = hidden[h];
      hidden[h] = x * x * x; // the cube activation of Chen and Manning
    }
    outputLayer.scores(hidden, scores);
  }

  /** {@code W1[slot] · E[id]}: one input's contribution to the hidden layer. */
  private float[] hiddenProduct(int id, int slot) {
    float[] out = new float[hiddenSize];
    int e = id * embeddingSize;
    int first = slot * embeddingSize;
    int k = 0;
    for (; k + 3 < embeddingSize; k += 4) {
      float a = embeddings[e + k];
      float b = embeddings[e + k + 1];
      float c = embeddings[e + k + 2];
      float d = embeddings[e + k + 3];
      float[] ra = firstLayer[first + k];
      float[] rb = firstLayer[first + k + 1];
      float[] rc = firstLayer[first + k + 2];
      float[] rd = firstLayer[first + k + 3];
      for (int h = 0; h < hiddenSize; h++) {
        out[h] += a * ra[h] + b * rb[h] + c * rc[h] + d * rd[h];
      }
    }
    for (; k < embeddingSize; k++) {
      float a = embeddings[e + k];
      float[] ra = firstLayer[first + k];
      for (int h = 0; h < hiddenSize; h++) {
        out[h] += a * ra[h];
      }
    }
    return out;
  }

  private static int require(Map<String, Integer> ids, String name) {
    Integer id = ids.get(name);
    if (id == null) {
      throw new IllegalStateException("dependency parser model lacks " + name);
    }
    return id;
  }
}
