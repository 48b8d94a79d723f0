package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  @Test
  void a_phrase_begins_a_name_when_an_indexed_name_or_an_alias_starts_with_it_and_no_longer_phrase_is_tried_otherwise() {
    assertThat(mayBeginName("San Salvador")).isTrue();
    assertThat(gazetteer.idsByName("san salvador", true)).isNotEmpty();
    assertThat(mayBeginName("North-West Frontier")).isTrue(); // an alias only
    assertThat(mayBeginName("North West Frontier Province")).isTrue();
    assertThat(mayBeginName("Democratic Republic of")).isTrue();
    assertThat(mayBeginName("San Salvador yesterday")).isFalse();
    assertThat(mayBeginName("THE ARMY SAID")).isFalse();
  }

  /** Whether the gazetteer says a name may begin with all the words of {@code text}. */
  private static boolean mayBeginName(String text) {
    java.util.List<Token> tokens = Tokenizer.tokenize(text);
    Phrases phrases = new Phrases(tokens);
    phrases.moveTo(0, tokens.size());
    return gazetteer.mayBeginName(phrases, tokens.size(), gazetteer.wordFacts(tokens.get(0).norm()));
  }

  @Test
  void the_bundled_gazetteer_has_countries_provinces_and_135000_places() {
    assertThat(gazetteer.size()).isGreaterThan(135_000);
    assertThat(gazetteer.country("IQ")).get().extracting(GazetteerEntry::name).isEqualTo("Iraq");
    assertThat(gazetteer.admin1("IQ", "13")).get().extracting(GazetteerEntry::name).isEqualTo("Kirkuk");
    assertThat(gazetteer.admin1("SV", "09")).get().extracting(GazetteerEntry::name).isEqualTo("San Miguel");
  }

  @Test
  void curated_aliases_reach_the_gazetteer_names() {
    assertThat(gazetteer.lookup("Qum")).extracting(GazetteerEntry::name).contains("Qom");
    assertThat(gazetteer.lookup("Kiev")).extracting(GazetteerEntry::name).contains("Kyiv");
    assertThat(gazetteer.lookup("Al-Mawsil")).extracting(GazetteerEntry::name).contains("Mosul");
    assertThat(gazetteer.lookup("Muqdisho")).extracting(GazetteerEntry::name).contains("Mogadishu");
    assertThat(gazetteer.lookup("Qandahar")).extracting(GazetteerEntry::name).contains("Kandahar");
    assertThat(gazetteer.lookup("Ciudad Juarez")).extracting(GazetteerEntry::countryCode).contains("MX");
    assertThat(gazetteer.lookup("Borno")).extracting(GazetteerEntry::kind).contains(PlaceKind.ADMIN1);
  }

  @Test
  void a_province_is_found_under_spellings_that_write_its_vowels_or_its_name_otherwise() {
    assertThat(gazetteer.spellingsOfProvince("Uruzgan", "AF")).containsExactly("Oruzgan");
    assertThat(gazetteer.spellingsOfProvince("Jawzjan", "AF")).containsExactly("Jowzjan");
    assertThat(gazetteer.spellingsOfProvince("Timbuktu", "ML")).containsExactly("Tombouctou");
    assertThat(gazetteer.spellingsOfProvince("Extreme-North", "CM")).containsExactly("Far North");
    assertThat(gazetteer.spellingsOfProvince("Uruzgan", "IQ")).isEmpty();
  }

  @Test
  void demonyms_name_their_country() {
    assertThat(gazetteer.countryOfDemonym("Iranian")).contains("IR");
    assertThat(gazetteer.countryOfDemonym("NIGERIANS")).contains("NG");
    assertThat(gazetteer.countryOfDemonym("Martian")).isEmpty();
  }

  @Test
  void entries_know_what_contains_them() {
    GazetteerEntry kirkukProvince = gazetteer.admin1("IQ", "13").orElseThrow();
    GazetteerEntry iraq = gazetteer.country("IQ").orElseThrow();
    GazetteerEntry kirkuk = gazetteer.lookup("Kirkuk").stream()
        .filter(e -> e.kind() == PlaceKind.PLACE).findFirst().orElseThrow();
    assertThat(kirkukProvince.contains(kirkuk)).isTrue();
    assertThat(iraq.contains(kirkukProvince)).isTrue();
    assertThat(kirkuk.contains(kirkukProvince)).isFalse();
  }
}
