package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number starting at a token: digits with separators ("11,000", "1.5 million"), words
 * ("twenty-one", "a hundred", "two thousand"), vague quantities coded by rule ("dozens" = 12), a
 * leading qualifier ("at least", "more than", "nearly") and spans read as their lower figure
 * ("between 10 and 15", "two or three", "10-15"), as ACLED keeps the most conservative figure. Works on lower-cased token texts so
 * that callers lower-case a sentence once. Immutable and thread-safe after construction.
 */
public final class NumberParser {
  /** How a qualifier bounds the number that follows it. */
  public enum Qualifier { EXACT, AT_LEAST, MORE_THAN, NEARLY, ABOUT }

  /** Tokens [start, end) read as {@code value}; {@code vague} when coded by rule ("dozens"). */
  public record NumberMatch(int start, int end, long value, Qualifier qualifier, boolean vague) {
    public boolean approximate() {
      return vague || qualifier != Qualifier.EXACT;
    }
  }

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
  private static final java.util.Set<String> DEGREE = java.util.Set.of("how", "so", "too", "as");
  /** "10-15 people": a span of figures in one token. */
  private static final Pattern SPAN = Pattern.compile("(\\d{1,6})[-–](\\d{1,6})");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

  private final Map<String, Integer> units = new HashMap<>();
  private final Map<String, Integer> tens = new HashMap<>();
  private final Map<String, Long> scales = new HashMap<>();
  private final Map<String, List<Phrase<Long>>> vague = new HashMap<>();
  private final Map<String, List<Phrase<Qualifier>>> qualifiers = new HashMap<>();

  private record Phrase<T>(String[] words, T value) {}

  private NumberParser() {}

