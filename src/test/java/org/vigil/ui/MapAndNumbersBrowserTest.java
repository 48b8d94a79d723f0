package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.vigil.extract.IncidentType;
import org.vigil.review.ReviewField;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Viewer;

/** Issue 20: the figures on the map, the dashboard and the lists, the map's legend and keyboard use, time axes. */
class MapAndNumbersBrowserTest extends DemoBrowser {

  List<IncidentRow> incidents;

  @BeforeAll
  void start() {
    incidents = demo.store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 1000, 0);
  }


  @Test
  void a_marker_reached_with_the_keyboard_opens_a_card_that_says_an_unknown_toll_is_unknown() {
    Sole sole = sole(r -> r.killed() == null);
    IncidentRow unknown = sole.row();
    WebElement card = cardByKeyboard(sole.query());
    assertThat(card.getText()).contains("Killed: unknown").doesNotContain("Killed: 0")
        .contains("Sources: " + demo.store.sources().ofIncident(Viewer.OPERATOR, unknown.id()).size())
        .contains(unknown.type().replace('_', ' ')).contains("Place: ");
    assertThat(card.findElement(By.tagName("a")).getAttribute("href")).endsWith("/ui/incidents/" + unknown.id());
  }

  @Test
  void the_incident_page_says_unknown_for_a_toll_no_source_gives() {
    IncidentRow unknown = incidents.stream().filter(r -> r.killed() == null).findFirst().orElseThrow();
    chromium.open("/ui/incidents/" + unknown.id());
    WebElement killed = chromium.browser.findElement(By.cssSelector("#field-killed td.chosen"));
    assertThat(killed.getText()).isEqualTo("unknown");
    assertThat(chromium.browser.findElements(By.cssSelector("#field-killed td[data-label^='Source']")))
        .isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("unknown"));
  }

  @Test
  void a_card_keeps_the_qualifier_of_a_toll() {
    Sole qualified = sole(r -> Values.count(r, ReviewField.KILLED).matches("[a-z ]+ \\d+"));
    WebElement card = cardByKeyboard(qualified.query());
    assertThat(card.getText()).contains("Killed: " + Values.count(qualified.row(), ReviewField.KILLED));
  }

  @Test
  void the_map_has_a_legend_of_every_type_and_clusters_coloured_by_type_not_the_library_default() {
    chromium.open("/ui/map");
    chromium.wait.until(b -> !b.findElements(By.cssSelector(".incident-cluster")).isEmpty());
    assertThat(chromium.browser.findElement(By.id("map-legend")).getText()).contains("toll unknown")
        .contains(IncidentType.values()[0].label().replace('_', ' '))
        .contains(IncidentType.values()[IncidentType.values().length - 1].label().replace('_', ' '));
    assertThat(chromium.browser.findElements(By.cssSelector(".marker-cluster-small, .marker-cluster-medium"))).isEmpty();
    WebElement dot = chromium.browser.findElement(By.cssSelector(".incident-cluster span"));
    assertThat(dot.getAttribute("class")).startsWith("t-");
    assertThat(dot.getAttribute("title")).matches("\\d+ incidents, mostly [a-z ]+, \\d+ known killed");
    assertThat(dot.getCssValue("background-color")).isNotIn("rgba(181, 226, 140, 0.6)", "rgba(110, 204, 57, 0.6)");
  }

  @Test
  void zoomed_in_the_basemap_names_the_countries() {
    chromium.open("/ui/map?country=SO");
    chromium.wait.until(b -> b.findElements(By.cssSelector(".country-label")).stream()
        .anyMatch(l -> l.getText().equals("Somalia")));
    chromium.open("/ui/map");
    chromium.wait.until(b -> b.findElement(By.id("map-status")).getAttribute("data-count") != null);
    assertThat(chromium.browser.findElements(By.cssSelector(".country-label"))).as("none at world zoom").isEmpty();
  }

  @Test
  void the_lists_keep_qualifiers_show_unknown_tolls_and_mark_background_incidents() {
    IncidentRow qualified = incidents.stream().filter(r -> r.backgroundOnly() && r.countryCode() != null
        && Values.count(r, ReviewField.KILLED).matches("[a-z ]+ \\d+")).findFirst().orElseThrow();
    chromium.open("/ui/incidents?country=" + qualified.countryCode());
    String list = chromium.browser.findElement(By.cssSelector("table.incidents")).getText();
    assertThat(list).contains(Values.count(qualified, ReviewField.KILLED)).contains("background");
    chromium.open("/ui/");
    long background = incidents.stream().filter(IncidentRow::backgroundOnly).count();
    assertThat(chromium.browser.findElement(By.id("background-note")).getText())
        .contains("include " + background + " incidents known only from background mentions");
  }

  @Test
  void the_dashboard_charts_months_on_a_time_axis_with_empty_months_as_zero() {
    chromium.open("/ui/");
    chromium.wait.until(b -> chromium.js("return Chart.getChart('casualties') != null").equals(true));
    assertThat(chromium.js("return Chart.getChart('by-type').options.scales.x.type")).isEqualTo("time");
    List<String> months = incidents.stream().map(IncidentRow::dateStart).filter(d -> d != null)
        .map(d -> d.substring(0, 7)).sorted().toList();
    java.time.YearMonth first = java.time.YearMonth.parse(months.get(0));
    java.time.YearMonth last = java.time.YearMonth.parse(months.get(months.size() - 1));
    long span = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    assertThat(((Number) chromium.js("return Chart.getChart('casualties').data.datasets[0].data.length")).longValue())
        .isEqualTo(span);
    Map<String, Long> perMonth = months.stream().collect(Collectors.groupingBy(m -> m, Collectors.counting()));
    String empty = first.plusMonths(1).toString();
    for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      if (!perMonth.containsKey(m.toString())) {
        empty = m.toString();
        break;
      }
    }
    assertThat(perMonth).doesNotContainKey(empty);
    long index = java.time.temporal.ChronoUnit.MONTHS.between(first, java.time.YearMonth.parse(empty));
    assertThat(((Number) chromium.js("return Chart.getChart('by-type').data.datasets.reduce((a, d) => a + d.data["
        + index + "].y, 0)")).longValue()).isZero();
    assertThat(chromium.js("return new Date(Chart.getChart('by-type').data.datasets[0].data[" + index
        + "].x).toISOString().slice(0, 7)")).isEqualTo(empty);
  }

  /** Opens the map for a query that shows one marker, tabs to it and opens its card with Enter. */
  private WebElement cardByKeyboard(String query) {
    chromium.open("/ui/map?" + query);
    chromium.wait.until(b -> "1".equals(b.findElement(By.id("map-status")).getAttribute("data-count")));
    chromium.wait.until(b -> !b.findElements(By.cssSelector(".incident-marker")).isEmpty());
    chromium.js("document.activeElement.blur(); document.getElementById('map-status').focus()");
    Actions keys = new Actions(chromium.browser);
    for (int i = 0; i < 40 && !(Boolean) chromium.js("return document.activeElement.classList.contains('incident-marker')"); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(chromium.js("return document.activeElement.getAttribute('role')")).isEqualTo("button");
    keys.sendKeys(Keys.ENTER).perform();
    return chromium.wait.until(b -> { // the card's text arrives after the popup opens
      List<WebElement> c = b.findElements(By.cssSelector(".leaflet-popup .popup"));
      return c.isEmpty() || !c.get(0).getText().contains("Killed:") ? null : c.get(0);
    });
  }

  /** An incident and a map query that shows it alone (its country and type). */
  record Sole(IncidentRow row, String query) {}

  /** The first located incident passing {@code test} that is the only one of its type in its country. */
  private Sole sole(Predicate<IncidentRow> test) {
    return incidents.stream().filter(r -> r.lat() != null && r.countryCode() != null).filter(test)
        .filter(r -> demo.store.aggregates().points(Viewer.OPERATOR, new IncidentFilter(List.of(), r.countryCode(),
            r.type(), null, null, null), 10).size() == 1)
        .map(r -> new Sole(r, "country=" + r.countryCode() + "&type=" + r.type())).findFirst()
        .orElseThrow(() -> new AssertionError("the demo has no such incident alone of its type in its country"));
  }
}
