package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Viewer;

/** Issue 20: reviewing an incident in the browser: drop-downs, refused corrections, history and narrow windows. */
class ReviewBrowserTest extends DemoBrowser {

  /** The incident with the most sources, so that merges are explained. */
  IncidentRow merged;

  @BeforeAll
  void start() {
    List<IncidentRow> all = demo.store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 1000, 0);
    merged = all.stream().max(Comparator.comparingInt(r -> demo.store.sources().ofIncident(Viewer.OPERATOR, r.id())
        .size())).orElseThrow();
  }


  @Test
  void fields_with_fixed_values_are_corrected_with_drop_downs_of_the_labels_the_ui_shows() {
    chromium.open("/ui/incidents/" + merged.id());
    Select type = new Select(chromium.browser.findElement(By.id("v-type")));
    assertThat(type.getFirstSelectedOption().getText()).isEqualTo(merged.type().replace('_', ' '));
    assertThat(type.getOptions()).extracting(WebElement::getText).contains("hostage barricade", "foiled plot");
    Select country = new Select(chromium.browser.findElement(By.id("v-country")));
    assertThat(country.getFirstSelectedOption().getText()).isEqualTo(Names.country(merged.countryCode()));
    assertThat(chromium.browser.findElement(By.id("v-status")).getTagName()).isEqualTo("select");
    assertThat(chromium.browser.findElement(By.id("v-claim")).getTagName()).isEqualTo("select");
    new Select(chromium.browser.findElement(By.id("v-status"))).selectByVisibleText("attempted");
    chromium.browser.findElement(By.cssSelector("button[aria-label='Correct status']")).click();
    chromium.wait.until(b -> b.getCurrentUrl().endsWith("#field-status"));
    assertThat(chromium.browser.findElement(By.cssSelector("td.chosen[data-field='status']")).getText())
        .isEqualTo("attempted (corrected)");
    String history = chromium.browser.findElement(By.id("history")).getText();
    assertThat(history).containsPattern("analyst corrected status to attempted · \\d{1,2} [A-Z][a-z]{2} \\d{4}, "
        + "\\d{2}:\\d{2} UTC").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d+");
  }

  @Test
  void a_refused_correction_shows_its_message_on_the_form_of_a_page_with_navigation() {
    chromium.open("/ui/incidents/" + merged.id());
    WebElement killed = chromium.browser.findElement(By.id("v-killed"));
    killed.clear();
    killed.sendKeys("lots");
    chromium.browser.findElement(By.cssSelector("button[aria-label='Correct killed']")).click();
    chromium.wait.until(b -> !b.findElements(By.id("e-killed")).isEmpty());
    assertThat(chromium.browser.findElement(By.id("e-killed")).getText()).contains("'lots'").contains("killed");
    assertThat(chromium.browser.findElement(By.id("v-killed")).getAttribute("value")).isEqualTo("lots");
    assertThat(chromium.browser.findElement(By.id("v-killed")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(chromium.browser.findElements(By.cssSelector("nav[aria-label='Main'] a"))).hasSizeGreaterThan(4);
  }

  @Test
  void values_are_not_cut_and_merges_are_explained_in_words() {
    chromium.open("/ui/incidents/" + merged.id());
    assertThat(chromium.js("return [...document.querySelectorAll('.review input[name=value], .review select')]"
        + ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.id)")).isEqualTo(List.of());
    List<String> merges = chromium.browser.findElements(By.cssSelector(".source > p.muted")).stream()
        .map(WebElement::getText).toList();
    assertThat(merges).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m).contains("Merge: ")
        .doesNotContain("{").doesNotContain("\"").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}"));
    assertThat(chromium.browser.findElement(By.id("main")).getText()).doesNotContain("{\"");
  }

  @Test
  void at_800_pixels_the_review_buttons_are_on_screen_without_scrolling_sideways() {
    chromium.browser.manage().window().setSize(new Dimension(800, 900));
    try {
      chromium.open("/ui/incidents/" + merged.id());
      WebElement button = chromium.browser.findElement(By.cssSelector("button[aria-label='Correct wounded']"));
      chromium.js("arguments[0].scrollIntoView({block: 'center'})", button);
      assertThat(chromium.js("const r = arguments[0].getBoundingClientRect();"
          + "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === arguments[0]"
          + " && r.right <= document.documentElement.clientWidth", button)).isEqualTo(true);
    } finally {
      chromium.browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }
}
