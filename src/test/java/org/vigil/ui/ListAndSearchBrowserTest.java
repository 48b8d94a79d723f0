package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Viewer;

/** Issue 20: the incident list's filters, count and downloads; search by whole words, headlines and group aliases. */
class ListAndSearchBrowserTest extends DemoBrowser {




  @Test
  void the_list_filters_counts_and_downloads_what_it_shows() {
    chromium.open("/ui/incidents");
    new Select(chromium.browser.findElement(By.id("f-type"))).selectByVisibleText("bombing");
    chromium.browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    chromium.wait.until(b -> b.getCurrentUrl().contains("type=bombing"));
    List<IncidentRow> bombings = demo.store.incidents().query(Viewer.OPERATOR,
        new IncidentFilter(List.of(), null, "bombing", null, null, null), 1000, 0);
    assertThat(chromium.browser.findElement(By.id("total")).getText()).isEqualTo(bombings.size() + " incidents");
    assertThat(chromium.browser.findElements(By.cssSelector("table.incidents tbody tr")))
        .hasSize(Math.min(bombings.size(), UiSettings.DEFAULT_PAGE_SIZE));
    String csv = download("export-csv");
    assertThat(csv.strip().split("\r?\n")).hasSize(bombings.size() + 1);
    assertThat(csv.strip().split("\r?\n")[0]).startsWith("id,date,type");
    assertThat(csv).doesNotContain(",armed_assault,");
    long located = bombings.stream().filter(r -> r.lat() != null).count();
    assertThat(chromium.js("return JSON.parse(arguments[0]).features.length", download("export-geojson")))
        .isEqualTo(located);
  }

  @Test
  void search_finds_a_group_by_an_alias_and_marks_whole_words_under_headlines() {
    chromium.open("/ui/search?q=al-Shabab");
    assertThat(chromium.browser.findElement(By.id("group-match")).getText()).contains("Al-Shabaab");
    List<WebElement> results = chromium.browser.findElements(By.cssSelector(".result h3"));
    assertThat(results).isNotEmpty();
    assertThat(results).extracting(WebElement::getText)
        .noneMatch(t -> t.endsWith(".json") || t.endsWith(".txt") || t.contains("/"));
    assertThat(chromium.js("return [...document.querySelectorAll('.snippet mark')].filter(m => {"
        + " const before = (m.previousSibling && m.previousSibling.textContent || '').slice(-1);"
        + " const after = (m.nextSibling && m.nextSibling.textContent || '').slice(0, 1);"
        + " return /[\\p{L}\\p{N}]/u.test(before + after); }).map(m => m.parentNode.textContent)"))
        .isEqualTo(List.of());
    assertThat(chromium.browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
  }

  private String download(String link) {
    String href = chromium.browser.findElement(By.id(link)).getAttribute("href");
    chromium.browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
    return (String) chromium.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.text()).then(done)", href);
  }
}
