package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.EventType;
import org.sitrep.text.Document;

/**
 * One FA-KES article and what its annotators read from it: governorate label (e.g. "deir ezzor"),
 * cause of death and the numbers of civilians and non-civilians killed. {@code row} is the CSV line
 * the article starts on: FA-KES repeats some unit ids, so {@link #key()} is what identifies an article.
 */
public record FakesArticle(
    int row,
    String unitId, String title, String content, LocalDate date, String governorate,
    String causeOfDeath, int civilians, int nonCivilians) {
  public FakesArticle {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(content, "content");
    if (civilians < 0 || nonCivilians < 0) {
      throw new IllegalArgumentException("negative death count");
    }
  }

  /** Unique within one file: unit id and row. */
  public String key() {
    return unitId + "@" + row;
  }

  public int killed() {
    return civilians + nonCivilians;
  }

  /** The document Sitrep reads: the content, titled, published on the article's date. */
  public Document document() {
    return new Document("fakes-" + unitId, date, title, null, null, content);
  }

  /**
   * The event type the cause of death implies, per the dev set's README: shelling, explosion and
   * chemical causes are Explosions/Remote violence, execution is Violence against civilians;
   * other causes (shooting, unknown) are not scored.
   */
  public Optional<String> expectedType() {
    String cause = causeOfDeath.toLowerCase(Locale.ROOT).strip();
    if (cause.equals("shelling") || cause.equals("explosion") || cause.startsWith("chemical")) {
      return Optional.of(EventType.SHELLING.type());
    }
    if (cause.equals("execution")) {
      return Optional.of(EventType.ATTACK.type());
    }
    return Optional.empty();
  }
}
