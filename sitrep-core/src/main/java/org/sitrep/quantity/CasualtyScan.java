package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/**
 * Per-call state of the casualty counter: one sentence's tokens, lower-cased once, which tokens a
 * count already used (a number is counted once), and the counts found so far. Not shared between
 * threads.
 */
final class CasualtyScan {
  final List<Token> tokens;
  final String[] lower;
  final boolean[] used;
  final List<FoundCount> found = new ArrayList<>(2);

  CasualtyScan(List<Token> tokens) {
    this.tokens = tokens;
    lower = new String[tokens.size()];
    used = new boolean[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
  }

  /** Lower-cased token text, or "" outside the sentence. */
  String lower(int i) {
    return i >= 0 && i < lower.length ? lower[i] : "";
  }

  /** True when no token in [from, to) belongs to a count yet. */
  boolean free(int from, int to) {
    for (int k = Math.max(0, from); k < to && k < used.length; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  void add(FoundCount f) {
    for (int k = f.start(); k < f.end(); k++) {
      used[k] = true;
    }
    found.add(f);
  }

  /** A bare four-digit number from 1900 to 2100 is a year ("since 2011, ... killed"), not a count. */
  boolean isYear(NumberParser.NumberMatch m) {
    String t = lower[m.start()];
    return m.end() == m.start() + 1 && t.length() == 4 && m.value() >= 1900 && m.value() <= 2100;
  }

  /** Character span of tokens [from, to). */
  CharSpan chars(int from, int to) {
    return new CharSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }
}
