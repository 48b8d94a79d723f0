package org.vigil.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a test class, signed in to a {@link DemoServer}; skips the
 * class (with the reason) when the browser or its driver is not installed. Can run axe-core, the
 * accessibility checker, in the open page.
 */
final class Chromium implements AutoCloseable {

  final ChromeDriver browser;
  final WebDriverWait wait;
  private final DemoServer demo;

  Chromium(DemoServer demo, Path dir) throws IOException {
    assumeTrue(new File(BrowserTest.CHROMIUM).canExecute() && new File(BrowserTest.DRIVER).canExecute(),
        "browser tests skipped: " + BrowserTest.CHROMIUM + " or " + BrowserTest.DRIVER + " is missing; install the "
        + "Debian packages chromium and chromium-driver (.ci/run does)");
    this.demo = demo;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1280,900");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(BrowserTest.DRIVER))
        .usingAnyFreePort().build(), options);
    wait = new RerenderingWait(browser, Duration.ofSeconds(20));
  }

  /** Opens {@code path} (signing in first when the session is new) and waits until it has loaded. */
  void open(String path) {
    browser.get(demo.url(path));
    if (browser.getCurrentUrl().endsWith("/ui/login")) {
      browser.findElement(By.id("name")).sendKeys(demo.loaded.user());
      browser.findElement(By.id("password")).sendKeys(demo.loaded.password());
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(b -> !b.getCurrentUrl().endsWith("/ui/login"));
      browser.get(demo.url(path));
    }
    wait.until(b -> "complete".equals(browser.executeScript("return document.readyState")));
  }

  Object js(String script, Object... args) {
    return browser.executeScript(script, args);
  }

  /**
   * The serious and critical violations axe-core finds in the open page against WCAG 2 A and AA,
   * one line each: rule, impact and the first offending elements.
   */
  @SuppressWarnings("unchecked")
  List<String> seriousViolations() {
    browser.executeScript(axe());
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then(r => done(r.passes.length < 5"
        + " ? [{ id: 'axe-did-not-run', impact: 'critical', nodes: r.passes.length + ' rules passed' }] : r.violations.filter("
        + "v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, impact: v.impact,"
        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }))), e => done([{ id: 'axe-failed',"
        + " impact: 'critical', nodes: String(e) }]));");
    return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList();
  }

  private static String axe() {
    String path = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    try (InputStream in = Chromium.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test classpath at " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A screenshot of the window to {@code file}. */
  void shot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
