package org.sitrep.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

/**
 * Measures recognition speed in tokens per second after loading, on already split sentences; a
 * benchmark for commands ({@code sitrep actors --bench}), never for tests. Not thread-safe.
 */
public final class ActorRecognitionBenchmark {
  /** What one measurement found. */
  public record Result(long tokens, int mentions, int rounds, double seconds, double loadMillis) {
    public double tokensPerSecond() {
      return tokens * (double) rounds / seconds;
    }

    @Override
    public String toString() {
      ActorDictionary d = ActorDictionary.standard();
      return String.format(Locale.ROOT,
          "dictionary: %d actors, %d aliases; load %.0f ms%n%d tokens, %d mentions per run; %d runs in %.2f s: %.0f tokens/s",
          d.actors().size(), d.aliasCount(), loadMillis, tokens, mentions, rounds, seconds, tokensPerSecond());
    }
  }

  private ActorRecognitionBenchmark() {}

  public static Result measure(String text, List<Sentence> sentences, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, not " + rounds);
    }
    long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    long t0 = System.nanoTime();
    LexiconActorRecognizer recognizer = new LexiconActorRecognizer(ActorDictionary.standard());
    recognizer.recognize("", List.of());
    double loadMillis = (System.nanoTime() - t0) / 1e6;
    int mentions = 0;
    for (int i = 0; i < Math.max(1, rounds / 10); i++) {
      mentions = recognizer.recognize(text, sentences).size(); // warm-up
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      mentions = recognizer.recognize(text, sentences).size();
    }
    return new Result(tokens, mentions, rounds, (System.nanoTime() - t1) / 1e9, loadMillis);
  }

  /** Usage: {@code ActorRecognitionBenchmark FILE [ROUNDS]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ActorRecognitionBenchmark FILE [ROUNDS]");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    List<Sentence> sentences = new CoreNlpAnnotator().split(text, new CharSpan(0, text.length()));
    System.out.println(measure(text, sentences, rounds));
  }
}
