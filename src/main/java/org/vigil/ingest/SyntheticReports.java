package org.vigil.ingest;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigil.report.Report;

/**
 * Generated news reports for the ingest benchmark: attacks in 40 cities by the groups active
 * there, 1975 to 2024, written from varied sentences so that unrelated reports do not look
 * alike. About a quarter are follow-ups of an earlier incident with a higher toll, 3% exact
 * copies and 3% syndicated copies with small edits, as in a real feed. Deterministic for a seed.
 */
public final class SyntheticReports {

  private record City(String name, String country, String code, String[] groups) {}

  private static final City[] CITIES = {
      new City("Mogadishu", "Somalia", "SO", new String[] {"Al-Shabaab"}),
      new City("Kismayo", "Somalia", "SO", new String[] {"Al-Shabaab"}),
      new City("Kabul", "Afghanistan", "AF", new String[] {"Taliban", "Islamic State Khorasan Province"}),
      new City("Jalalabad", "Afghanistan", "AF", new String[] {"Islamic State Khorasan Province"}),
      new City("Kandahar", "Afghanistan", "AF", new String[] {"Taliban"}),
      new City("Baghdad", "Iraq", "IQ", new String[] {"Islamic State"}),
      new City("Mosul", "Iraq", "IQ", new String[] {"Islamic State"}),
      new City("Kirkuk", "Iraq", "IQ", new String[] {"Islamic State"}),
      new City("Maiduguri", "Nigeria", "NG", new String[] {"Boko Haram", "Islamic State West Africa Province"}),
      new City("Damaturu", "Nigeria", "NG", new String[] {"Boko Haram"}),
      new City("Peshawar", "Pakistan", "PK", new String[] {"Tehrik-i-Taliban Pakistan"}),
      new City("Quetta", "Pakistan", "PK", new String[] {"Balochistan Liberation Army", "Tehrik-i-Taliban Pakistan"}),
      new City("Karachi", "Pakistan", "PK", new String[] {"Balochistan Liberation Army"}),
      new City("Lahore", "Pakistan", "PK", new String[] {"Tehrik-i-Taliban Pakistan"}),
      new City("Damascus", "Syria", "SY", new String[] {"Islamic State"}),
      new City("Aleppo", "Syria", "SY", new String[] {"Islamic State"}),
      new City("Aden", "Yemen", "YE", new String[] {"Al-Qaeda in the Arabian Peninsula"}),
      new City("Sanaa", "Yemen", "YE", new String[] {"Houthis"}),
      new City("Tripoli", "Libya", "LY", new String[] {"Islamic State"}),
      new City("Benghazi", "Libya", "LY", new String[] {"Islamic State"}),
      new City("Bamako", "Mali", "ML", new String[] {"Jama'at Nusrat al-Islam wal-Muslimin"}),
      new City("Gao", "Mali", "ML", new String[] {"Jama'at Nusrat al-Islam wal-Muslimin"}),
      new City("Ouagadougou", "Burkina Faso", "BF", new String[] {"Jama'at Nusrat al-Islam wal-Muslimin"}),
      new City("Niamey", "Niger", "NE", new String[] {"Islamic State West Africa Province"}),
      new City("Cairo", "Egypt", "EG", new String[] {"Islamic State Sinai Province"}),
      new City("Arish", "Egypt", "EG", new String[] {"Islamic State Sinai Province"}),
      new City("Nairobi", "Kenya", "KE", new String[] {"Al-Shabaab"}),
      new City("Garissa", "Kenya", "KE", new String[] {"Al-Shabaab"}),
      new City("Mombasa", "Kenya", "KE", new String[] {"Al-Shabaab"}),
      new City("Srinagar", "India", "IN", new String[] {"Lashkar-e-Taiba"}),
      new City("Istanbul", "Turkey", "TR", new String[] {"Kurdistan Workers' Party", "Islamic State"}),
      new City("Diyarbakir", "Turkey", "TR", new String[] {"Kurdistan Workers' Party"}),
      new City("Beni", "Democratic Republic of the Congo", "CD", new String[] {"Allied Democratic Forces"}),
      new City("Goma", "Democratic Republic of the Congo", "CD", new String[] {"Allied Democratic Forces"}),
      new City("Tunis", "Tunisia", "TN", new String[] {"Islamic State"}),
      new City("Algiers", "Algeria", "DZ", new String[] {"Islamic State"}),
      new City("Beirut", "Lebanon", "LB", new String[] {"Islamic State"}),
      new City("Marawi", "Philippines", "PH", new String[] {"Islamic State"}),
      new City("Dhaka", "Bangladesh", "BD", new String[] {"Islamic State"}),
      new City("Colombo", "Sri Lanka", "LK", new String[] {"Islamic State"}),
  };
  private static final String[] AGENCIES = {"Example Wire", "Global Press", "Daily Monitor", "Regional Post",
      "Evening Herald", "Capital Times", "News Service", "Frontier Daily"};
  private static final String[] SITES = {"a crowded market", "a police station", "a checkpoint", "a hotel",
      "a mosque", "a bus station", "a government office", "a military base", "a school", "a wedding hall",
      "a restaurant", "a shopping centre", "an army convoy", "a football stadium", "a hospital", "a court house"};
  private static final String[] WEAPONS = {"A car bomb exploded outside", "A suicide bomber blew himself up at",
      "A roadside bomb struck", "Gunmen opened fire on", "Militants stormed", "An explosive device went off near",
      "Attackers armed with rifles raided", "A motorcycle bomb detonated near"};
  private static final String[] SAYS = {"police said", "officials said", "a hospital source said",
      "the interior ministry said", "witnesses told reporters", "a security official said", "local authorities said"};
  private static final String[] FILLER = {
      "Residents described scenes of panic as ambulances rushed %d wounded to hospitals across the city.",
      "The area had been on alert for %d days after warnings of a planned attack.",
      "Security forces sealed off roads within %d kilometres and began searching nearby houses.",
      "It was the %dth attack in the province this year, according to a tally by a local monitoring group.",
      "Shops in the district stayed closed on the following day and at least %d schools suspended classes.",
      "The prime minister condemned the attack and ordered an inquiry to report within %d weeks.",
      "Witnesses said they heard %d loud blasts followed by sustained gunfire.",
      "Aid groups said %d families had been displaced by recent violence in the region.",
      "Photographs shared online showed %d burned vehicles and a collapsed wall.",
      "Officials said the death toll could rise because %d of the wounded were in critical condition.",
      "A curfew was imposed for %d hours while investigators combed the site.",
      "Analysts said the group had carried out %d similar attacks since the start of the year.",
  };
  private static final String[] NUMBER_WORDS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

