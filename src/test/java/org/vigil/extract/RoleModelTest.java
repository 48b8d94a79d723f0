package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.registry.Registries;
import org.vigil.report.Report;

/** The role model on top of the rules: what ships, and what a model may and may not change (issue 14). */
class RoleModelTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

  @Test
  void the_build_ships_a_role_model_with_its_card_naming_its_data_and_command() throws Exception {
    assertThat(RoleModel.bundled()).isPresent();
    try (InputStream card = RoleModel.class.getResourceAsStream(RoleModel.CARD)) {
      assertThat(card).isNotNull();
      String text = new String(card.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("vigil train roles", "MUC-4 development messages", "never the GTD", "held out");
    }
  }

  @Test
  void a_model_sure_of_nothing_leaves_the_incidents_exactly_as_the_rules_build_them() throws Exception {
    RoleModel bundled = RoleModel.bundled().orElseThrow();
    Map<RoleLabel, Double> never = new EnumMap<>(RoleLabel.class);
    for (RoleLabel l : RoleLabel.values()) {
      never.put(l, 1.0);
    }
    GazetteerGeocoder geocoder = new GazetteerGeocoder(Gazetteer.loadDefault());
    Extractor unsure = Extractor.create(Registries.bundled(), geocoder, RoleModel.of(bundled.linear(), never));
    Extractor rules = Extractor.create(Registries.bundled(), geocoder, null);
    Path reports = Path.of(getClass().getResource("reports").toURI());
    for (String f : new String[] {"02-mogadishu-car-bomb-claimed.json", "06-tank-police-station-ttp.json",
        "21-zamboanga-abu-sayyaf-arrest.json", "35-borno-raid-and-market-bomber.json"}) {
      String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(reports.resolve(f)))
          .path("text").asText();
      Report r = Report.of(f, text, PUBLISHED);
      assertThat(unsure.extract(r).incidents()).as(f).usingRecursiveComparison()
          .ignoringCollectionOrderInFields("evidence").isEqualTo(rules.extract(r).incidents());
    }
  }

  @Test
  void a_threshold_outside_0_to_1_is_refused_naming_the_role() {
    RoleModel bundled = RoleModel.bundled().orElseThrow();
    assertThatThrownBy(() -> RoleModel.of(bundled.linear(), Map.of(RoleLabel.VICTIM, 1.5)))
        .hasMessageContaining("victim").hasMessageContaining("1.5");
  }

  @Test
  void a_trainer_may_score_a_report_again_under_other_thresholds_after_its_time_limit_has_passed() {
    RoleModel bundled = RoleModel.bundled().orElseThrow();
    Extractor engine = Extractor.create(Registries.bundled(), new GazetteerGeocoder(Gazetteer.loadDefault()), null);
    Report r = Report.of("r", "Gunmen shot dead two police officers in Quetta on Monday.", PUBLISHED);
    engine.extract(r); // loads and warms what the first report needs
    ScoredReport scored = engine.with(new ExtractSettings(200)).score(r, bundled);
    spin(300);
    assertThat(scored.extraction(bundled.thresholds()).incidents()).isNotEmpty();
  }

  @Test
  void thresholds_for_text_in_capitals_are_written_and_read_back_and_change_text_in_capitals_alone() throws Exception {
    RoleModel bundled = RoleModel.bundled().orElseThrow();
    Map<RoleLabel, Double> never = new EnumMap<>(RoleLabel.class);
    for (RoleLabel l : RoleLabel.values()) {
      never.put(l, 1.0);
    }
    java.io.ByteArrayOutputStream weights = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream thresholds = new java.io.ByteArrayOutputStream();
    bundled.withCaps(never).write(weights, thresholds);
    assertThat(thresholds.toString(StandardCharsets.UTF_8)).contains("caps.victim=1.0", "victim=0.35");
    RoleModel read = RoleModel.read(new java.io.ByteArrayInputStream(weights.toByteArray()),
        new java.io.ByteArrayInputStream(thresholds.toByteArray()));
    assertThat(read.thresholds(true)).isEqualTo(never);
    assertThat(read.thresholds(false)).isEqualTo(bundled.thresholds());

    GazetteerGeocoder geocoder = new GazetteerGeocoder(Gazetteer.loadDefault());
    Extractor shipped = Extractor.create(Registries.bundled(), geocoder, bundled);
    Extractor capsUnsure = Extractor.create(Registries.bundled(), geocoder, read);
    Extractor rules = Extractor.create(Registries.bundled(), geocoder, null);
    String text = "Urban guerrillas of the FMLN attacked the power station of the town of Usulutan with rifles and"
        + " mortars on Tuesday, killing two soldiers and a watchman. A car bomb damaged the mayor's office, police said.";
    Report mixed = Report.of("mixed", text, PUBLISHED);
    Report capitals = Report.of("capitals", text.toUpperCase(java.util.Locale.ROOT), PUBLISHED);
    assertThat(shipped.extract(capitals).incidents()).as("the shipped thresholds change the rules' roles here")
        .usingRecursiveComparison().isNotEqualTo(rules.extract(capitals).incidents());
    assertThat(capsUnsure.extract(capitals).incidents()).usingRecursiveComparison()
        .ignoringCollectionOrderInFields("evidence").isEqualTo(rules.extract(capitals).incidents());
    assertThat(capsUnsure.extract(mixed).incidents()).usingRecursiveComparison()
        .isEqualTo(shipped.extract(mixed).incidents());
  }

  @Test
  void a_threshold_for_text_in_capitals_outside_0_to_1_is_refused_naming_it() {
    java.io.ByteArrayOutputStream weights = new java.io.ByteArrayOutputStream();
    RoleModel bundled = RoleModel.bundled().orElseThrow();
    assertThatThrownBy(() -> {
      bundled.write(weights, java.io.OutputStream.nullOutputStream());
      RoleModel.read(new java.io.ByteArrayInputStream(weights.toByteArray()),
          new java.io.ByteArrayInputStream("victim=0.4\ncaps.victim=2\n".getBytes(StandardCharsets.UTF_8)));
    }).hasMessageContaining("caps.victim").hasMessageContaining("2.0");
  }

  /** Uses about {@code millis} of this thread's CPU time, past any deadline set before. */
  private static void spin(long millis) {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    while (cpu.getCurrentThreadCpuTime() - start < millis * 1_000_000L) {
      Thread.onSpinWait();
    }
  }
}
