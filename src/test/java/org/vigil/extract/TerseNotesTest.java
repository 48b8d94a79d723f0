package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.report.Report;

/**
 * Terse event notes of the kind conflict monitors code (one sentence, a date, actors by acronym,
 * admin words of the country: territory, cercle, LGA, woreda, tehsil, township, governorate),
 * written by us: each incident gets its country and, where the text allows, its place or the
 * province it is kept in.
 */
class TerseNotesTest {

  private static final DateTimeFormatter NOTE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /**
   * A note is coded the day after the event it opens with ("On 27 March 2024, ..."): a fixed day
   * of publication would make the older notes weeks-old news, which the engine reads as recalled.
   */
  private static LocalDate coded(String note) {
    Matcher m = Pattern.compile("^On (\\d{1,2} \\w+ \\d{4}),").matcher(note);
    return m.find() ? LocalDate.parse(m.group(1), NOTE_DATE).plusDays(1) : LocalDate.of(2024, 4, 30);
  }

  private static Incident only(String note) {
    List<Incident> found = Engines.bundled().extract(Report.of("note", note, coded(note))).incidents();
    assertThat(found).as(note).isNotEmpty();
    return found.get(0);
  }

  /** The place, its town, its province and what it was resolved to, as one line to look for a name in. */
  private static String where(Location l) {
    return Stream.of(l.name(), l.city(), l.admin1(), l.resolved()).filter(Objects::nonNull).collect(Collectors.joining(" / "));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "On 21 February 2024, M23 rebels seized the town of Shasha in Masisi territory, North Kivu, after clashes with FARDC. | CD | Shasha",
      "On 17 February 2024, an IED planted by suspected Al Shabaab militants detonated against a KDF convoy on the Mandera-Elwak road. | KE | Mandera-Elwak road",
      "On 3 March 2024, ADF fighters killed nine civilians with machetes in Mangodomu village, Beni territory, North Kivu. | CD | Mangodomu",
      "On 9 March 2024, CODECO militiamen attacked a displaced persons site near Djugu, Ituri, killing six people. | CD | Ituri",
      "On 12 March 2024, RSF fighters shelled residential areas of El Fasher, North Darfur, killing at least eleven civilians. | SD | El Fasher",
      "On 14 March 2024, SAF airstrikes hit a market in Um Rawaba locality, North Kordofan, killing four people. | SD | Um Rawaba",
      "On 2 March 2024, Al Shabaab militants ambushed SNA soldiers near Bal'ad in Middle Shabelle region, killing three. | SO | Bal'ad",
      "On 5 March 2024, JNIM militants attacked an army post in Boulkessi, Douentza cercle, Mopti region. | ML | Boulkessi",
      "On 10 March 2024, suspected JNIM militants killed 14 VDP members near Sebba, Yagha province. | BF | Sebba",
      "On 11 March 2024, armed men attacked the village of Koulpelogo, Centre-Est region, killing five civilians. | BF | Koulpelogo",
      "On 15 March 2024, ISSP militants ambushed a Nigerien army patrol between Tillaberi and Ayorou, killing seven soldiers. | NE | Ayorou",
      "On 16 March 2024, gunmen on motorbikes killed four farmers in Banibangou commune, Tillaberi region. | NE | Banibangou",
      "On 18 March 2024, bandits abducted 23 villagers in Kuriga, Chikun LGA, Kaduna state. | NG | Kuriga",
      "On 19 March 2024, ISWAP fighters attacked a military base in Marte LGA, Borno state, killing two soldiers. | NG | Marte",
      "On 20 March 2024, gunmen killed a vigilante on the Gusau-Funtua road in Zamfara state. | NG | Zamfara",
      "On 21 March 2024, Ambazonian separatists killed two gendarmes in Bamenda, Mezam department, North-West region. | CM | Bamenda",
      "On 23 March 2024, the Tatmadaw bombed Kyauktaw township, Rakhine state, killing eight civilians. | MM | Rakhine",
      "On 24 March 2024, PDF fighters clashed with junta troops near Sagaing town, Sagaing region. | MM | Sagaing",
      "On 25 March 2024, ISIS cells attacked an SDF checkpoint in the Deir ez-Zor governorate, killing two fighters. | SY | Deir ez-Zor",
      "On 26 March 2024, Syrian regime artillery shelled the village of Kafr Nouran in western Aleppo countryside. | SY | Aleppo",
      "On 27 March 2024, Houthi forces shelled government positions in Hays district, Hodeidah governorate. | YE | Hays district",
      "On 28 March 2024, AQAP militants attacked a checkpoint of the Southern Transitional Council in Mudiyah district, Abyan. | YE | Mudiyah district",
      "On 29 March 2024, an IED exploded against an Iraqi army patrol in Tarmiyah district, north of Baghdad. | IQ | Baghdad",
      "On 30 March 2024, ISKP gunmen shot dead a Taliban commander in Jalalabad, Nangarhar province. | AF | Nangarhar",
      "On 31 March 2024, TTP militants attacked a police station in Dera Ismail Khan tehsil, Khyber Pakhtunkhwa, killing three policemen. | PK | Dera Ismail Khan",
      "On 1 April 2024, BLA fighters ambushed a Frontier Corps convoy near Turbat, Kech district. | PK | Turbat",
      "On 2 April 2024, Fano militiamen clashed with ENDF troops in Debre Markos town, East Gojjam zone, Amhara region. | ET | Amhara",
      "On 3 April 2024, OLA fighters killed three civilians in Gida Ayana woreda, East Wollega zone. | ET | Ethiopia",
      "On 4 April 2024, Islamic State Mozambique militants beheaded two civilians in Mocimboa da Praia district, Cabo Delgado. | MZ | Cabo Delgado",
      "On 6 April 2024, ELN guerrillas attacked a military base in Saravena municipality, Arauca department. | CO | Saravena",
      "On 7 April 2024, FARC dissidents killed a social leader in the rural area of Suarez, Cauca. | CO | Cauca",
      "On 8 April 2024, CJNG gunmen killed five people in a bar in Celaya, Guanajuato state. | MX | Celaya",
      "On 9 April 2024, Russian forces shelled Kupiansk district, Kharkiv region, wounding two civilians. | UA | Kupiansk",
      "On 10 April 2024, Russian drones struck energy infrastructure in Odesa oblast. | UA | Odessa",
      "On 12 April 2024, a roadside bomb hit an AMISOM vehicle on the road between Afgoye and Mogadishu. | SO | Afgooye",
      "On 13 April 2024, FARDC soldiers clashed with Mai-Mai militiamen in Kalehe territory, South Kivu. | CD | Kalehe territory",
      "On 14 April 2024, suspected herders killed 12 villagers in Bokkos LGA, Plateau state. | NG | Bokkos",
      "On 15 April 2024, JNIM militants attacked the Burkinabe army on the Djibo-Namssiguia axis. | BF | Djibo",
      "On 16 April 2024, Twirwaneho militiamen clashed with FARDC soldiers near Minembwe, Fizi territory. | CD | Democratic Republic of the Congo",
      "On 17 April 2024, SNA forces and Al Shabaab fought in Bulo Burde, Hiraan region, leaving five dead. | SO | Bulo Burde",
      "On 19 April 2024, Nigerian troops repelled an ISWAP attack on Malam Fatori, Abadam LGA. | NG | Borno",
      "On 20 April 2024, the Arakan Army captured a junta outpost in Paletwa township, Chin state. | MM | Chin",
      "On 21 April 2024, unknown gunmen killed a former opposition commander in Tafas, Daraa governorate. | SY | Daraa",
      "On 22 April 2024, NRF fighters ambushed Taliban forces in Rukha district, Panjshir. | AF | Rukha district",
      "On 23 April 2024, Fano fighters attacked ENDF positions in Bahir Dar. | ET | Bahir Dar",
      "On 24 April 2024, Sinaloa Cartel gunmen killed three police officers in Culiacan, Sinaloa. | MX | Sinaloa",
      "On 25 April 2024, TTP militants ambushed a police patrol on the Bannu-Miranshah road. | PK | Bannu-Miranshah road",
      "On 26 April 2024, RSF fighters killed twelve villagers in Al Managil locality. | SD | Sudan",
      "On 27 April 2024, Russian shelling damaged houses in Nikopol raion, Dnipropetrovsk oblast. | UA | Nikopol"
  })
  void each_note_gets_its_country_and_its_place_or_province(String note, String country, String place) {
    Location l = only(note).location();
    assertThat(l).as(note).isNotNull();
    assertThat(l.countryCode()).as(note).isEqualTo(country);
    assertThat(where(l)).as(note).contains(place);
  }

  @Test
  void an_ambush_on_a_road_between_two_towns_is_on_the_road_at_its_first_town() {
    Location l = only("On 2 May 2024, gunmen ambushed a bus on the Maiduguri-Damboa road, killing four passengers.")
        .location();
    assertThat(l).isNotNull();
    assertThat(l.countryCode()).isEqualTo("NG");
    assertThat(l.name()).isEqualTo("Maiduguri-Damboa road");
    assertThat(l.resolved()).as("the town whose coordinates the road takes").isEqualTo("Maiduguri");
    assertThat(l.city()).as("a road out of a town is not in it").isNull();
  }

  @Test
  void a_road_gives_way_to_the_place_the_note_puts_the_ambush_in() {
    Location l = only("On 3 May 2024, militants ambushed a convoy on the Kabul-Jalalabad highway in Sarobi district, "
        + "Kabul province.").location();
    assertThat(l).isNotNull();
    assertThat(l.name()).doesNotContain("highway");
    assertThat(l.admin1()).isEqualTo("Kabul");
  }

  @Test
  void a_note_naming_no_place_takes_the_country_of_the_state_forces_it_names_and_says_so() {
    Location l = only("On 4 May 2024, FARDC soldiers killed two Mai-Mai fighters during a patrol.").location();
    assertThat(l).isNotNull();
    assertThat(l.countryCode()).isEqualTo("CD");
    assertThat(l.precision()).isEqualTo("country");
    assertThat(l.resolved()).contains("Armed Forces of the Democratic Republic of the Congo");
  }

  @Test
  void a_note_whose_only_actor_roams_many_countries_gets_no_guessed_country() {
    Incident i = only("On 5 May 2024, AQIM militants abducted two foreign engineers at a mining camp.");
    assertThat(i.location()).as("AQIM operates in six countries: none is the place").isNull();
  }
}