  /** Loads {@code numbers.txt}; fails loudly naming the resource on a bad line. */
  public static NumberParser load() {
    NumberParser p = new NumberParser();
    for (LexiconFile.Line l : LexiconFile.read(NumberParser.class, "numbers.txt")) {
      switch (l.field(0)) {
        case "unit" -> p.units.put(l.rest(2), l.intField(1));
        case "tens" -> p.tens.put(l.rest(2), l.intField(1));
        case "scale" -> p.scales.put(l.rest(2), Long.parseLong(l.field(1)));
        case "vague" -> add(p.vague, new Phrase<>(l.rest(2).split(" "), Long.parseLong(l.field(1))));
        case "qualifier" -> {
          Qualifier q;
          try {
            q = Qualifier.valueOf(l.field(1).toUpperCase(java.util.Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw l.error("unknown qualifier " + l.field(1));
          }
          add(p.qualifiers, new Phrase<>(l.rest(2).split(" "), q));
        }
        default -> throw l.error("unknown kind " + l.field(0));
      }
    }
    // Longest phrases first so that "well over" wins over "over".
    p.qualifiers.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    p.vague.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    return p;
  }

  private static <T> void add(Map<String, List<Phrase<T>>> byFirstWord, Phrase<T> phrase) {
    byFirstWord.computeIfAbsent(phrase.words()[0], k -> new ArrayList<>()).add(phrase);
  }

  /** True when the lower-cased token is a number word or digits (not a vague word). */
  public boolean isNumberToken(String lower) {
    return units.containsKey(lower) || tens.containsKey(lower) || scales.containsKey(lower)
        || !lower.isEmpty() && Character.isDigit(lower.charAt(0)) && DIGITS.matcher(lower).matches()
        || hyphenated(lower) >= 0;
  }

  /** Reads a number at {@code from}, or returns null. {@code lower}: lower-cased token texts. */
  public NumberMatch parse(String[] lower, int from) {
    if (from < 0 || from >= lower.length || from > 0 && lower[from - 1].equals("no")) {
      // "no one was killed" is not a count of one.
      return null;
    }
    if (lower[from].equals("between")) {
      // "between 10 and 15": the lower figure, as ACLED takes the most conservative one.
      NumberMatch low = bare(lower, from + 1);
      if (low != null && low.end() < lower.length && lower[low.end()].equals("and")) {
        NumberMatch high = bare(lower, low.end() + 1);
        if (high != null && high.value() > low.value()) {
          return new NumberMatch(from, high.end(), low.value(), Qualifier.ABOUT, low.vague());
        }
      }
      return null;
    }
    Qualifier q = Qualifier.EXACT;
    int i = from;
    for (Phrase<Qualifier> ph : qualifiers.getOrDefault(lower[from], List.of())) {
      if (matches(lower, from, ph.words())) {
        q = ph.value();
        i = from + ph.words().length;
        break;
      }
    }
    NumberMatch m = bare(lower, i);
    if (m == null && q != Qualifier.EXACT) {
      // "some" alone is vague ("some civilians"), not a qualifier without a number.
      m = bare(lower, from);
      return m;
    }
    if (m != null && m.vague() && q == Qualifier.EXACT && from > 0 && DEGREE.contains(lower[from - 1])) {
      // "how many were killed" asks; "so many" and "too many" do not count.
      return null;
    }
    if (m == null) {
      return null;
    }
    int end = m.end();
    if (end + 1 < lower.length && (lower[end].equals("to") || lower[end].equals("or"))) {
      // "two or three", "10 to 15": the lower figure, approximately.
      NumberMatch high = bare(lower, end + 1);
      if (high != null && !high.vague() && high.value() > m.value()) {
        return new NumberMatch(from, high.end(), m.value(), q == Qualifier.EXACT ? Qualifier.ABOUT : q, m.vague());
      }
    }
    Matcher span = SPAN.matcher(lower[from]);
    if (m.end() == from + 1 && q == Qualifier.EXACT && span.matches()) {
      return new NumberMatch(from, end, m.value(), Qualifier.ABOUT, false);
    }
    return new NumberMatch(from, end, m.value(), q, m.vague());
  }

  private NumberMatch bare(String[] lower, int i) {
    if (i >= lower.length) {
      return null;
    }
    String t = lower[i];
    if (t.isEmpty()) {
      return null;
    }
    boolean digit = Character.isDigit(t.charAt(0));
    if (digit && DIGITS.matcher(t).matches() && t.length() <= 15) {
      long v = Long.parseLong(t.replace(",", ""));
      Long scale = i + 1 < lower.length ? scales.get(lower[i + 1]) : null;
      if (scale != null && scale >= 1000) {
        return new NumberMatch(i, i + 2, v * scale, Qualifier.EXACT, false);
      }
      return new NumberMatch(i, i + 1, v, Qualifier.EXACT, false);
    }
    Matcher span = digit ? SPAN.matcher(t) : null;
    if (span != null && span.matches()) {
      long low = Long.parseLong(span.group(1));
      long high = Long.parseLong(span.group(2));
      return high > low ? new NumberMatch(i, i + 1, low, Qualifier.EXACT, false) : null;
    }
    if (digit && DECIMAL.matcher(t).matches() && i + 1 < lower.length) {
      Long scale = scales.get(lower[i + 1]);
      if (scale != null && scale >= 1000 && t.length() <= 12) {
        return new NumberMatch(i, i + 2, Math.round(Double.parseDouble(t) * scale), Qualifier.EXACT, false);
      }
      return null;
    }
    NumberMatch words = words(lower, i);
    if (words != null) {
      return words;
    }
    for (Phrase<Long> ph : vague.getOrDefault(t, List.of())) {
      if (matches(lower, i, ph.words())) {
        int end = i + ph.words().length;
        long v = ph.value();
        // "hundreds of thousands": a vague plural of a vague plural multiplies.
        if (v >= 100 && end + 1 < lower.length && lower[end].equals("of")) {
          for (Phrase<Long> inner : vague.getOrDefault(lower[end + 1], List.of())) {
            if (inner.value() >= 1000 && inner.words().length == 1) {
              return new NumberMatch(i, end + 2, v * inner.value(), Qualifier.EXACT, true);
            }
          }
        }
        return new NumberMatch(i, end, v, Qualifier.EXACT, true);
      }
    }
    return null;
  }

  /** Number words: "three hundred and twenty", "twenty-one", "a hundred", "two thousand". */
  private NumberMatch words(String[] lower, int i) {
    int k = i;
    long total = 0;
    long current = 0;
    boolean any = false;
    boolean afterScale = false;
    if ((lower[k].equals("a") || lower[k].equals("an")) && k + 1 < lower.length && scales.containsKey(lower[k + 1])) {
      current = 1;
      k++;
    }
    while (k < lower.length) {
      String t = lower[k];
      Integer u = units.get(t);
      if (u == null) {
        u = tens.get(t);
      }
      if (u == null) {
        int h = hyphenated(t);
        u = h >= 0 ? h : null;
      }
      if (u != null) {
        if (any && current % 100 != 0 && current % 10 != 0) {
          break;
        }
        current += u;
        any = true;
        afterScale = false;
        k++;
        continue;
      }
      Long s = scales.get(t);
      if (s != null && (any || current > 0)) {
        if (s == 100 || s == 12) {
          current = Math.max(current, 1) * s;
        } else {
          total += Math.max(current, 1) * s;
          current = 0;
        }
        any = true;
        afterScale = true;
        k++;
        continue;
      }
      if (t.equals("and") && afterScale && k + 1 < lower.length && (units.containsKey(lower[k + 1])
          || tens.containsKey(lower[k + 1]) || hyphenated(lower[k + 1]) >= 0)) {
        k++;
        continue;
      }
      break;
    }
    if (!any) {
      return null;
    }
    return new NumberMatch(i, k, total + current, Qualifier.EXACT, false);
  }

  /** "twenty-one" → 21, else -1. */
  private int hyphenated(String t) {
    int dash = t.indexOf('-');
    if (dash <= 0) {
      return -1;
    }
    Integer ten = tens.get(t.substring(0, dash));
    Integer unit = units.get(t.substring(dash + 1));
    return ten != null && unit != null && unit > 0 && unit < 10 ? ten + unit : -1;
  }

  private static boolean matches(String[] lower, int at, String[] words) {
    if (at + words.length > lower.length) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!lower[at + k].equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
