package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.text.Tokenizer;

/** A report without a publication date is dated by the day its dateline gives, and by nothing else. */
class DatelineDateTest {

  @Test
  void the_day_of_a_dateline_is_read() {
    assertThat(DatelineDate.of(Tokenizer.tokenize("SAN SALVADOR, 3 JAN 90 -- [TEXT] GUERRILLAS ATTACKED A POST"
        + " ON 5 JANUARY 1990.")))
        .isEqualTo(LocalDate.of(1990, 1, 3));
  }

  @Test
  void a_day_written_after_the_dateline_does_not_date_the_report() {
    assertThat(DatelineDate.of(Tokenizer.tokenize("LIMA, PERU -- TERRORISTS BOMBED A BRIDGE ON 5 JANUARY 1990."))).isNull();
    assertThat(DatelineDate.of(Tokenizer.tokenize("Guerrillas attacked a post on 5 January 1990 in Lima."))).isNull();
  }

  @Test
  void a_dateline_giving_a_month_only_gives_no_day() {
    assertThat(DatelineDate.of(Tokenizer.tokenize("BOGOTA, JANUARY 1990 -- A BOMB EXPLODED ON 5 JANUARY 1990."))).isNull();
  }
}
