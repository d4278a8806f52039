package org.sitrep.actor;

import java.util.List;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/** One sentence's tokens with their lookup keys, as the matchers see it. Per call; not shared. */
final class SentenceTokens {
  final String documentText;
  final Sentence sentence;
  final String[] keys;
  final String[] surface;
  final boolean headline;

  SentenceTokens(String documentText, Sentence sentence) {
    this.documentText = documentText;
    this.sentence = sentence;
    List<Token> tokens = sentence.tokens();
    keys = new String[tokens.size()];
    surface = new String[tokens.size()];
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < keys.length; i++) {
      String t = tokens.get(i).text();
      surface[i] = TokenKeys.fold(t);
      keys[i] = TokenKeys.key(t);
      if (t.length() >= 4 && Character.isLetter(t.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
      }
    }
    // Title-case headlines capitalise every content word and end without a full stop; capitals
    // there say nothing about names.
    String last = keys.length == 0 ? "" : keys[keys.length - 1];
    boolean closed = last.equals(".") || last.equals("!") || last.equals("?") || last.endsWith(".");
    headline = !closed && words >= 3 && capitalised * 5 >= words * 4;
  }

  int size() {
    return keys.length;
  }

  String key(int i) {
    return keys[i];
  }

  String text(int i) {
    return sentence.tokens().get(i).text();
  }

  boolean capitalised(int i) {
    String t = text(i);
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  boolean isPossessive(int i) {
    return i < keys.length && (keys[i].equals("'s") || keys[i].equals("'"));
  }

  /** Character span of tokens [start, end). */
  CharSpan span(int start, int end) {
    return new CharSpan(sentence.tokens().get(start).span().start(), sentence.tokens().get(end - 1).span().end());
  }
}
