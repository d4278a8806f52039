package org.sitrep.nlp.corenlp;

import java.util.List;
import java.util.Map;

/**
 * Greedy arc-standard dependency parsing (Nivre 2004) driven by {@link NeuralParserModel}, with
 * the feature templates and transition rules of CoreNLP's {@code nndep} parser so that the model
 * trained for it gives the same trees: a single root, ties between scores broken towards the
 * earlier transition. States with only one legal transition (the first shifts, the final root
 * arc) are not scored at all.
 *
 * <p>Indices follow the parser's convention inside: 0 is the artificial root, tokens are 1..n,
 * -1 is "none". Thread-safe: all state is per call.
 */
final class ArcStandardParser {
  private static final int NONE = -1;
  private final NeuralParserModel model;

  ArcStandardParser(NeuralParserModel model) {
    this.model = model;
  }

  /** A parse: {@code head[i]} of token i (0-based; -1 for the sentence root) and its relation. */
  record Tree(int[] head, String[] relation) {}

  /**
   * One sentence's tree. {@code computed} (hidden-layer products of rare words, see
   * {@link NeuralParserModel#scores}) may be shared with other sentences of the same document,
   * where names recur; the caller bounds its size.
   */
  Tree parse(List<String> words, List<String> tags, Map<Integer, float[]> computed) {
    State s = new State(words, tags);
    int[] features = new int[model.slots];
    float[] hidden = model.newHidden();
    float[] scores = model.newScores();
    int labels = model.labels.length;
    int shift = 2 * labels;
    while (!(s.stackSize == 1 && s.next > s.n)) {
      boolean canShift = s.next <= s.n;
      boolean arcs = s.stackSize > 2;
      if (!arcs) {
        if (canShift) {
          s.shift();
        } else if (s.stackSize == 2) {
          s.rightArc(0); // the last word standing attaches to the root with the root relation
        } else {
          break; // unreachable for n >= 1
        }
        continue;
      }
      s.features(features);
      model.scores(features, hidden, scores, computed);
      int best = -1;
      float bestScore = Float.NEGATIVE_INFINITY;
      // Left arcs (heads are words, so never the root relation), then right arcs, then shift.
      for (int t = 1; t < labels; t++) {
        if (scores[t] > bestScore) {
          bestScore = scores[t];
          best = t;
        }
      }
      for (int t = labels + 1; t < shift; t++) {
        if (scores[t] > bestScore) {
          bestScore = scores[t];
          best = t;
        }
      }
      if (canShift && scores[shift] > bestScore) {
        best = shift;
      }
      if (best == shift) {
        s.shift();
      } else if (best < labels) {
        s.leftArc(best);
      } else {
        s.rightArc(best - labels);
      }
    }
    int[] head = new int[s.n];
    String[] relation = new String[s.n];
    for (int i = 1; i <= s.n; i++) {
      head[i - 1] = s.head[i] - 1; // the root (0) becomes -1
      relation[i - 1] = s.label[i] >= 0 ? model.labels[s.label[i]] : "dep";
    }
    return new Tree(head, relation);
  }

  /** Stack, buffer and partial tree, with each word's two outermost children on either side. */
  private final class State {
    final int n;
    final int[] wordId;
    final int[] tagId;
    final int[] stack;
    int stackSize;
    int next = 1;
    final int[] head;
    final int[] label;
    final int[] left1;
    final int[] left2;
    final int[] right1;
    final int[] right2;

    State(List<String> words, List<String> tags) {
      n = words.size();
      wordId = new int[n + 1];
      tagId = new int[n + 1];
      wordId[0] = model.rootWord;
      tagId[0] = model.rootTag;
      for (int i = 1; i <= n; i++) {
        wordId[i] = model.wordId(words.get(i - 1));
        tagId[i] = model.tagId(tags.get(i - 1));
      }
      stack = new int[n + 1];
      stack[stackSize++] = 0;
      head = filled(n + 1);
      label = filled(n + 1);
      left1 = filled(n + 1);
      left2 = filled(n + 1);
      right1 = filled(n + 1);
      right2 = filled(n + 1);
    }

    void shift() {
      stack[stackSize++] = next++;
    }

    /** The second word on the stack becomes a (new leftmost) child of the top one. */
    void leftArc(int l) {
      int h = stack[stackSize - 1];
      int d = stack[stackSize - 2];
      attach(h, d, l);
      left2[h] = left1[h];
      left1[h] = d;
      stack[stackSize - 2] = h;
      stackSize--;
    }

    /** The top word becomes a (new rightmost) child of the second one. */
    void rightArc(int l) {
      int h = stack[stackSize - 2];
      int d = stack[stackSize - 1];
      attach(h, d, l);
      right2[h] = right1[h];
      right1[h] = d;
      stackSize--;
    }

    private void attach(int h, int d, int l) {
      head[d] = h;
      label[d] = l;
    }

    int stack(int k) {
      return k < stackSize ? stack[stackSize - 1 - k] : NONE;
    }

    int buffer(int k) {
      int i = next + k;
      return i <= n ? i : NONE;
    }

    /** CoreNLP's 48 inputs: 18 words, their 18 tags, the 12 arc labels of the children among them. */
    void features(int[] f) {
      int[] at = new int[18];
      at[0] = stack(2);
      at[1] = stack(1);
      at[2] = stack(0);
      at[3] = buffer(0);
      at[4] = buffer(1);
      at[5] = buffer(2);
      for (int j = 0; j <= 1; j++) {
        int k = stack(j);
        int base = 6 + 6 * j;
        at[base] = child(left1, k);
        at[base + 1] = child(right1, k);
        at[base + 2] = child(left2, k);
        at[base + 3] = child(right2, k);
        at[base + 4] = child(left1, child(left1, k));
        at[base + 5] = child(right1, child(right1, k));
      }
      for (int p = 0; p < 18; p++) {
        int i = at[p];
        f[p] = i == NONE ? model.nullWord : wordId[i];
        f[18 + p] = i == NONE ? model.nullTag : tagId[i];
      }
      for (int p = 0; p < 12; p++) {
        int i = at[6 + p];
        f[36 + p] = model.labelBase + (i == NONE ? 0 : 1 + label[i]);
      }
    }

    private int child(int[] of, int k) {
      return k == NONE ? NONE : of[k];
    }

    private static int[] filled(int size) {
      int[] a = new int[size];
      java.util.Arrays.fill(a, NONE);
      return a;
    }
  }
}
