package org.vigil.ui;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait for pages that re-render (a form's answer, the alerts' polling) and so replace an
 * element between finding it and reading it. Chromium reports that as a stale element, or in
 * newer versions as an inspector error that the node "does not belong to the document"; either
 * means "not yet", and the check is tried again until the timeout. Any other error fails at once.
 */
final class RerenderingWait extends WebDriverWait {

  RerenderingWait(WebDriver browser, Duration timeout) {
    super(browser, timeout);
    ignoring(StaleElementReferenceException.class);
  }

  @Override
  public <V> V until(Function<? super WebDriver, V> isTrue) {
    return super.until(b -> {
      try {
        return isTrue.apply(b);
      } catch (WebDriverException e) {
        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
          return null;
        }
        throw e;
      }
    });
  }
}
