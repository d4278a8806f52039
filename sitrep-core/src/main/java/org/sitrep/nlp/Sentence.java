package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.text.CharSpan;

/**
 * A sentence with its tokens and, once parsed, its dependency edges. Immutable; {@link #parsed()}
 * tells whether POS tags, lemmas and dependencies are present.
 */
public record Sentence(int index, CharSpan span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
  }

  public boolean parsed() {
    return !tokens.isEmpty() && tokens.get(0).pos() != null;
  }

  /**
   * The part of this sentence from character offset {@code start} on, tokens renumbered from 0 and
   * dependencies dropped (parse it again): a wire dateline run into the first sentence ("BAMAKO,
   * Aug 8 (Wire) - Gunmen attacked …") would otherwise be parsed as its subject. Null when no
   * token starts at or after {@code start}; this sentence itself when none starts before it.
   */
  public Sentence from(int start) {
    if (tokens.isEmpty() || tokens.get(0).span().start() >= start) {
      return this;
    }
    List<Token> kept = new ArrayList<>();
    for (Token t : tokens) {
      if (t.span().start() >= start) {
        kept.add(new Token(kept.size(), t.span(), t.text(), t.pos(), t.lemma()));
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    return new Sentence(index, new CharSpan(kept.get(0).span().start(), span.end()), kept, List.of());
  }

  public String text(String documentText) {
    return span.of(documentText);
  }

  /** Character span covered by a token range. */
  public CharSpan charSpan(TokenSpan t) {
    return new CharSpan(tokens.get(t.start()).span().start(), tokens.get(t.end() - 1).span().end());
  }

  /** Index of the token that contains the character offset, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }

  /** Token range covering a character span (tokens overlapping it), or empty when none. */
  public Optional<TokenSpan> tokenSpan(CharSpan c) {
    int s = -1;
    int e = -1;
    for (Token t : tokens) {
      if (t.span().overlaps(c)) {
        if (s < 0) {
          s = t.index();
        }
        e = t.index() + 1;
      }
    }
    return s < 0 ? Optional.empty() : Optional.of(new TokenSpan(s, e));
  }

  public Optional<Dependency> head(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }
}
