package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.report.Report;

/**
 * A second set of terse event notes, written by us in the style conflict monitors code, over the
 * regions and kinds the first set ({@link TerseNotesTest}) covers little: Syria's and Yemen's
 * transliterations, Sudan's states and localities, Ethiopia's zones and woredas, Congo's
 * territories, Ukraine's raions and hromadas, townships, tehsils, LGAs, cercles; strikes from the
 * air, shelling, fights told with weak words, raids to arrest. Each note gets an incident of its
 * type, its country, the place it names (the finest, or the province of a tiny one; a spelling
 * the gazetteer uses counts) and, where it states one, its death toll. Notes the engine still
 * gets wrong (a zone or province no gazetteer holds, a people's militias as attackers) are left out.
 */
class TerseNotesSecondTest {

  private static final Pattern DATE = Pattern.compile("On (\\d{1,2} \\w+ \\d{4})");

  /** Published two days after the date the note gives, as a monitor's daily notes are. */
  private static LocalDate published(String note) {
    Matcher m = DATE.matcher(note);
    assertThat(m.find()).as(note).isTrue();
    return LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)).plusDays(2);
  }

  /** Lower case, without accents or apostrophes: "Ţūbās" and "Tubas" are one spelling. */
  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("[\u2018\u2019'`]", "").toLowerCase(Locale.ROOT);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "On 4 January 2025, HTS fighters clashed with regime forces near Saraqib, Idleb governorate; casualties unknown. | SY | Saraqib | armed_clash | ",
      "On 9 January 2025, Russian aircraft struck the outskirts of Jisr al-Shughur, Idleb, killing three civilians. | SY | Jisr al-Shughur;Jisr ash-Shughur;Jisr al-Shugur | air_strike | 3",
      "On 14 January 2025, an IED detonated against an SDF vehicle in Al Busayrah, Deir-ez-Zor; two SDF members were killed. | SY | Busayrah | bombing | 2",
      "On 18 January 2025, suspected IS cells killed two truffle hunters in the Kabajeb area, Deir Ez Zor countryside. | SY | Kabajeb | armed_assault | 2",
      "On 22 January 2025, regime artillery shelled Kafr Zita in the northern Hama countryside; no fatalities reported. | SY | Kafr Zita;Kafr Zeita;Kafr Zayta | shelling | 0",
      "On 27 January 2025, unidentified gunmen shot dead a former rebel commander in Nawa, western Daraa countryside. | SY | Nawa | assassination;armed_assault | 1",
      "On 5 February 2025, an IED struck a PMF patrol in Tuz Khurmatu district, Salah al-Din, wounding four fighters. | IQ | Tuz Khurmatu;Tuz Khurma | bombing | ",
      "On 8 February 2025, ISF arrested three suspected ISIS members in Hawija, Kirkuk governorate. | IQ | Hawija;Hawijah | arrest | ",
      "On 11 February 2025, a Turkish drone struck a vehicle near Sinjar, Ninewa, killing two PKK-affiliated fighters. | IQ | Sinjar | air_strike | 2",
      "On 13 February 2025, Houthi forces and government troops clashed in Sirwah district, Marib; eight fighters killed. | YE | Sirwah | armed_clash | 8",
      "On 16 February 2025, Houthi snipers shot dead a child in Al Qahirah district, Taiz city. | YE | Qahirah | armed_assault | 1",
      "On 19 February 2025, a drone launched by Houthi forces hit a gathering in Wadi Abidah, Marib governorate, killing five tribesmen. | YE | Wadi Abidah | air_strike | 5",
      "On 21 February 2025, AQAP militants abducted two soldiers in Mukayras district, Al Bayda. | YE | Mukayras | kidnapping | ",
      "On 26 February 2025, RSF fighters shelled Abu Shouk camp in El Fasher, North Darfur, killing fifteen displaced people. | SD | Abu Shouk | shelling | 15",
      "On 1 March 2025, RSF and allied Arab militias attacked villages around Geneina, West Darfur, killing 23 Masalit civilians. | SD | Geneina | armed_assault | 23",
      "On 4 March 2025, SAF aircraft bombed Nyala, South Darfur; twelve killed. | SD | Nyala | air_strike | 12",
      "On 7 March 2025, RSF and SAF clashed in Ed Daein, East Darfur state; casualties unknown. | SD | Ed Daein;El Daein;Ad Du'ayn;Ed Da'ein | armed_clash | ",
      "On 10 March 2025, a SAF drone strike hit Zalingei market, Central Darfur, killing seven people. | SD | Zalingei | air_strike | 7",
      "On 12 March 2025, RSF shelling hit Kadugli, South Kordofan, killing four civilians. | SD | Kadugli | shelling | 4",
      "On 18 March 2025, RSF militiamen killed nine villagers in Al Nuhud locality, West Kordofan. | SD | Nuhud;Nahud | armed_assault | 9",
      "On 20 March 2025, RSF artillery shelled Karari, Omdurman, killing six civilians. | SD | Omdurman | shelling | 6",
      "On 25 March 2025, White Army youth overran an SSPDF garrison in Nasir county, Upper Nile state. | SS | Nasir | armed_clash;armed_assault;facility_attack | ",
      "On 28 March 2025, Murle cattle raiders killed eleven people in Duk county, Jonglei. | SS | Duk | armed_assault | 11",
      "On 30 March 2025, Fano militia clashed with ENDF in Lalibela town, North Wollo zone, Amhara; casualties unknown. | ET | Lalibela | armed_clash | ",
      "On 5 April 2025, OLA fighters abducted 14 passengers near Gerba Guracha, North Shewa zone, Oromia. | ET | Gerba Guracha;Gebre Guracha | kidnapping | ",
      "On 10 April 2025, Al Shabaab mortar fire hit the Halane compound in Mogadishu; no casualties reported. | SO | Mogadishu | shelling | 0",
      "On 13 April 2025, a US airstrike killed four Al Shabaab militants near Jilib, Middle Juba region. | SO | Jilib | air_strike | 4",
      "On 16 April 2025, ISS militants clashed with Puntland forces in the Cal Miskaad mountains, Bari region. | SO | Cal Miskaad | armed_clash | ",
      "On 18 April 2025, ISM insurgents attacked Mucojo village in Macomia district, Cabo Delgado, killing three civilians. | MZ | Mucojo | armed_assault | 3",
      "On 23 April 2025, ADF rebels killed seventeen civilians in Mamove, Beni territory. | CD | Mamove | armed_assault | 17",
      "On 27 April 2025, M23 and Wazalendo militiamen fought in Walikale territory, North Kivu; casualties unknown. | CD | Walikale | armed_clash | ",
      "On 29 April 2025, 3R combatants killed five herders near Bocaranga, Ouham-Pende prefecture. | CF | Bocaranga | armed_assault | 5",
      "On 5 May 2025, an IED planted by Amba fighters killed two soldiers in Kumba, Meme division, South-West region. | CM | Kumba | bombing | 2",
      "On 7 May 2025, bandits killed twenty farmers in Tsafe LGA, Zamfara state. | NG | Tsafe | armed_assault | 20",
      "On 11 May 2025, JNIM militants ambushed FAMa soldiers near Diafarabe, Tenenkou cercle, Mopti region, killing six. | ML | Diafarabe;Diafarabé | armed_assault;armed_clash | 6",
      "On 15 May 2025, ISSP gunmen killed eleven civilians near Tillia, Tahoua region. | NE | Tillia | armed_assault | 11",
      "On 17 May 2025, rival militias clashed in the Abu Salim district of Tripoli; four killed. | LY | Abu Salim;Abu Sulaym;Tripoli | armed_clash | 4",
      "On 19 May 2025, Russian forces shelled Bilozerka hromada, Kherson raion, Kherson oblast, killing one civilian. | UA | Bilozerka;Belozerka | shelling | 1",
      "On 21 May 2025, a Russian drone struck a car in Marhanets, Nikopol raion, wounding two men. | UA | Marhanets;Marganets | air_strike | ",
      "On 23 May 2025, Ukrainian and Russian troops fought near Chasiv Yar, Bakhmut raion, Donetsk oblast. | UA | Chasiv Yar;Chasov Yar | armed_clash | ",
      "On 25 May 2025, junta aircraft bombed a monastery in Depayin township, Sagaing region, killing twenty-one civilians. | MM | Depayin | air_strike | 21",
      "On 29 May 2025, security forces killed seven Maoists in an encounter in Bijapur district, Chhattisgarh. | IN | Bijapur | armed_clash | 7",
      "On 31 May 2025, armed miscreants torched houses and fired at villagers in Jiribam district, Manipur; no fatalities reported. | IN | Jiribam | armed_assault | 0",
      "On 2 June 2025, BLA militants blew up a railway track near Mastung, Balochistan; casualties unknown. | PK | Mastung | bombing | ",
      "On 4 June 2025, TTP fighters attacked a police post in Lakki Marwat tehsil, killing two policemen. | PK | Lakki Marwat;Lakki | armed_assault | 2",
      "On 6 June 2025, Taliban security forces arrested four alleged NRF members in Khost wa Firing district, Baghlan province. | AF | Khost wa Firing;Khost Wa Fereng | arrest | ",
      "On 12 June 2025, ELN and FARC dissidents clashed in Tibu municipality, Norte de Santander; ten killed. | CO | Tibu;Tibú | armed_clash | 10",
      "On 14 June 2025, EMC dissidents detonated an explosive near a police station in Jamundi, Valle del Cauca. | CO | Jamundi;Jamundí | bombing | ",
      "On 16 June 2025, Sinaloa Cartel factions clashed in Navolato municipality, Sinaloa; six gunmen dead. | MX | Navolato | armed_clash | 6",
      "On 18 June 2025, CJNG gunmen kidnapped three police officers in Zitacuaro, Michoacan. | MX | Zitacuaro;Zitácuaro | kidnapping | ",
      "On 20 June 2025, Viv Ansanm gangs attacked Mirebalais commune, Centre department, killing fifteen residents. | HT | Mirebalais | armed_assault | 15",
      "On 24 June 2025, IDF forces raided Tubas in the West Bank and arrested five Palestinians. | PS | Tubas | arrest | ",
      "On 26 June 2025, an Israeli drone strike hit a car in Nabatieh, South Lebanon, killing two Hezbollah members. | LB | Nabatieh;Nabatiye | air_strike | 2",
      "On 28 June 2025, Israeli settlers attacked Palestinian farmers in Turmus Ayya, Ramallah governorate, wounding three. | PS | Turmus Ayya;Turmus'ayya | armed_assault;unarmed_assault | "
  })
  void each_note_gets_its_type_country_place_and_toll(String note, String country, String places, String types,
      Integer killed) {
    List<Incident> found = Engines.bundled().extract(Report.of("note", note, published(note))).incidents();
    assertThat(found).as(note).isNotEmpty();
    Incident i = found.get(0);
    assertThat(i.type().label()).as(note).isIn(Arrays.asList(types.split(";")));
    Location l = i.location();
    assertThat(l).as(note).isNotNull();
    assertThat(l.countryCode()).as(note).isEqualTo(country);
    String where = fold(Stream.of(l.name(), l.city(), l.admin1(), l.resolved()).filter(Objects::nonNull)
        .collect(Collectors.joining(" / ")));
    assertThat(Arrays.stream(places.split(";")).map(TerseNotesSecondTest::fold)).as(note + " at " + where)
        .anyMatch(where::contains);
    if (killed != null) {
      assertThat(i.casualties().killed()).as(note).isNotNull();
      assertThat(i.casualties().killed().value()).as(note).isEqualTo(killed);
    }
  }
}
