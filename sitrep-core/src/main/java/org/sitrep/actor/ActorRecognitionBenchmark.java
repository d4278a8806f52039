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
 * Measures recognition speed (tokens per second after loading) on given text files; a separate
 * command, never a test. Usage: {@code ActorRecognitionBenchmark FILE [ROUNDS]}. Splitting is done
 * once beforehand and not timed.
 */
public final class ActorRecognitionBenchmark {
  private ActorRecognitionBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ActorRecognitionBenchmark FILE [ROUNDS]");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    List<Sentence> sentences = new CoreNlpAnnotator().split(text, new CharSpan(0, text.length()));
    long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();

    long t0 = System.nanoTime();
    ActorDictionary dictionary = ActorDictionary.standard();
    LexiconActorRecognizer recognizer = new LexiconActorRecognizer(dictionary);
    long loadNanos = System.nanoTime() - t0;

    int mentions = 0;
    for (int i = 0; i < Math.max(1, rounds / 10); i++) {
      mentions = recognizer.recognize(text, sentences).size(); // warm-up
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      mentions = recognizer.recognize(text, sentences).size();
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "dictionary: %d actors, %d aliases; load %.0f ms%n",
        dictionary.actors().size(), dictionary.aliasCount(), loadNanos / 1e6);
    System.out.printf(Locale.ROOT, "%d tokens, %d mentions per run; %d runs in %.2f s: %.0f tokens/s%n",
        tokens, mentions, rounds, seconds, tokens * rounds / seconds);
  }
}
