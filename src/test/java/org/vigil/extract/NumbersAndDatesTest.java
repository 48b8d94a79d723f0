package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"the May Day rally", "they may attack"})
  void may_is_a_month_only_with_a_day_or_year(String text) {
    assertThat(DateFinder.find(Tokenizer.tokenize(text), SATURDAY)).isEmpty();
  }
}
