package org.sitrep.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitrep.quantity.NumberParser.NumberMatch;
import org.sitrep.quantity.NumberParser.Qualifier;

class NumberParserTest {
  static final NumberParser PARSER = NumberParser.load();

  /** Parses space-separated tokens from the first. */
  static NumberMatch parse(String tokens) {
    return PARSER.parse(tokens.toLowerCase(Locale.ROOT).split(" "), 0);
  }

  static void value(String tokens, long value, int end) {
    NumberMatch m = parse(tokens);
    assertThat(m).as(tokens).isNotNull();
    assertThat(m.value()).as(tokens).isEqualTo(value);
    assertThat(m.end()).as(tokens + " end").isEqualTo(end);
  }

  @Test
  void digitsWithSeparatorsAndScales() {
    value("11,000 people", 11_000, 1);
    value("600,000 civilians", 600_000, 1);
    value("312 fighters", 312, 1);
    value("1.5 million people", 1_500_000, 2);
    value("5 million", 5_000_000, 2);
  }

  @Test
  void numberWords() {
    value("seven .", 7, 1);
    value("twenty-one soldiers", 21, 1);
    value("twenty one soldiers", 21, 2);
    value("a hundred people", 100, 2);
    value("two thousand people", 2000, 2);
    value("three hundred and twenty people", 320, 4);
    value("two dozen people", 24, 2);
    value("one soldier", 1, 1);
  }

  @Test
  void numbersAreNotAddedAcrossAConjunction() {
    value("two and three", 2, 1);
    value("five six", 5, 1);
  }

  @Test
  void vagueQuantitiesFollowAcledCoding() {
    NumberMatch dozens = parse("dozens of civilians");
    assertThat(dozens.value()).isEqualTo(12);
    assertThat(dozens.vague()).isTrue();
    assertThat(dozens.approximate()).isTrue();
    value("hundreds of people", 100, 1);
    value("tens of people", 10, 1);
    value("scores of people", 20, 1);
    value("several people", 3, 1);
    value("a few people", 3, 2);
    value("some civilians", 3, 1);
    value("many people", 10, 1);
    value("hundreds of thousands", 100_000, 3);
  }

  @Test
  void qualifiersBoundTheNumber() {
    NumberMatch atLeast = parse("at least 28 people");
    assertThat(atLeast.value()).isEqualTo(28);
    assertThat(atLeast.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(atLeast.approximate()).isTrue();
    assertThat(parse("more than 40 days").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(parse("more than 40 days").value()).isEqualTo(40);
    assertThat(parse("nearly eight months").value()).isEqualTo(8);
    assertThat(parse("nearly eight months").qualifier()).isEqualTo(Qualifier.NEARLY);
    assertThat(parse("about 200").qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(parse("some 200 people").value()).isEqualTo(200);
    assertThat(parse("around a dozen").value()).isEqualTo(12);
    assertThat(parse("seven people").approximate()).isFalse();
  }

  @Test
  void spansGiveTheLowerFigure() {
    NumberMatch between = parse("between 10 and 15 people");
    assertThat(between.value()).isEqualTo(10);
    assertThat(between.end()).isEqualTo(4);
    assertThat(between.approximate()).isTrue();
    value("two or three people", 2, 3);
    value("10 to 15 people", 10, 3);
    value("10-15 people", 10, 1);
    assertThat(parse("10-15 people").approximate()).isTrue();
    value("at least 10 to 15", 10, 5);
    assertThat(parse("between friends")).isNull();
  }

  @Test
  void nonNumbersGiveNothing() {
    assertThat(parse("people")).isNull();
    assertThat(parse("a soldier")).isNull();
    assertThat(parse("more people")).isNull();
    assertThat(parse("37-truck convoy")).isNull();
    assertThat(parse("1.5 percent")).isNull();
    assertThat(PARSER.parse(new String[] {"no", "one"}, 1)).isNull();
    assertThat(PARSER.parse(new String[0], 0)).isNull();
  }
}
