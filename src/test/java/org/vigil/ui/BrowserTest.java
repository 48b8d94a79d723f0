package org.vigil.ui;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.store.IncidentFilter;

/**
 * The web UI in Debian's Chromium, driven by Selenium through Debian's chromium-driver, on the
 * demo set. Skips (with the reason) only when the browser or the driver is not installed;
 * {@code .ci/run} installs them. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";
  static final Path SHOTS = Path.of("target", "screenshots");

  DemoServer demo;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is missing; install the Debian packages "
        + "chromium and chromium-driver (.ci/run does)");
    demo = new DemoServer(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);

    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new RerenderingWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void signing_in_shows_the_dashboard_with_the_counts_of_the_demo_set() {
    signIn();
    assertThat(browser.findElement(By.id("count-incidents")).getText())
        .isEqualTo(Long.toString(demo.store.stats(Viewer.OPERATOR).incidents()));
    assertThat(browser.findElement(By.id("count-reports")).getText())
        .isEqualTo(Long.toString(demo.store.stats(Viewer.OPERATOR).reports()));
    wait.until(b -> ((ChromeDriver) b).executeScript("return Chart.getChart('by-type') != null"));
    shot("dashboard");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    shot("dashboard-phone");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void the_map_shows_markers_and_filtering_by_group_reduces_them() {
    signIn();
    browser.get(demo.url("/ui/map"));
    int all = markerCount();
    assertThat(all).isGreaterThan(20);
    wait.until(b -> !b.findElements(By.cssSelector("#map .incident-marker, #map .incident-cluster")).isEmpty());
    shot("map");
    new Select(browser.findElement(By.id("f-group"))).selectByValue("al-shabaab");
    wait.until(b -> {
      String c = b.findElement(By.id("map-status")).getAttribute("data-count");
      return c != null && Integer.parseInt(c) < all;
    });
    assertThat(markerCount()).isPositive().isLessThan(all);
    assertThat(browser.getCurrentUrl()).contains("group=al-shabaab");
    shot("map-filtered");
  }

  @Test
  void a_click_on_a_marker_opens_a_summary_card_that_links_to_the_incident() {
    signIn();
    browser.get(demo.url("/ui/map?country=CL"));
    wait.until(b -> "1".equals(b.findElement(By.id("map-status")).getAttribute("data-count")));
    wait.until(b -> (Boolean) ((ChromeDriver) b).executeScript("return document.querySelectorAll('#map path').length > 20"));
    browser.findElement(By.cssSelector("#map .incident-marker")).click();
    var link = wait.until(b -> b.findElement(By.cssSelector(".leaflet-popup .popup a")));
    wait.until(b -> "1".equals(b.findElement(By.cssSelector(".leaflet-popup")).getCssValue("opacity")));
    shot("map-card");
    link.click();
    wait.until(b -> b.getCurrentUrl().matches(".*/ui/incidents/\\d+$"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Chile");
  }

  @Test
  void a_corrected_field_shows_after_a_reload_with_its_history() {
    signIn();
    long id = demo.store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 2, 0).get(1).id();
    browser.get(demo.url("/ui/incidents/" + id));
    var input = browser.findElement(By.id("v-killed"));
    input.clear();
    input.sendKeys("at_least:42");
    browser.findElement(By.cssSelector("button[aria-label='Correct killed']")).click();
    wait.until(b -> b.getCurrentUrl().contains("#field-killed"));
    browser.navigate().refresh();
    assertThat(browser.findElement(By.cssSelector("td.chosen[data-field='killed']")).getText())
        .isEqualTo("at least 42 (corrected)");
    assertThat(browser.findElement(By.id("history")).getText()).contains("analyst corrected killed to at least 42");
    shot("incident");
  }

  @Test
  void a_script_tag_in_a_report_shows_as_text_and_does_not_run() {
    signIn();
    long reportId = demo.store.reports().search(Viewer.OPERATOR, "xss", 5).get(0).id();
    browser.get(demo.url("/ui/reports/" + reportId));
    assertThat(browser.findElement(By.id("report-text")).getText()).contains("<script>alert('xss')</script>");
    assertThat(browser.findElement(By.id("report-title")).getText()).contains("<script>alert('x')</script>");
    boolean alerted;
    try {
      browser.switchTo().alert();
      alerted = true;
    } catch (NoAlertPresentException e) {
      alerted = false;
    }
    assertThat(alerted).isFalse();
    shot("report");
  }

  /**
   * Runs last: it ingests a report, which adds an incident that the dashboard's cached counts
   * (ui.aggregate-seconds) would not show to the dashboard test at once.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void an_alert_for_a_watchlist_added_through_the_form_appears_on_the_open_alerts_page_without_a_reload() {
    signIn();
    browser.get(demo.url("/ui/watchlists"));
    new Select(browser.findElement(By.id("watch-kind"))).selectByValue("group");
    browser.findElement(By.id("watch-name")).sendKeys("Shabaab in the browser");
    browser.findElement(By.id("watch-value")).sendKeys("al-Shabaab");
    browser.findElement(By.id("add-watchlist-submit")).click();
    wait.until(b -> b.findElement(By.id("watchlists")).getText().contains("Shabaab in the browser"));
    shot("watchlists");
    browser.get(demo.url("/ui/alerts"));
    wait.until(b -> "open".equals(b.findElement(By.tagName("body")).getAttribute("data-alert-stream")));
    ((ChromeDriver) browser).executeScript("window.vigilNotReloaded = true;");
    demo.ingest("browser-wire-1", WatchlistAlertPagesTest.WIRE, "2026-11-21");
    wait.until(b -> !b.findElements(By.cssSelector("#alert-rows tr.live")).isEmpty());
    String row = browser.findElement(By.cssSelector("#alert-rows tr:first-child")).getText();
    assertThat(row).contains("Shabaab in the browser").contains("group Al-Shabaab");
    assertThat(((ChromeDriver) browser).executeScript("return window.vigilNotReloaded === true;")).isEqualTo(true);
    shot("alerts");
  }

  @Test
  void the_group_profile_and_search_pages_render() {
    signIn();
    browser.get(demo.url("/ui/groups/al-shabaab"));
    wait.until(b -> ((ChromeDriver) b).executeScript("return document.querySelector('#graph canvas') != null"));
    assertThat(browser.findElement(By.id("group-name")).getText()).isEqualTo("Al-Shabaab");
    shot("group");
    ((ChromeDriver) browser).executeScript("document.getElementById('group-map').scrollIntoView()");
    wait.until(b -> (Boolean) ((ChromeDriver) b).executeScript(
        "return document.querySelectorAll('#group-map path').length > 20"));
    shot("group-map-and-graph");
    browser.get(demo.url("/ui/search?q=police"));
    assertThat(browser.findElements(By.cssSelector(".result"))).isNotEmpty();
    shot("search");
  }

  private int markerCount() {
    wait.until(b -> b.findElement(By.id("map-status")).getAttribute("data-count") != null);
    return Integer.parseInt(browser.findElement(By.id("map-status")).getAttribute("data-count"));
  }

  /** Issue 16, finding 6: the pages work under the strict Content-Security-Policy, which the browser enforces. */
  @Test
  @Order(Integer.MAX_VALUE - 1)
  void every_page_works_under_the_content_security_policy_with_no_violation() {
    signIn();
    browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
    for (String page : new String[] {"/ui/", "/ui/map", "/ui/incidents", "/ui/groups/al-shabaab", "/ui/search?q=bomb",
        "/ui/watchlists", "/ui/alerts"}) {
      browser.get(demo.url(page));
      wait.until(b -> "complete".equals(((ChromeDriver) b).executeScript("return document.readyState")));
    }
    wait.until(b -> ((ChromeDriver) b).executeScript("return typeof cytoscape") != null);
    assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
        .extracting(org.openqa.selenium.logging.LogEntry::getMessage)
        .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"));
  }

  private void signIn() {
    browser.get(demo.url("/ui/"));
    if (browser.getCurrentUrl().endsWith("/ui/login")) {
      shot("login");
      browser.findElement(By.id("name")).sendKeys(demo.loaded.user());
      browser.findElement(By.id("password")).sendKeys(demo.loaded.password());
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(b -> b.getCurrentUrl().endsWith("/ui/"));
    }
  }

  private void shot(String name) {
    File f = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
