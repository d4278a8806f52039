package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;



/**
 * The dependency tree of one parsed sentence, indexed for the questions roles and attribution
 * ask: who governs a token, which clause it belongs to, what lies below it. Built per sentence;
 * not shared.
 */
public final class ClauseStructure {
  /** Relations whose dependent starts a clause of its own. */
  private static final Set<String> CLAUSAL =
      Set.of("root", "ccomp", "xcomp", "advcl", "acl:relcl", "acl", "parataxis", "csubj", "csubj:pass");

  private final Sentence sentence;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  public ClauseStructure(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    rel = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "root");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      head[d.dependent()] = d.governor();
      rel[d.dependent()] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(d.dependent());
      }
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public int head(int token) {
    return head[token];
  }

  public String relation(int token) {
    return rel[token];
  }

  public List<Integer> children(int token) {
    return children.get(token);
  }

  /** Children of {@code token} whose relation starts with {@code prefix} ("nsubj" matches nsubj:pass). */
  public List<Integer> children(int token, String prefix) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(token)) {
      if (rel[c].startsWith(prefix)) {
        out.add(c);
      }
    }
    return out;
  }

  public boolean isClauseHead(int token) {
    if (CLAUSAL.contains(rel[token])) {
      return true;
    }
    // Coordinated verbs ("killed 312 … and captured seven") each head a clause.
    return rel[token].equals("conj") && isVerb(token) && head[token] >= 0 && isVerb(head[token]);
  }

  /** The head of the clause that contains {@code token}. */
  public int clauseOf(int token) {
    int t = token;
    int guard = 0;
    while (!isClauseHead(t) && head[t] >= 0 && guard++ < head.length) {
      t = head[t];
    }
    return t;
  }

  /** True when {@code ancestor} dominates {@code token} (or is it). */
  public boolean dominates(int ancestor, int token) {
    int t = token;
    int guard = 0;
    while (t >= 0 && guard++ <= head.length) {
      if (t == ancestor) {
        return true;
      }
      t = head[t];
    }
    return false;
  }

  /** Tokens of the clause headed by {@code clauseHead}, not descending into nested clauses. */
  public boolean inClause(int clauseHead, int token) {
    return clauseOf(token) == clauseHead;
  }

  /** The chain of clause heads from the clause of {@code token} up to the root clause. */
  public List<Integer> clauseChain(int token) {
    List<Integer> out = new ArrayList<>();
    int c = clauseOf(token);
    int guard = 0;
    while (c >= 0 && guard++ <= head.length) {
      out.add(c);
      c = head[c] < 0 ? -1 : clauseOf(head[c]);
    }
    return out;
  }

  /** Whether the word is negated: "did not claim", "no arrests", "never happened". */
  public boolean isNegated(int token) {
    for (int c : children(token)) {
      String rel = relation(c);
      String w = sentence.tokens().get(c).text().toLowerCase(java.util.Locale.ROOT);
      if (rel.equals("neg") || rel.equals("det") && w.equals("no")
          || rel.equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }

  public boolean isVerb(int token) {
    String pos = sentence.tokens().get(token).pos();
    return pos != null && pos.startsWith("VB");
  }

  public boolean isNoun(int token) {
    String pos = sentence.tokens().get(token).pos();
    return pos != null && (pos.startsWith("NN") || pos.equals("CD"));
  }

  public boolean isPronoun(int token) {
    String pos = sentence.tokens().get(token).pos();
    return pos != null && (pos.equals("PRP") || pos.equals("PRP$"));
  }

  /** Subtree of {@code token}, stopping at nested clause heads when {@code stopAtClauses}. */
  public List<Integer> subtree(int token, boolean stopAtClauses) {
    List<Integer> out = new ArrayList<>();
    collect(token, stopAtClauses, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int token, boolean stop, List<Integer> out, int depth) {
    if (depth > head.length) {
      return;
    }
    out.add(token);
    for (int c : children.get(token)) {
      if (stop && isClauseHead(c)) {
        continue;
      }
      collect(c, stop, out, depth + 1);
    }
  }

  /** Whether the clause headed by {@code clauseHead} is passive (has aux:pass or nsubj:pass). */
  public boolean isPassive(int verb) {
    for (int c : children.get(verb)) {
      if (rel[c].equals("aux:pass") || rel[c].equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /** The preposition ("by", "on", "against") marking a nominal dependent, or "". */
  public String caseMarker(int token) {
    for (int c : children.get(token)) {
      if (rel[c].equals("case")) {
        return sentence.tokens().get(c).text().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }
}
