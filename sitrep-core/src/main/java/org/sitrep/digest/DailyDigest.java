package org.sitrep.digest;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;

/**
 * A daily situation report built from the event record only. Every sentence in it is assembled
 * from stored fields of the events it cites ({@link Line#eventIds()}); nothing is paraphrased or
 * inferred beyond the record. {@code region} is the requested region, or null for everywhere.
 */
public record DailyDigest(
    @JsonSerialize(using = ToStringSerializer.class) LocalDate date,
    String region,
    Headline headline,
    List<Area> areas,
    List<Line> claimsAndDisputes,
    List<Citation> sources) {
  public DailyDigest {
    areas = List.copyOf(areas);
    claimsAndDisputes = List.copyOf(claimsAndDisputes);
    sources = List.copyOf(sources);
  }

  /**
   * Headline figures over events that actually happened (modality {@code actual}).
   * {@code eventsWithoutFigure} counts violent events whose reports give no death toll, so a
   * reader knows the fatality total is a floor.
   */
  public record Headline(int events, int fatalities, int eventsWithoutFigure, List<TypeFigure> byType) {
    public Headline {
      byType = List.copyOf(byType);
    }
  }

  public record TypeFigure(String type, int events, int fatalities) {}

  /** Key developments in one area: a country, or a country's first-level division. */
  public record Area(String name, List<Line> lines) {
    public Area {
      lines = List.copyOf(lines);
    }
  }

  /** One sentence of the digest, the events it describes and the reports it rests on. */
  public record Line(String text, List<String> eventIds, List<Citation> citations) {
    public Line {
      eventIds = List.copyOf(eventIds);
      citations = List.copyOf(citations);
    }
  }

  /** A source report: document id, outlet (null when unknown), publication date, title. */
  public record Citation(String docId, String outlet, String published, String title) {
    public String label() {
      return (outlet == null ? docId : outlet) + (published == null ? "" : ", " + published);
    }
  }
}
