package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 20: axe-core finds no serious or critical WCAG 2 A/AA violation on the six main pages
 * of the demo, and screenshots are taken of them into {@code target/screenshots/}; with
 * {@code -Dvigil.screenshots=docs/screenshots} they replace the README's, so that an ordinary
 * test run leaves the checkout as it was.
 */
class AccessibilityBrowserTest extends DemoBrowser {

  /** Where the screenshots go; small windows keep the files small. */
  static final Path DOCS = Path.of(System.getProperty("vigil.screenshots", "target/screenshots"));


  @BeforeAll
  void start() {
    chromium.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 760));
  }


  @Test
  void the_six_main_pages_have_no_serious_accessibility_violation() {
    List<String> found = new ArrayList<>();
    for (String page : new String[] {"/ui/", "/ui/map", "/ui/incidents", "/ui/search?q=police", "/ui/watchlists",
        "/ui/alerts"}) {
      chromium.open(page);
      settle(page);
      chromium.seriousViolations().forEach(v -> found.add(page + ": " + v));
      if (!page.startsWith("/ui/search")) {
        chromium.shot(DOCS.resolve(name(page) + ".png"));
      }
    }
    assertThat(found).isEmpty();
    chromium.js("const i = document.createElement('img'); i.src = '/favicon.ico'; document.getElementById('main')"
        + ".appendChild(i); const b = document.createElement('button'); document.getElementById('main').appendChild(b);");
    assertThat(chromium.seriousViolations()).as("the checker finds an image without text and an empty button")
        .anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("button-name"));
  }

  @Test
  void an_incident_and_a_group_page_have_no_serious_accessibility_violation() {
    long id = demo.store.incidents().query(org.vigil.store.Viewer.OPERATOR, org.vigil.store.IncidentFilter.all(), 1, 0)
        .get(0).id();
    List<String> found = new ArrayList<>();
    for (String page : new String[] {"/ui/incidents/" + id, "/ui/groups/al-shabaab"}) {
      chromium.open(page);
      settle(page);
      chromium.seriousViolations().forEach(v -> found.add(page + ": " + v));
    }
    assertThat(found).isEmpty();
  }

  /** Waits for what the page's scripts draw: charts, markers, the alert stream. */
  private void settle(String page) {
    if (page.equals("/ui/")) {
      chromium.wait.until(b -> chromium.js("return typeof Chart !== 'undefined' && Chart.getChart('casualties') != null")
          .equals(true));
    } else if (page.equals("/ui/map")) {
      chromium.wait.until(b -> b.findElement(By.id("map-status")).getAttribute("data-count") != null);
    } else if (page.equals("/ui/alerts")) {
      chromium.wait.until(b -> "open".equals(b.findElement(By.tagName("body")).getAttribute("data-alert-stream")));
    }
  }

  private static String name(String page) {
    String n = page.replace("/ui/", "").replaceAll("[^a-z]", "");
    return n.isEmpty() ? "dashboard" : n;
  }
}
