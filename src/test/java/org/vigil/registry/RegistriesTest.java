package org.vigil.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled registries and users' own files on top. */
class RegistriesTest {

  private final Registries bundled = Registries.bundled();

  @Test
  void the_group_registry_covers_every_region_since_1970() {
    assertThat(bundled.groups().size()).isGreaterThanOrEqualTo(300);
    assertThat(bundled.groups().all().stream().map(Group::region).collect(Collectors.toSet()))
        .contains("Latin America", "Middle East & North Africa", "South Asia", "Sub-Saharan Africa",
            "Western Europe", "Southeast Asia");
    for (Group g : bundled.groups().all()) {
      assertThat(g.source()).as(g.id() + " has a source note").isNotBlank();
      if (g.parent() != null) {
        assertThat(bundled.groups().byId(g.parent())).as(g.id() + "'s parent").isPresent();
      }
    }
  }

  @Test
  void words_after_an_acronym_in_brackets_belong_to_the_name_and_to_the_acronym() {
    for (String alias : List.of("Revolutionary Armed Forces of Colombia (FARC) dissidents", "FARC dissidents",
        "Revolutionary Armed Forces of Colombia dissidents")) {
      assertThat(bundled.groups().byName(alias).orElseThrow().id()).as(alias).isEqualTo("farc-dissidents");
    }
    assertThat(bundled.groups().byName("FARC").orElseThrow().id()).isEqualTo("farc");
    assertThat(bundled.groups().byName("Revolutionary Armed Forces of Colombia").orElseThrow().id()).isEqualTo("farc");
  }

  @Test
  void the_islamic_states_khorasan_province_is_found_by_its_aliases() {
    for (String alias : List.of("ISKP", "ISIS-K", "IS-K", "Daesh Khorasan", "Wilayat Khorasan")) {
      Group g = bundled.groups().byName(alias).orElseThrow();
      assertThat(g.name()).isEqualTo("Islamic State Khorasan Province");
      assertThat(bundled.groups().byId(g.parent()).orElseThrow().name()).isEqualTo("Islamic State");
    }
  }

  @Test
  void agencies_include_the_revolutionary_guards_by_every_name() {
    for (String alias : List.of("IRGC", "Islamic Revolution Guards Corps", "Sepah")) {
      assertThat(bundled.agencies().byName(alias)).map(Agency::countryCode).contains("IR");
    }
  }

  @Test
  void a_users_file_adds_groups_and_replaces_by_id(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.jsonl");
    Files.writeString(mine, "# our own\n{\"id\":\"free-highlands-front\",\"name\":\"Free Highlands Front\","
        + "\"aliases\":[\"FHF\"],\"countries\":[\"IQ\"],\"source\":\"analyst note\"}\n");
    Registries r = Registries.load(List.of(mine), List.of());
    assertThat(r.groups().byName("FHF")).map(Group::name).contains("Free Highlands Front");
    assertThat(r.groups().size()).isEqualTo(bundled.groups().size() + 1);
  }

  @Test
  void a_malformed_line_is_reported_with_its_file_and_line(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"a\",\"name\":\"A\"}\n{\"id\":\"b\"}\n");
    assertThatThrownBy(() -> Registries.load(List.of(bad), List.of()))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("bad.jsonl:2").hasMessageContaining("\"name\"");
  }
}