  private final Random random;
  private final List<Incident> earlier = new ArrayList<>();
  private final List<Report> emitted = new ArrayList<>();

  private record Incident(City city, String group, String site, String weapon, LocalDate date, int killed) {}

  public SyntheticReports(long seed) {
    this.random = new Random(seed);
  }

  /** {@code n} reports, in feed order. */
  public static List<Report> generate(int n, long seed) {
    SyntheticReports g = new SyntheticReports(seed);
    List<Report> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(g.next(i));
    }
    return out;
  }

  private Report next(int i) {
    double roll = random.nextDouble();
    Report r;
    if (roll < 0.03 && !emitted.isEmpty()) {
      Report orig = emitted.get(random.nextInt(emitted.size()));
      r = new Report("r" + i, orig.title(), orig.text(), orig.published(), orig.source(), null, orig.origin());
    } else if (roll < 0.06 && !emitted.isEmpty()) {
      Report orig = emitted.get(random.nextInt(emitted.size()));
      String agency = AGENCIES[random.nextInt(AGENCIES.length)];
      r = Report.of("r" + i, orig.text().replaceFirst("\\(([^)]*)\\)", "(" + agency + ")")
          .replaceFirst(" said\\.", " told reporters."), orig.published());
    } else if (roll < 0.31 && !earlier.isEmpty()) {
      r = followUp(i, earlier.get(earlier.size() - 1 - random.nextInt(Math.min(earlier.size(), 200))));
    } else {
      r = fresh(i);
    }
    emitted.add(r);
    if (emitted.size() > 500) {
      emitted.remove(0);
    }
    return r;
  }

  private Report fresh(int i) {
    City c = CITIES[random.nextInt(CITIES.length)];
    Incident in = new Incident(c, c.groups()[random.nextInt(c.groups().length)], SITES[random.nextInt(SITES.length)],
        WEAPONS[random.nextInt(WEAPONS.length)], LocalDate.of(1975, 1, 1).plusDays(random.nextInt(18_250)),
        1 + random.nextInt(40));
    earlier.add(in);
    if (earlier.size() > 1000) {
      earlier.remove(0);
    }
    LocalDate published = in.date().plusDays(1 + random.nextInt(2));
    int wounded = in.killed() + random.nextInt(60);
    StringBuilder t = new StringBuilder();
    t.append(c.name().toUpperCase(Locale.ROOT)).append(", ").append(c.country()).append(" (")
        .append(AGENCIES[random.nextInt(AGENCIES.length)]).append(") - ").append(in.weapon()).append(' ')
        .append(in.site()).append(" in ").append(c.name()).append(" on ").append(weekday(in.date()))
        .append(", killing ").append(count(in.killed())).append(" people and wounding ").append(wounded)
        .append(", ").append(SAYS[random.nextInt(SAYS.length)]).append(". ");
    if (random.nextDouble() < 0.6) {
      t.append(in.group()).append(" claimed responsibility for the attack in a statement. ");
    } else {
      t.append("No group immediately claimed the attack, but officials blamed ").append(in.group()).append(". ");
    }
    filler(t, 2 + random.nextInt(3));
    return Report.of("r" + i, t.toString().strip(), published);
  }

  private Report followUp(int i, Incident in) {
    int killed = in.killed() + 1 + random.nextInt(10);
    LocalDate published = in.date().plusDays(2 + random.nextInt(2));
    StringBuilder t = new StringBuilder();
    t.append(in.city().name().toUpperCase(Locale.ROOT)).append(", ").append(in.city().country()).append(" (")
        .append(AGENCIES[random.nextInt(AGENCIES.length)]).append(") - The death toll from the attack on ")
        .append(in.site()).append(" in ").append(in.city().name()).append(" on ").append(weekday(in.date()))
        .append(" has risen: ").append(count(killed)).append(" people were killed, ")
        .append(SAYS[random.nextInt(SAYS.length)]).append(". ").append(in.group())
        .append(" said it carried out the attack. ");
    filler(t, 1 + random.nextInt(3));
    return Report.of("r" + i, t.toString().strip(), published);
  }

  private void filler(StringBuilder t, int sentences) {
    for (int k = 0; k < sentences; k++) {
      t.append(String.format(Locale.ROOT, FILLER[random.nextInt(FILLER.length)], 2 + random.nextInt(97))).append(' ');
    }
  }

  private String count(int n) {
    return n < 10 && random.nextBoolean() ? "at least " + NUMBER_WORDS[n] : (random.nextBoolean() ? "at least " : "") + n;
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
