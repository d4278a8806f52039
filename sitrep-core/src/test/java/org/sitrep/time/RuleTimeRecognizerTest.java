package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;
import org.sitrep.time.TimeMention.Relation;

/** Team-written wire-style sentences; the report is published Sunday 2017-06-18. */
class RuleTimeRecognizerTest {
  static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  static final RuleTimeRecognizer RECOGNIZER = RuleTimeRecognizer.load();
  static final LocalDate SUNDAY = LocalDate.of(2017, 6, 18);

  static List<TimeMention> find(String text, LocalDate published) {
    Sentence s = ANNOTATOR.split(text, new CharSpan(0, text.length())).get(0);
    List<TimeMention> out = RECOGNIZER.recognize(text, s, published);
    for (TimeMention m : out) {
      assertThat(m.span().of(text)).isEqualTo(m.text());
    }
    return out;
  }

  static TimeMention only(String text) {
    List<TimeMention> all = find(text, SUNDAY);
    assertThat(all).as(text).hasSize(1);
    return all.get(0);
  }

  static void expect(String text, String mention, String start, String end, String precision, Relation relation) {
    TimeMention m = only(text);
    assertThat(m.text()).as(text).isEqualTo(mention);
    assertThat(m.start()).as(text + " start").isEqualTo(start == null ? null : LocalDate.parse(start));
    assertThat(m.end()).as(text + " end").isEqualTo(end == null ? null : LocalDate.parse(end));
    assertThat(m.precision()).as(text + " precision").isEqualTo(precision);
    assertThat(m.relation()).as(text + " relation").isEqualTo(relation);
  }

  static void day(String text, String mention, String date) {
    expect(text, mention, date, date, "day", Relation.AT);
  }

  static void none(String text) {
    assertThat(find(text, SUNDAY)).as(text).isEmpty();
  }

  @Test
  void pastWeekdayIsTheMostRecentOnOrBeforePublication() {
    day("Coalition jets struck the town on Saturday, activists said.", "Saturday", "2017-06-17");
    day("Rebels shelled the market on Sunday.", "Sunday", "2017-06-18");
    day("On Friday, rebels shelled the market.", "Friday", "2017-06-16");
    day("Late Friday, rebels shelled the market.", "Friday", "2017-06-16");
    day("The convoy was hit on Monday near the border.", "Monday", "2017-06-12");
  }

  @Test
  void weekdayWithPartOfDay() {
    day("Clashes erupted Saturday night in the old city.", "Saturday night", "2017-06-17");
    day("Two mortar rounds fell on Friday evening.", "Friday evening", "2017-06-16");
    day("Gunmen opened fire on Saturday's funeral procession.", "Saturday", "2017-06-17");
  }

  @Test
  void weekdayWithFutureWordsLooksAhead() {
    day("Delegations will meet in Astana on Monday.", "Monday", "2017-06-19");
    day("The talks are due to resume on Wednesday.", "Wednesday", "2017-06-21");
    day("Envoys meet again next Monday.", "next Monday", "2017-06-19");
  }

  @Test
  void weekdayWithCalendarDate() {
    day("Fighting resumed on Saturday, June 17, officials said.", "Saturday, June 17", "2017-06-17");
  }

  @Test
  void deicticDays() {
    day("Twelve people were killed yesterday.", "yesterday", "2017-06-17");
    day("The crossing reopened today.", "today", "2017-06-18");
    day("Heavy shelling was reported last night.", "last night", "2017-06-17");
    day("Rebels shelled the airport overnight.", "overnight", "2017-06-17");
    none("The army imposed an overnight curfew.");
  }

  @Test
  void weeksAndMonths() {
    expect("Airstrikes intensified this week.", "this week", "2017-06-12", "2017-06-18", "range", Relation.AT);
    expect("The town fell last week.", "last week", "2017-06-05", "2017-06-11", "range", Relation.AT);
    expect("The offensive began earlier this month.", "earlier this month", "2017-06-01", "2017-06-18", "range",
        Relation.AT);
    expect("Aid reached the camp this month.", "this month", "2017-06-01", "2017-06-18", "range", Relation.AT);
    expect("The camp was emptied last month.", "last month", "2017-05-01", "2017-05-31", "month", Relation.AT);
  }

  @Test
  void monthDayInEveryOrder() {
    day("The town was shelled on May 28.", "May 28", "2017-05-28");
    day("The town was shelled on 28 May.", "28 May", "2017-05-28");
    day("The town was shelled on May 28, 2017, witnesses said.", "May 28, 2017", "2017-05-28");
    day("The town was shelled on 28 May 2016.", "28 May 2016", "2016-05-28");
    day("The town was shelled on 2017-05-28 at dawn.", "2017-05-28", "2017-05-28");
    day("A vote is set for July 10 in the capital.", "July 10", "2017-07-10");
    day("Forces entered the city on June 4th.", "June 4th", "2017-06-04");
    day("Forces entered the city on the 4th of June.", "4th of June", "2017-06-04");
  }

