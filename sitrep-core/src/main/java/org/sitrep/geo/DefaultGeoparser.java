package org.sitrep.geo;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.nlp.Sentence;

/**
 * The geoparser: {@link LocationExtractor} finds toponyms, {@link GeoResolver} picks their places
 * in the {@link Gazetteer}. Immutable; thread-safe.
 */
public final class DefaultGeoparser implements Geoparser {
  private final InMemoryGazetteer gazetteer;
  private final LocationExtractor extractor;
  private final GeoResolver resolver;

  public DefaultGeoparser(InMemoryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.extractor = new LocationExtractor(gazetteer);
    this.resolver = new GeoResolver(gazetteer);
  }

  private static final class Bundled {
    static final DefaultGeoparser INSTANCE = new DefaultGeoparser(InMemoryGazetteer.bundled());
  }

  /** The geoparser over the bundled gazetteer, loaded once per JVM and shared. */
  public static DefaultGeoparser createDefault() {
    return Bundled.INSTANCE;
  }

  /** A geoparser over a gazetteer file built by {@code sitrep gazetteer import}. */
  public static DefaultGeoparser withGazetteer(Path file) {
    return new DefaultGeoparser(InMemoryGazetteer.load(file));
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public List<PlaceMention> geoparse(String text, List<Sentence> sentences) {
    return resolver.resolve(text, extractor.extract(text, sentences));
  }
}
