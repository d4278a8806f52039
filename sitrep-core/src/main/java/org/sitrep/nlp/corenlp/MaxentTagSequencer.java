package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.math.SloppyMath;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.History;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.PairsHolder;
import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a CoreNLP maxent tagger model in its approximate scoring mode with Sitrep's own inference:
 * the same features (CoreNLP's own extractors), weights, per-history normalisation and exact
 * second-order Viterbi search as CoreNLP's {@code TestSentence} and {@code ExactBestSequenceFinder},
 * adding the same numbers in the same order, so the tags are CoreNLP's.
 *
 * <p>Why: tagging was 40% of parse time. For every tag history of every word, CoreNLP builds the
 * history's feature strings ("NN!VBD") and looks each up in a hash map, then looks up every tag's
 * index by its name. Here the features that read tags (the previous tag, the previous two tags)
 * are a table indexed by tag numbers, built once at load; the features of words are computed once
 * per position, and a word's own features once per call.
 *
 * <p>CoreNLP's tagger internals are package-private, so they are read reflectively here, once,
 * failing loudly with the member's name if a CoreNLP version changes them. The model's tag-reading
 * features must be only the previous one or two tags (left3words and its kin), which load checks.
 * Immutable after construction and thread-safe; {@link #tag} keeps its caches per call.
 */
final class MaxentTagSequencer {
  private static final String NA = "NA";

  private final int tagCount;
  private final String[] tagNames;
  private final double[] lambda;
  private final List<Map<String, int[]>> associations;
  private final int commonExtractors;
  private final List<Pair<Integer, Extractor>> local;
  private final List<Pair<Integer, Extractor>> localContext;
  private final List<Pair<Integer, Extractor>> rareLocal;
  private final List<Pair<Integer, Extractor>> rareLocalContext;
  private final List<Pair<Integer, Extractor>> rareDynamic;
  private final int rareThreshold;
  private final int minWordsLockTags;
  /** [(before * (tagCount + 1) + previous) * tagCount + tag]: the tag-reading features' score sum; index tagCount is "NA". */
  private final double[] historyScores;
  /** Log-score of the inactive tags, by their number. */
  private final double[] inactiveScores;

  private final Method extract;
  private final Constructor<History> history;
  private final Method setWord;
  private final Method setTag;
  private final Method dictionarySum;
  private final Method dictionaryTags;
  private final Method tagIndex;
  private final Method expandTags;
  private final Object dictionary;
  private final Object tags;
  private final Object extractors;
  private final String[] openTags;
  /** What the tagger reads instead of each word (e.g. American spellings of British ones), or null. */
  private final Function<String, String> wordFunction;

  @SuppressWarnings("unchecked")
  MaxentTagSequencer(MaxentTagger tagger) {
    try {
      extract = method(Extractor.class, "extract", History.class, PairsHolder.class);
      history = History.class.getDeclaredConstructor(
          int.class, int.class, int.class, PairsHolder.class, Class.forName("edu.stanford.nlp.tagger.maxent.Extractors"));
      history.setAccessible(true);
      setWord = method(PairsHolder.class, "setWord", int.class, String.class);
      setTag = method(PairsHolder.class, "setTag", int.class, String.class);
      dictionary = field(tagger, MaxentTagger.class, "dict");
      dictionarySum = method(dictionary.getClass(), "sum", String.class);
      dictionaryTags = method(dictionary.getClass(), "getTags", String.class);
      tags = field(tagger, MaxentTagger.class, "tags");
      tagIndex = method(tags.getClass(), "getIndex", String.class);
      expandTags = method(tags.getClass(), "deterministicallyExpandTags", String[].class);
      if ((int) field(tagger, MaxentTagger.class, "leftContext") != 2
          || (int) field(tagger, MaxentTagger.class, "rightContext") != 0) {
        throw new IllegalStateException("tagger model is not a left-context, two-tag model");
      }
      wordFunction = (Function<String, String>) field(tagger, MaxentTagger.class, "wordFunction");
      tagCount = (int) field(tagger, MaxentTagger.class, "ySize");
      tagNames = new String[tagCount + 1];
      Method getTag = method(tags.getClass(), "getTag", int.class);
      for (int t = 0; t < tagCount; t++) {
        tagNames[t] = (String) getTag.invoke(tags, t);
      }
      tagNames[tagCount] = NA;
      Object solver = method(MaxentTagger.class, "getLambdaSolve").invoke(tagger);
      lambda = (double[]) solver.getClass().getField("lambda").get(solver);
      associations = (List<Map<String, int[]>>) field(tagger, MaxentTagger.class, "fAssociations");
      rareThreshold = (int) field(tagger, MaxentTagger.class, "rareWordThresh");
      Object config = field(tagger, MaxentTagger.class, "config");
      minWordsLockTags = config == null ? 1 : (int) method(config.getClass(), "getMinWordsLockTags").invoke(config);
      Object common = field(tagger, MaxentTagger.class, "extractors");
      extractors = common;
      openTags = (String[]) method(tags.getClass(), "getOpenTagsArray").invoke(tags);
      Object rare = field(tagger, MaxentTagger.class, "extractorsRare");
      commonExtractors = (int) method(common.getClass(), "size").invoke(common);
      local = (List<Pair<Integer, Extractor>>) field(common, common.getClass(), "local");
      localContext = (List<Pair<Integer, Extractor>>) field(common, common.getClass(), "localContext");
      rareLocal = (List<Pair<Integer, Extractor>>) field(rare, rare.getClass(), "local");
      rareLocalContext = (List<Pair<Integer, Extractor>>) field(rare, rare.getClass(), "localContext");
      rareDynamic = (List<Pair<Integer, Extractor>>) field(rare, rare.getClass(), "dynamic");
      historyScores = historyScores((List<Pair<Integer, Extractor>>) field(common, common.getClass(), "dynamic"), common);
      inactiveScores = new double[tagCount + 1];
      Method inactive = method(MaxentTagger.class, "getInactiveTagDefaultScore", int.class);
      for (int n = 0; n <= tagCount; n++) {
        inactiveScores[n] = (double) inactive.invoke(tagger, n);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP tagger internals differ from 4.5.10: " + e, e);
    }
  }

  /**
   * The tag-reading features' scores for every (tag before previous, previous tag) pair, "NA"
   * included: CoreNLP's extractors run on a three-word history with those two tags.
   */
  private double[] historyScores(List<Pair<Integer, Extractor>> dynamic, Object extractors)
      throws ReflectiveOperationException {
    int width = tagCount + 1;
    double[] out = new double[width * width * tagCount];
    PairsHolder pairs = new PairsHolder();
    pairs.setSize(3);
    for (int k = 0; k < 3; k++) {
      setWord.invoke(pairs, k, "x");
    }
    History h = history.newInstance(0, 2, 2, pairs, extractors);
    for (int before = 0; before < width; before++) {
      for (int previous = 0; previous < width; previous++) {
        setTag.invoke(pairs, 0, tagNames[before]);
        setTag.invoke(pairs, 1, tagNames[previous]);
        int base = (before * width + previous) * tagCount;
        for (Pair<Integer, Extractor> e : dynamic) {
          int[] fa = associations.get(e.first()).get((String) extract.invoke(e.second(), h, pairs));
          if (fa == null) {
            continue;
          }
          for (int t = 0; t < tagCount; t++) {
            if (fa[t] >= 0) {
              out[base + t] += lambda[fa[t]];
            }
          }
        }
      }
    }
    return out;
  }

  /** Tags for the words, as CoreNLP's {@code MaxentTagger.tagSentence} in approximate mode gives them. */
  String[] tag(List<String> words, Map<String, WordScores> cache) {
    try {
      return sequence(words, cache);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP tagger call failed: " + e, e);
    }
  }

  /** A word's possible tags and the scores of its own features, shared by one call's sentences. */
  record WordScores(int[] tags, boolean rare, double[] local) {}

  private String[] sequence(List<String> words, Map<String, WordScores> cache) throws ReflectiveOperationException {
    int size = words.size() + 1;
    String[] sent = new String[size];
    for (int i = 0; i < words.size(); i++) {
      sent[i] = wordFunction == null ? words.get(i) : wordFunction.apply(words.get(i));
    }
    sent[words.size()] = Tagger.EOS_WORD;
    PairsHolder pairs = new PairsHolder();
    pairs.setSize(size);
    for (int i = 0; i < size; i++) {
      setWord.invoke(pairs, i, sent[i]);
    }
    int[][] possible = new int[size][];
    double[][] fixed = new double[size][]; // the word and context features' score per possible tag
    int[][][] rareHistory = new int[size][][];
    for (int i = 0; i < size; i++) {
      String w = sent[i];
      History h = history.newInstance(0, size - 1, i, pairs, extractors);
      WordScores ws = cache.get(w);
      if (ws == null) {
        int[] ids = possibleTags(w);
        boolean rare = (int) dictionarySum.invoke(dictionary, w) < rareThreshold;
        ws = new WordScores(ids, rare, scores(ids, h, pairs, local, rare ? rareLocal : null));
        cache.put(w, ws);
      }
      possible[i] = ws.tags();
      double[] context = scores(ws.tags(), h, pairs, localContext, ws.rare() ? rareLocalContext : null);
      for (int j = 0; j < context.length; j++) {
        context[j] += ws.local()[j];
      }
      fixed[i] = context;
      if (ws.rare()) {
        // These read only whether the previous tag is "NA", i.e. whether i opens the sentence.
        int[][] fa = new int[rareDynamic.size()][];
        for (int k = 0; k < fa.length; k++) {
          Pair<Integer, Extractor> e = rareDynamic.get(k);
          fa[k] = associations.get(commonExtractors + e.first()).get((String) extract.invoke(e.second(), h, pairs));
        }
        rareHistory[i] = fa;
      }
    }
    return viterbi(possible, fixed, rareHistory);
  }

  private int[] possibleTags(String word) throws ReflectiveOperationException {
    int count = (int) dictionarySum.invoke(dictionary, word);
    String[] names = count == 0 || count < minWordsLockTags
        ? openTags
        : (String[]) dictionaryTags.invoke(dictionary, word);
    names = (String[]) expandTags.invoke(tags, (Object) names);
    int[] ids = new int[names.length];
    for (int j = 0; j < ids.length; j++) {
      ids[j] = (int) tagIndex.invoke(tags, names[j]);
    }
    return ids;
  }

  private double[] scores(
      int[] ids, History h, PairsHolder pairs, List<Pair<Integer, Extractor>> common,
      List<Pair<Integer, Extractor>> rare) throws ReflectiveOperationException {
    double[] out = new double[ids.length];
    add(out, ids, h, pairs, common, 0);
    if (rare != null) {
      add(out, ids, h, pairs, rare, commonExtractors);
    }
    return out;
  }

  private void add(double[] out, int[] ids, History h, PairsHolder pairs, List<Pair<Integer, Extractor>> extractors,
      int offset) throws ReflectiveOperationException {
    for (Pair<Integer, Extractor> e : extractors) {
      int[] fa = associations.get(offset + e.first()).get((String) extract.invoke(e.second(), h, pairs));
      if (fa == null) {
        continue;
      }
      for (int j = 0; j < ids.length; j++) {
        int f = fa[ids[j]];
        if (f >= 0) {
          out[j] += lambda[f];
        }
      }
    }
  }

  /**
   * Exact second-order Viterbi: the state at position i is (tag i-1, tag i); the score of tag i
   * given the two before it is normalised over the word's possible tags and a default for the
   * others, as CoreNLP's approximate scoring does.
   */
  private String[] viterbi(int[][] possible, double[][] fixed, int[][][] rareHistory) {
    int size = possible.length;
    int width = tagCount + 1;
    int[] naOnly = {tagCount};
    double[][] best = null; // [index of tag i-1][index of tag i]
    int[][][] back = new int[size][][];
    for (int i = 0; i < size; i++) {
      int[] before = i >= 2 ? possible[i - 2] : naOnly;
      int[] previous = i >= 1 ? possible[i - 1] : naOnly;
      int[] current = possible[i];
      double[][] next = new double[previous.length][current.length];
      back[i] = new int[previous.length][current.length];
      for (double[] row : next) {
        java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
      }
      double inactive = inactiveScores[tagCount - current.length];
      for (int a = 0; a < before.length; a++) {
        for (int b = 0; b < previous.length; b++) {
          double prior = best == null ? 0 : best[a][b];
          int base = (before[a] * width + previous[b]) * tagCount;
          double[] s = new double[current.length];
          for (int c = 0; c < current.length; c++) {
            double x = historyScores[base + current[c]];
            if (rareHistory[i] != null) {
              for (int[] fa : rareHistory[i]) {
                if (fa != null && fa[current[c]] >= 0) {
                  x += lambda[fa[current[c]]];
                }
              }
            }
            s[c] = x + fixed[i][c];
          }
          double total = SloppyMath.logAdd(ArrayMath.logSum(s), inactive);
          for (int c = 0; c < current.length; c++) {
            double score = best == null ? s[c] + -total : prior + (s[c] + -total);
            if (score > next[b][c]) {
              next[b][c] = score;
              back[i][b][c] = a;
            }
          }
        }
      }
      best = next;
    }
    int bestB = 0;
    int bestC = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int b = 0; b < best.length; b++) {
      for (int c = 0; c < best[b].length; c++) {
        if (best[b][c] > top) {
          top = best[b][c];
          bestB = b;
          bestC = c;
        }
      }
    }
    int[] chosen = new int[size]; // indices into possible[i]
    chosen[size - 1] = bestC;
    if (size >= 2) {
      chosen[size - 2] = bestB;
    }
    for (int i = size - 1; i >= 2; i--) {
      chosen[i - 2] = back[i][chosen[i - 1]][chosen[i]];
    }
    String[] out = new String[size - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = tagNames[possible[i][chosen[i]]];
    }
    return out;
  }

  private static Method method(Class<?> owner, String name, Class<?>... parameters) throws NoSuchMethodException {
    for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
      try {
        Method m = c.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
      } catch (NoSuchMethodException e) {
        // look in the superclass
      }
    }
    throw new NoSuchMethodException(owner.getName() + "." + name);
  }

  private static Object field(Object target, Class<?> owner, String name) throws ReflectiveOperationException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(target);
  }
}
