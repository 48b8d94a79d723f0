package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An acronym a report defines in parentheses is the name before it, not another entry's alias. */
class AcronymsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2021, 1, 5);

  @Test
  void an_army_abbreviated_after_its_name_is_not_the_armed_group_sharing_the_letters() {
    assertThat(Engines.incidents("Gunmen shot dead two Afghan National Army (ANA) soldiers in Ghazni city, Ghazni, "
        + "Afghanistan. The Taliban claimed responsibility for the attack.", PUBLISHED))
        .singleElement().satisfies(i -> assertThat(i.perpetrators()).extracting(Perpetrator::group)
            .contains("Taliban").doesNotContain("Albanian National Army"));
  }

  @Test
  void a_group_abbreviated_after_its_own_name_is_still_the_group() {
    assertThat(Engines.incidents("Gunmen of the Albanian National Army (ANA) attacked a police station in Kumanovo, "
        + "North Macedonia, on Monday.", PUBLISHED))
        .singleElement().satisfies(i -> assertThat(i.perpetrators()).extracting(Perpetrator::group)
            .contains("Albanian National Army"));
  }

  @Test
  void only_the_capitalised_words_whose_initials_spell_it_define_an_acronym() {
    String text = "soldiers of the Afghan National Army (ANA) and the police (ANP)";
    int ana = text.indexOf("ANA");
    assertThat(Acronyms.definer(text, ana, ana + 3)).isEqualTo("Afghan National Army");
    int anp = text.indexOf("ANP");
    assertThat(Acronyms.definer(text, anp, anp + 3)).isNull();
  }

  @Test
  void a_faction_named_by_its_parents_name_and_acronym_is_the_faction_alone() {
    assertThat(Engines.incidents("Gunmen shot dead a farmer in Suarez, Cauca, Colombia, on Monday. The army blamed a "
        + "column of the Revolutionary Armed Forces of Colombia (FARC) dissidents.", PUBLISHED))
        .singleElement().satisfies(i -> assertThat(i.perpetrators()).extracting(Perpetrator::group)
            .contains("FARC dissidents").doesNotContain("Revolutionary Armed Forces of Colombia"));
  }

  @Test
  void a_longer_name_that_ends_in_another_groups_name_is_its_own_group() {
    assertThat(Engines.incidents("Suspected rebels of the Dimasa National Liberation Army (DNLA) shot dead two "
        + "villagers in Karbi Anglong district, Assam, India, on Monday.", PUBLISHED))
        .singleElement().satisfies(i -> assertThat(i.perpetrators()).extracting(Perpetrator::group)
            .contains("Dimasa National Liberation Army").doesNotContain("National Liberation Army (NLA) (Macedonia)",
                "National Liberation Army (Macedonia)"));
  }
}