  @Test
  void monthDayWithoutYearTakesTheNearestYear() {
    assertThat(find("The siege began on December 20.", SUNDAY).get(0).start()).isEqualTo("2016-12-20");
    assertThat(find("Elections are due on November 26.", SUNDAY).get(0).start()).isEqualTo("2017-11-26");
  }

  @Test
  void bareMonthIsTheNearestPastOccurrence() {
    expect("The town was captured in March.", "March", "2017-03-01", "2017-03-31", "month", Relation.AT);
    expect("The town was captured in October.", "October", "2016-10-01", "2016-10-31", "month", Relation.AT);
    expect("The town was captured in March 2015.", "March 2015", "2015-03-01", "2015-03-31", "month", Relation.AT);
    expect("A new round of talks will open in July.", "July", "2017-07-01", "2017-07-31", "month", Relation.AT);
    expect("The town fell in July.", "July", "2016-07-01", "2016-07-31", "month", Relation.AT);
    // No tense word: a month among the next three is the coming one.
    expect("Talks in July: the envoy's plan.", "July", "2017-07-01", "2017-07-31", "month", Relation.AT);
  }

  @Test
  void vaguePartsOfAMonth() {
    expect("Fighting escalated in early May.", "early May", "2017-05-01", "2017-05-10", "range", Relation.AT);
    expect("Fighting escalated in mid-May.", "mid-May", "2017-05-11", "2017-05-20", "range", Relation.AT);
    expect("Fighting escalated in late May.", "late May", "2017-05-21", "2017-05-31", "range", Relation.AT);
    expect("Fighting escalated at the end of May.", "the end of May", "2017-05-21", "2017-05-31", "range",
        Relation.AT);
    expect("Fighting escalated in late February.", "late February", "2017-02-21", "2017-02-28", "range",
        Relation.AT);
  }

  @Test
  void vaguePartsOfAYear() {
    expect("The group emerged in late 2015.", "late 2015", "2015-09-01", "2015-12-31", "range", Relation.AT);
    expect("The group emerged in mid-2016.", "mid-2016", "2016-05-01", "2016-08-31", "range", Relation.AT);
    expect("The group emerged at the beginning of 2014.", "the beginning of 2014", "2014-01-01", "2014-04-30",
        "range", Relation.AT);
  }

  @Test
  void dayRanges() {
    expect("Talks were held on July 4-5.", "July 4-5", "2017-07-04", "2017-07-05", "range", Relation.AT);
    expect("Talks were held on 4-5 July.", "4-5 July", "2017-07-04", "2017-07-05", "range", Relation.AT);
    expect("Talks were held between 4 and 5 July.", "between 4 and 5 July", "2017-07-04", "2017-07-05", "range",
        Relation.AT);
    expect("Talks were held from July 4 to July 6.", "from July 4 to July 6", "2017-07-04", "2017-07-06", "range",
        Relation.AT);
    expect("Raids continued from 10 to 14 June.", "10 to 14 June", "2017-06-10", "2017-06-14", "range",
        Relation.AT);
  }

  @Test
  void monthRange() {
    // Without a future word a bare month is the nearest past one: in a June report, last year's.
    expect("Thousands fled in August and September.", "August and September", "2016-08-01", "2016-09-30",
        "range", Relation.AT);
    expect("The envoy said he envisaged further rounds of talks in August and September.",
        "August and September", "2017-08-01", "2017-09-30", "range", Relation.AT);
    TimeMention october = find("Thousands fled in August and September.", LocalDate.of(2017, 10, 2)).get(0);
    assertThat(october.start()).isEqualTo("2017-08-01");
    assertThat(october.end()).isEqualTo("2017-09-30");
    expect("Thousands fled between March and May.", "between March and May", "2017-03-01", "2017-05-31",
        "range", Relation.AT);
  }

  @Test
  void sinceRunsToPublication() {
    expect("More than 200 civilians have been killed since June 6.", "since June 6", "2017-06-06", "2017-06-18",
        "range", Relation.SINCE);
    expect("Since the beginning of the offensive on June 6, dozens have died.", "June 6", "2017-06-06",
        "2017-06-18", "range", Relation.SINCE);
    expect("The road has been closed since 2015.", "since 2015", "2015-01-01", "2017-06-18", "range",
        Relation.SINCE);
    expect("Nobody has left since Saturday.", "since Saturday", "2017-06-17", "2017-06-18", "range",
        Relation.SINCE);
    expect("Thousands have fled since the offensive began on June 6.", "June 6", "2017-06-06", "2017-06-18",
        "range", Relation.SINCE);
  }

