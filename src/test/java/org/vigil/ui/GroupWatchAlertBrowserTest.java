package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vigil.cli.Main;

/** Issue 20: group pages, watchlists picked by name, alerts from {@code vigil ingest} on an open page. */
class GroupWatchAlertBrowserTest extends DemoBrowser {




  @Test
  void a_group_page_links_report_titles_and_its_graph_labels_do_not_overlap() {
    chromium.open("/ui/groups/al-shabaab");
    List<WebElement> examples = chromium.browser.findElements(By.cssSelector("table td:last-child a[href^='/ui/reports/']"));
    assertThat(examples).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).isNotBlank().doesNotEndWith(".json"));
    chromium.wait.until(b -> chromium.js("return window.VIGIL_GRAPH != null").equals(true));
    assertThat(chromium.js("return Chart.getChart('g-years').options.scales.x.type")).isEqualTo("time");
    assertThat(chromium.js("const d = Chart.getChart('g-killed').data.datasets[0].data;"
        + " return d.every((p, i) => i === 0 || new Date(p.x).getUTCFullYear() === new Date(d[i - 1].x).getUTCFullYear() + 1)"))
        .as("one bar per year, empty years included").isEqualTo(true);
    assertThat(((Number) chromium.js("return VIGIL_GRAPH.nodes().length")).intValue()).isGreaterThan(5);
    assertThat(chromium.js("const boxes = VIGIL_GRAPH.nodes().map(n => n.boundingBox({ includeNodes: true,"
        + " includeLabels: true, includeOverlays: false })); const clash = [];"
        + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
        + " const a = boxes[i], b = boxes[j];"
        + " if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) clash.push(VIGIL_GRAPH.nodes()[i].data('label')"
        + " + ' / ' + VIGIL_GRAPH.nodes()[j].data('label')); } return clash;")).isEqualTo(List.of());
  }

  @Test
  void a_place_watchlist_is_picked_by_name_with_type_checkboxes_in_words() {
    chromium.open("/ui/watchlists");
    assertThat(chromium.browser.findElements(By.cssSelector("#add-watchlist fieldset label.check")))
        .extracting(WebElement::getText).contains("armed assault", "hostage barricade").noneMatch(t -> t.contains("_"));
    new Select(chromium.browser.findElement(By.id("watch-kind"))).selectByValue("place");
    chromium.browser.findElement(By.id("watch-name")).sendKeys("Around Pemba");
    chromium.browser.findElement(By.id("watch-value")).sendKeys("Pemba, MZ");
    chromium.browser.findElement(By.id("watch-radiusKm")).sendKeys("25");
    chromium.browser.findElement(By.cssSelector("#add-watchlist input[value='armed_assault']")).click();
    chromium.browser.findElement(By.id("add-watchlist-submit")).click();
    chromium.wait.until(b -> !b.findElements(By.id("watch-error")).isEmpty()
        || b.findElements(By.id("watchlists")).stream().anyMatch(t -> t.getText().contains("Around Pemba")));
    assertThat(chromium.browser.findElements(By.id("watch-error"))).extracting(WebElement::getText).isEmpty();
    String row = chromium.browser.findElement(By.id("watchlists")).getText();
    assertThat(row).containsPattern("Pemba, MZ \\(-12\\.\\d+, 40\\.\\d+, within 25\\.0 km\\)").contains("types armed assault");
  }

  @Test
  void an_alert_raised_by_vigil_ingest_at_the_command_line_appears_on_the_open_alerts_page() throws IOException {
    chromium.open("/ui/watchlists");
    new Select(chromium.browser.findElement(By.id("watch-kind"))).selectByValue("group");
    chromium.browser.findElement(By.id("watch-name")).sendKeys("Shabaab from the command line");
    chromium.browser.findElement(By.id("watch-value")).sendKeys("al-Shabab");
    chromium.browser.findElement(By.id("add-watchlist-submit")).click();
    chromium.wait.until(b -> b.findElement(By.id("watchlists")).getText().contains("Shabaab from the command line"));
    chromium.open("/ui/alerts");
    chromium.js("window.vigilNotReloaded = true;");
    Path wire = dir.resolve("wire.jsonl");
    Files.writeString(wire, "{\"id\":\"cli-wire-1\",\"published\":\"2026-11-22\",\"source\":\"Test Wire\",\"text\":"
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(WatchlistAlertPagesTest.WIRE) + "}\n");
    assertThat(Main.run("ingest", wire.toString(), "--data", dir.toString())).isZero();
    chromium.wait.until(b -> !b.findElements(By.cssSelector("#alert-rows tr.live")).isEmpty());
    assertThat(chromium.browser.findElement(By.cssSelector("#alert-rows tr.live")).getText())
        .contains("Shabaab from the command line");
    assertThat(chromium.js("return window.vigilNotReloaded === true")).isEqualTo(true);
  }
}
