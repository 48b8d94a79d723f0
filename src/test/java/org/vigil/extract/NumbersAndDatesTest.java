package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.text.Tokenizer;

/** Quantities and dates as news writes them. */
class NumbersAndDatesTest {

  private static final LocalDate SATURDAY = LocalDate.of(2024, 4, 20);

  @ParameterizedTest(name = "\"{0}\" is {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "at least 144 | 144 | AT_LEAST",
      "more than 90 | 90 | MORE_THAN",
      "over 90 | 90 | MORE_THAN",
      "about 30 | 30 | ABOUT",
      "up to 50 | 50 | UP_TO",
      "twenty-three | 23 | EXACT",
      "a dozen | 12 | EXACT",
      "dozens | 24 | AT_LEAST",
      "hundreds | 200 | AT_LEAST",
      "1,200 | 1200 | EXACT",
      "two hundred and fifty | 250 | EXACT"})
  void quantities_keep_their_qualifier(String text, int value, Qualifier qualifier) {
    List<NumberPhrase> found = Numbers.find(Tokenizer.tokenize(text));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).count()).isEqualTo(new Count(value, qualifier));
  }

  @ParameterizedTest(name = "\"{0}\" published 2024-04-20 is {1}")
  @CsvSource(delimiter = '|', value = {
      "on Tuesday | 2024-04-16 | DAY",
      "on Saturday | 2024-04-20 | DAY",
      "yesterday | 2024-04-19 | DAY",
      "last night | 2024-04-19 | DAY",
      "last month | 2024-03-01 | MONTH",
      "in January | 2024-01-01 | MONTH",
      "in December | 2023-12-01 | MONTH",
      "at the end of January | 2024-01-01 | MONTH",
      "during February | 2024-02-01 | MONTH",
      "last year | 2023-01-01 | YEAR",
      "in 2019 | 2019-01-01 | YEAR",
      "on March 3 | 2024-03-03 | DAY",
      "3 January 2022 | 2022-01-03 | DAY",
      "Jan. 3, 2022 | 2022-01-03 | DAY",
      "3 JAN 90 | 1990-01-03 | DAY",
      "2023-11-05 | 2023-11-05 | DAY"})
  void dates_resolve_against_the_publication_date(String text, LocalDate date, DatePrecision precision) {
    List<DateMention> found = DateFinder.find(Tokenizer.tokenize(text), SATURDAY);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).isEqualTo(date);
    assertThat(found.get(0).precision()).isEqualTo(precision);
  }

  @ParameterizedTest(name = "\"{0}\" published {1} is {2} to {3}")
  @CsvSource(delimiter = '|', value = {
      "Saturday's explosion | 2024-03-11 | 2024-03-09 | 2024-03-09 | DAY",
      "Monday's raid | 2024-03-14 | 2024-03-11 | 2024-03-11 | DAY",
      "the weekend bombing | 2024-03-11 | 2024-03-09 | 2024-03-10 | RANGE",
      "the weekend's attacks | 2024-03-14 | 2024-03-09 | 2024-03-10 | RANGE",
      "over the weekend | 2024-03-10 | 2024-03-09 | 2024-03-10 | RANGE",
      "the weekend bombing | 2024-03-09 | 2024-03-09 | 2024-03-09 | DAY",
      "last weekend | 2024-03-10 | 2024-03-02 | 2024-03-03 | RANGE",
      "last week's attack | 2024-03-14 | 2024-03-04 | 2024-03-10 | RANGE",
      "earlier this week | 2024-03-14 | 2024-03-11 | 2024-03-14 | RANGE",
      "the attack two days ago | 2024-03-11 | 2024-03-09 | 2024-03-09 | DAY",
      "three weeks ago | 2024-03-28 | 2024-03-04 | 2024-03-10 | RANGE",
      "two months ago | 2024-03-11 | 2024-01-01 | 2024-01-31 | MONTH",
      "this month's bombing | 2024-03-11 | 2024-03-01 | 2024-03-31 | MONTH",
      "the 2017 bombing | 2024-03-11 | 2017-01-01 | 2017-12-31 | YEAR",
      "February's car bombing | 2024-05-20 | 2024-02-01 | 2024-02-29 | MONTH",
      "the May ambush | 2024-09-12 | 2024-05-01 | 2024-05-31 | MONTH",
      "the December attack | 2024-03-11 | 2023-12-01 | 2023-12-31 | MONTH",
      "sometime between January 3, 2021 and January 9, 2021 | 2021-01-12 | 2021-01-03 | 2021-01-09 | RANGE",
      "between 3 May and 9 May | 2024-05-20 | 2024-05-03 | 2024-05-09 | RANGE",
      "from March 4 to March 6 | 2024-03-11 | 2024-03-04 | 2024-03-06 | RANGE"})
  void follow_up_reports_date_the_event_they_recall(String text, LocalDate published, LocalDate first, LocalDate last,
      DatePrecision precision) {
    List<DateMention> found = DateFinder.find(Tokenizer.tokenize(text), published);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).isEqualTo(first);
    assertThat(found.get(0).last()).isEqualTo(last);
    assertThat(found.get(0).precision()).isEqualTo(precision);
  }

  @Test
  void a_range_is_written_as_an_iso_interval_and_a_range_of_one_day_is_a_day() {
    assertThat(IncidentDate.range(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10), "the weekend"))
        .isEqualTo(new IncidentDate("2024-03-09/2024-03-10", DatePrecision.RANGE, "the weekend"));
    assertThat(IncidentDate.range(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 9), null).precision())
        .isEqualTo(DatePrecision.DAY);
    assertThat(new IncidentDate("2024-03-09/2024-03-10", DatePrecision.RANGE, null).end())
        .isEqualTo(LocalDate.of(2024, 3, 10));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"the May Day rally", "they may attack"})
  void may_is_a_month_only_with_a_day_or_year(String text) {
    assertThat(DateFinder.find(Tokenizer.tokenize(text), SATURDAY)).isEmpty();
  }

  @Test
  void a_date_in_a_groups_name_is_not_the_day_of_the_attack() {
    LocalDate published = LocalDate.of(2025, 5, 10);
    Incident m23 = Engines.first("Rebels of the March 23 Movement attacked an army position near Goma on Thursday, "
        + "killing four soldiers, the army said.", published);
    assertThat(m23.date().value()).isEqualTo("2025-05-08");
    assertThat(m23.background()).isFalse();
    Incident athens = Engines.first("A bomb claimed by Revolutionary Organization 17 November exploded outside a bank "
        + "in Athens on Thursday, police said.", published);
    assertThat(athens.date().value()).isEqualTo("2025-05-08");
    assertThat(athens.background()).isFalse();
  }
}
