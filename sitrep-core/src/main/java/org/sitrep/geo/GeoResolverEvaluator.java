package org.sitrep.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceAnnotator;
import org.sitrep.text.CharSpan;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scores a geoparser on a corpus in the LGL / GeoVirus XML form of Gritta et al. (articles with
 * text and toponyms holding start, end and gaztag lat/lon). Recognition: precision, recall and F1
 * of predicted spans against all gold spans, exact and overlapping. Resolution, over gold toponyms
 * with coordinates whose exact span was recognised: share within 161 km, mean and median error;
 * a recognised toponym left unresolved counts as a miss and is left out of the error figures.
 * Speed is the geoparser's CPU time on the calling thread (sentence splitting excluded), so that
 * a busy machine does not distort it.
 */
public final class GeoResolverEvaluator {
  /** One gold toponym. */
  public record GoldToponym(CharSpan span, Double lat, Double lon) {}

  /** One article. */
  public record Article(String id, String text, List<GoldToponym> toponyms) {}

  /** The scores. */
  public record Report(
      int articles, int tokens, int gold, int predicted, int exactMatches, int overlapMatches,
      int resolvable, int within161, int unresolved, double meanKm, double medianKm, double parseSeconds) {
    public double precision() {
      return predicted == 0 ? 0 : exactMatches / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : exactMatches / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String format() {
      return String.format(
          Locale.ROOT,
          "articles %d, gold toponyms %d, predicted %d%n"
              + "recognition (exact spans):   P %.3f  R %.3f  F1 %.3f%n"
              + "recognition (overlap):       matched %d of %d gold%n"
              + "resolution on %d recognised gold toponyms with coordinates:%n"
              + "  acc@161km %.3f   mean error %.0f km   median error %.1f km   unresolved %d%n"
              + "geoparse CPU time %.2f s for %d tokens (%.0f tokens/s on one core)%n",
          articles, gold, predicted, precision(), recall(), f1(), overlapMatches, gold, resolvable,
          resolvable == 0 ? 0 : within161 / (double) resolvable, meanKm, medianKm, unresolved,
          parseSeconds, tokens, tokens / Math.max(parseSeconds, 1e-9));
    }
  }

  private GeoResolverEvaluator() {}

  public static List<Article> readCorpus(Path xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document doc = f.newDocumentBuilder().parse(xml.toFile());
      NodeList arts = doc.getElementsByTagName("article");
      List<Article> out = new ArrayList<>();
      for (int i = 0; i < arts.getLength(); i++) {
        Element a = (Element) arts.item(i);
        String text = child(a, "text");
        List<GoldToponym> tops = new ArrayList<>();
        NodeList ts = a.getElementsByTagName("toponym");
        for (int k = 0; k < ts.getLength(); k++) {
          Element t = (Element) ts.item(k);
          int s = Integer.parseInt(child(t, "start").strip());
          int e = Integer.parseInt(child(t, "end").strip());
          String lat = child(t, "lat");
          String lon = child(t, "lon");
          tops.add(new GoldToponym(new CharSpan(s, e),
              lat == null || lat.isBlank() ? null : Double.valueOf(lat.strip()),
              lon == null || lon.isBlank() ? null : Double.valueOf(lon.strip())));
        }
        out.add(new Article(a.getAttribute("docid"), text == null ? "" : text, tops));
      }
      return out;
    } catch (Exception ex) {
      throw new IllegalArgumentException(xml + ": not a readable geoparsing corpus: " + ex.getMessage(), ex);
    }
  }

  private static String errorLine(String kind, Article a, CharSpan span, String place, String note) {
    String text = a.text();
    String before = text.substring(Math.max(0, span.start() - 40), span.start());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 40));
    String context = (before + "[" + span.of(text) + "]" + after).replaceAll("\\s+", " ");
    return String.join("\t", kind, a.id(), span.of(text), context, place, note);
  }

  private static String describe(Place p) {
    return String.format(Locale.ROOT, "%s (%s %s/%s pop %d)", p.name(), p.feature(), p.country(),
        p.admin1(), p.population());
  }

  private static String child(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : l.item(0).getTextContent();
  }

  public static Report evaluate(List<Article> articles, SentenceAnnotator splitter, Geoparser geoparser) {
    return evaluate(articles, splitter, geoparser, line -> {});
  }

  /**
   * As {@link #evaluate(List, SentenceAnnotator, Geoparser)}, also handing each error to
   * {@code errors} as one tab-separated line: {@code FP} (a predicted span that is no gold span),
   * {@code FN} (a gold span not predicted) or {@code FAR} (resolved more than 161 km off), the
   * article id, the span text, its context, and for FAR the place chosen and the error in km.
   */
  public static Report evaluate(
      List<Article> articles, SentenceAnnotator splitter, Geoparser geoparser,
      java.util.function.Consumer<String> errorsOut) {
    int gold = 0;
    int predicted = 0;
    int exact = 0;
    int overlap = 0;
    int resolvable = 0;
    int within = 0;
    int unresolved = 0;
    int tokens = 0;
    long nanos = 0;
    List<Double> errors = new ArrayList<>();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (Article a : articles) {
      List<Sentence> sentences = splitter.split(a.text(), new CharSpan(0, a.text().length()));
      for (Sentence s : sentences) {
        tokens += s.tokens().size();
      }
      long t0 = cpu.getCurrentThreadCpuTime();
      List<PlaceMention> mentions = geoparser.geoparse(a.text(), sentences);
      nanos += cpu.getCurrentThreadCpuTime() - t0;
      predicted += mentions.size();
      gold += a.toponyms().size();
      Set<CharSpan> spans = new HashSet<>();
      for (PlaceMention m : mentions) {
        spans.add(m.span());
      }
      Set<CharSpan> goldSpans = new HashSet<>();
      for (GoldToponym g : a.toponyms()) {
        goldSpans.add(g.span());
      }
      for (PlaceMention m : mentions) {
        if (!goldSpans.contains(m.span())) {
          errorsOut.accept(errorLine("FP", a, m.span(), m.place() == null ? "-" : describe(m.place()), ""));
        }
      }
      for (GoldToponym g : a.toponyms()) {
        if (mentions.stream().anyMatch(m -> m.span().overlaps(g.span()))) {
          overlap++;
        }
        if (!spans.contains(g.span())) {
          errorsOut.accept(errorLine("FN", a, g.span(), "", ""));
          continue;
        }
        exact++;
        if (g.lat() == null) {
          continue;
        }
        resolvable++;
        PlaceMention m = mentions.stream().filter(x -> x.span().equals(g.span())).findFirst().orElseThrow();
        if (m.place() == null) {
          unresolved++;
          continue;
        }
        double km = Geo.km(g.lat(), g.lon(), m.place().lat(), m.place().lon());
        errors.add(km);
        if (km <= 161) {
          within++;
        } else {
          errorsOut.accept(errorLine("FAR", a, g.span(), describe(m.place()),
              String.format(Locale.ROOT, "%.0f km; gold %.3f,%.3f", km, g.lat(), g.lon())));
        }
      }
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(e);
    double mean = Arrays.stream(e).average().orElse(0);
    double median = e.length == 0 ? 0 : e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    return new Report(articles.size(), tokens, gold, predicted, exact, overlap, resolvable, within,
        unresolved, mean, median, nanos / 1e9);
  }
}
