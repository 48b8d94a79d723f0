package org.vigil.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser test class over its own demo server: one demo and one Chromium for all its tests,
 * started before a subclass's own {@code @BeforeAll} and closed after its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoBrowser {

  Path dir;
  DemoServer demo;
  Chromium chromium;

  @BeforeAll
  final void startDemo(@TempDir Path dir) throws IOException {
    this.dir = dir;
    demo = new DemoServer(dir);
    chromium = new Chromium(demo, dir);
  }

  @AfterAll
  final void stopDemo() {
    if (chromium != null) {
      chromium.close();
    }
    if (demo != null) {
      demo.close();
    }
  }
}