  @Test
  void durationsReachBackFromPublication() {
    expect("The town has been besieged for 40 days.", "for 40 days", "2017-05-09", "2017-06-18", "range",
        Relation.DURATION);
    expect("The town has been besieged for more than 40 days.", "for more than 40 days", "2017-05-08",
        "2017-06-18", "range", Relation.DURATION);
    expect("The town has been besieged for nearly eight months.", "for nearly eight months", "2016-10-18",
        "2017-06-18", "range", Relation.DURATION);
    expect("The road was cut for two weeks.", "for two weeks", "2017-06-04", "2017-06-18", "range",
        Relation.DURATION);
    expect("Two soldiers were killed over the past 24 hours.", "over the past 24 hours", "2017-06-17",
        "2017-06-18", "range", Relation.DURATION);
    expect("Troops held the convoy for more than 12 hours.", "for more than 12 hours", "2017-06-18", "2017-06-18",
        "range", Relation.DURATION);
    expect("In the past week, 30 civilians died.", "In the past week", "2017-06-11", "2017-06-18", "range",
        Relation.DURATION);
    expect("Over the past three days, 40 people died.", "Over the past three days", "2017-06-15", "2017-06-18",
        "range", Relation.DURATION);
  }

  @Test
  void ongoingHasNoStart() {
    expect("The district has been contested for years.", "for years", null, "2017-06-18", "unknown",
        Relation.ONGOING);
    expect("Residents have lived under siege for many months.", "for many months", null, "2017-06-18", "unknown",
        Relation.ONGOING);
  }

  @Test
  void yearAndAgo() {
    expect("The group seized the town in 2016.", "2016", "2016-01-01", "2016-12-31", "year", Relation.AT);
    day("The bridge was destroyed two days ago.", "two days ago", "2017-06-16");
    expect("The bridge was destroyed three weeks ago.", "three weeks ago", "2017-05-22", "2017-05-28", "range",
        Relation.AT);
  }

  @Test
  void partsOfTheCurrentMonthOrYear() {
    expect("More than 3,000 people have fled since the start of the year.", "since the start of the year",
        "2017-01-01", "2017-06-18", "range", Relation.SINCE);
    expect("Troops are to leave by the end of the month.", "the end of the month", "2017-06-21", "2017-06-30",
        "range", Relation.AT);
  }

  @Test
  void weekdayRanges() {
    expect("The operation ran from Monday to Thursday.", "from Monday to Thursday", "2017-06-12", "2017-06-15",
        "range", Relation.AT);
  }

  @Test
  void weekend() {
    expect("Over the weekend, 14 people were killed.", "the weekend", "2017-06-17", "2017-06-18", "range",
        Relation.AT);
    TimeMention tuesday = find("Clashes flared at the weekend.", LocalDate.of(2017, 6, 20)).get(0);
    assertThat(tuesday.start()).isEqualTo("2017-06-17");
  }

  @Test
  void nightOfADate() {
    day("The raid took place on the night of June 5.", "the night of June 5", "2017-06-05");
  }

  @Test
  void nonDatesAreIgnored() {
    none("The strike may have killed civilians.");
    none("May God protect them, the mayor said.");
    none("Thousands joined a march through the capital.");
    none("Protesters march on the palace.");
    none("The Sunday Times reported the claim.");
    none("Marchers commemorated Bloody Sunday in the city.");
    none("Churches were closed for Good Friday services.");
    none("Rebels seized 4-5 trucks of fuel.");
    none("A 37-truck convoy reached the town.");
    none("The group holds four districts and 24 villages.");
    none("Two weeks later the town fell.");
    none("The report was dated June 31.");
    none("He said March will be decisive and May bring peace.");
  }

  @Test
  void withoutPublicationDateRelativeExpressionsStayUnresolved() {
    List<TimeMention> ms = find("The town fell on Saturday after shelling yesterday.", null);
    assertThat(ms).hasSize(2);
    assertThat(ms).allSatisfy(m -> {
      assertThat(m.start()).isNull();
      assertThat(m.end()).isNull();
      assertThat(m.precision()).isEqualTo("unknown");
    });
    TimeMention absolute = find("The town fell on May 28, 2017.", null).get(0);
    assertThat(absolute.start()).isEqualTo("2017-05-28");
    assertThat(find("The town fell on May 28.", null).get(0).precision()).isEqualTo("unknown");
  }

  @Test
  void severalMentionsInOneSentenceKeepTheirOffsets() {
    String text = "After clashes on Friday, the army said on June 17 that it had held the area since 2015.";
    List<TimeMention> ms = find(text, SUNDAY);
    assertThat(ms).extracting(TimeMention::text).containsExactly("Friday", "June 17", "since 2015");
  }
}
