package org.vigil.leaks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigil.report.Report;
import org.vigil.report.SourceMap;
import org.vigil.stix.Tlp;

/**
 * One report of the leak suite's world, written for it, with words that appear nowhere else:
 * its title and outlet carry the canary, and (unless another report names the same city) it
 * tells of an attack in a city no other report names. Any answer that holds one of
 * {@link #words()} shows something of this report.
 *
 * @param owner the owning organisation in {@link World} ("" for the instance's own intake)
 * @param secretCity whether the city is this report's alone (so naming it is a leak)
 */
record Canary(String name, String owner, Tlp tlp, String city, boolean secretCity, String text) {

  Canary {
    Objects.requireNonNull(name, "name");
  }

  /** The words that must not reach anyone who may not read this report. */
  List<String> words() {
    return secretCity ? List.of("Canary" + name, "Outlet" + name, city) : List.of("Canary" + name, "Outlet" + name);
  }

  /** The report, published on Sunday 2024-03-10 (or {@code later} days after). */
  Report report(int later) {
    return new Report("canary-" + name.toLowerCase(java.util.Locale.ROOT), "Canary" + name + " attack in " + city,
        text, LocalDate.parse("2024-03-10").plusDays(later), "Outlet" + name, "https://news.example.org/" + name,
        SourceMap.identity());
  }

  /** An attack of Saturday 2024-03-09 in {@code city}, as a wire story of the Sunday tells it. */
  static Canary attack(String name, String owner, Tlp tlp, String city, String country, int killed) {
    return new Canary(name, owner, tlp, city, true, city.toUpperCase(java.util.Locale.ROOT) + ", " + country
        + " - Gunmen attacked a police checkpoint in " + city + " on Saturday, killing " + killed
        + " police officers, the interior ministry said. No group claimed responsibility.");
  }
}
