package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports whose news is a verdict, a memorial or a release recall the old attack over several
 * sentences: one recalled incident, with its own date, place and toll, and no news incident.
 */
class RecollectionsTest {

  @Test
  void a_memorial_for_a_named_bombing_recalls_it_on_its_own_date_with_its_toll() {
    List<Incident> all = Engines.incidents("LEEDS, England, June 4 (Northern Post) - Relatives of the victims of the "
        + "Kirkgate Market bombing gathered on Tuesday for a memorial service ten years after the attack. A bomber "
        + "detonated a device among shoppers in the market on June 4, 2014, killing 11 people and wounding "
        + "dozens. The bomber also died.", LocalDate.of(2024, 6, 4));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isTrue();
      assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
      assertThat(i.date().value()).isEqualTo("2014-06-04");
      assertThat(i.casualties().killed().value()).isEqualTo(12);
      assertThat(i.casualties().perpetratorsKilled().value()).isEqualTo(1);
    });
  }

  @Test
  void a_verdict_story_tells_one_recalled_siege_and_no_news_incident() {
    List<Incident> all = Engines.incidents("KARACHI, May 9 (Coast Wire) - A court on Thursday upheld the sentences of "
        + "four men convicted over the 2019 siege of a Karachi hotel. Gunmen stormed the hotel on March 3, 2019, "
        + "and held guests hostage overnight. Twelve hostages, most of them visitors, and three guards were "
        + "killed. Four of the gunmen were shot dead when commandos stormed the building the next morning.",
        LocalDate.of(2024, 5, 9));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isTrue();
      assertThat(i.type()).isEqualTo(IncidentType.HOSTAGE_BARRICADE);
      assertThat(i.date().value()).isEqualTo("2019-03-03");
      assertThat(i.casualties().killed().value()).isEqualTo(19);
      assertThat(i.casualties().perpetratorsKilled().value()).isEqualTo(4);
    });
  }

  @Test
  void the_release_of_a_seized_ship_recalls_the_seizure_where_it_happened_not_where_it_was_announced() {
    List<Incident> all = Engines.incidents("DOHA, Feb 2 (Gulf Courier) - Rebels have freed the 18 sailors of the tanker "
        + "Sea Swallow, more than a year after they seized the ship off the coast, Qatar's foreign ministry said "
        + "on Friday. Rebel fighters boarded the vessel from boats in October 2023, taking the crew captive and "
        + "sailing the ship to the port of Hodeidah.", LocalDate.of(2025, 2, 2));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isTrue();
      assertThat(i.type()).isEqualTo(IncidentType.HIJACKING);
      assertThat(i.location().countryCode()).isEqualTo("YE");
    });
  }

  @Test
  void the_nationality_of_the_victims_of_a_recalled_kidnapping_is_not_its_place_and_its_count_is_read() {
    List<Incident> all = Engines.incidents("JOLO, Philippines (Island Times) - Troops on Monday arrested a militant "
        + "leader in a village near Jolo. He was wanted for his role in the kidnapping of 14 tourists, including "
        + "two Germans, from a beach resort in 2000.", LocalDate.of(2023, 5, 2));
    assertThat(all).filteredOn(Incident::background).singleElement()
        .satisfies(i -> {
          assertThat(i.location().countryCode()).isEqualTo("PH");
          assertThat(i.casualties().kidnapped().value()).isEqualTo(14);
        });
  }

  @Test
  void it_in_a_claim_of_an_older_bombing_is_the_group_that_attacked_not_the_one_attacked() {
    List<Incident> all = Engines.incidents("KABUL, Feb 22 (Frontline Wire) - A suicide bomber killed at least five people "
        + "at a mosque in Kabul on Friday. Islamic State Khorasan Province claimed the attack. The group has carried "
        + "out repeated attacks on Shi'ites and on the Taliban. It also claimed the suicide bombing at a ministry in "
        + "Kabul in December that killed the minister, the most senior Taliban figure to be killed in years.",
        LocalDate.of(2025, 2, 22));
    assertThat(all).filteredOn(Incident::background).singleElement().satisfies(i -> assertThat(i.perpetrators())
        .extracting(Perpetrator::group).containsExactly("Islamic State Khorasan Province"));
  }

  @Test
  void what_a_group_is_known_to_do_is_no_incident() {
    List<Incident> all = Engines.incidents("YOLA, Nigeria, May 6 (Savanna Wire) - A bomb killed four people at a bus "
        + "station in Yola on Sunday. Adamawa is one of the states worst hit by armed gangs who kidnap for "
        + "ransom.", LocalDate.of(2024, 5, 6));
    assertThat(all).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(IncidentType.BOMBING));
  }

  @Test
  void the_funeral_of_those_killed_in_an_attack_days_ago_reports_that_attack_as_news() {
    List<Incident> all = Engines.incidents("QUETTA, Pakistan, May 8 (Test Wire) - Mourners attended the funerals on "
        + "Wednesday of six policemen killed in Sunday's Taliban attack on a checkpoint in Quetta.",
        LocalDate.of(2024, 5, 8));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isFalse();
      assertThat(i.date().value()).isEqualTo("2024-05-05");
      assertThat(i.casualties().killed().value()).isEqualTo(6);
    });
  }

  @Test
  void a_recalled_attack_told_with_its_day_and_its_toll_is_kept_however_weak_its_word() {
    List<Incident> all = Engines.incidents("A driver pleaded not guilty on Tuesday to charges of hiding evidence from "
        + "investigators. He is not charged with taking part in the March 3, 2019, attack, which killed five people "
        + "and wounded 40.", LocalDate.of(2024, 6, 4));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isTrue();
      assertThat(i.date().value()).isEqualTo("2019-03-03");
      assertThat(i.casualties().killed().value()).isEqualTo(5);
      assertThat(i.casualties().wounded().value()).isEqualTo(40);
    });
  }

  @Test
  void the_news_takes_no_target_of_an_attack_it_recalls() {
    List<Incident> all = Engines.incidents("TEHRAN, Aug 14 (Example Wire) - Intelligence forces arrested two members "
        + "of the Islamic State group who were trying to enter the Hazrat Masumeh shrine in Qom disguised as pilgrims, "
        + "the intelligence ministry said on Wednesday. The group has been responsible for several attacks in Iran, "
        + "including twin bombings in Kerman in January that claimed over 90 lives. It also orchestrated a shooting at "
        + "a concert hall near Moscow in March, killing at least 144 people.", LocalDate.of(2024, 8, 14));
    Incident plot = all.stream().filter(i -> !i.background()).findFirst().orElseThrow();
    assertThat(plot.targets()).extracting(Target::text).noneMatch(t -> t.contains("concert hall"));
    assertThat(all).filteredOn(i -> i.location() != null && "RU".equals(i.location().countryCode())).singleElement()
        .satisfies(i -> assertThat(i.targets()).extracting(Target::text).anyMatch(t -> t.contains("concert hall")));
  }

  @Test
  void a_gathering_in_one_city_for_a_bombing_named_after_another_recalls_it_where_it_happened() {
    List<Incident> all = Engines.incidents("Mourners gathered in Manchester on Saturday to mark the anniversary of the "
        + "2005 Leeds bombing, which killed nine people.", LocalDate.of(2024, 7, 14));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isTrue();
      assertThat(i.location().city()).isEqualTo("Leeds");
    });
  }
}
