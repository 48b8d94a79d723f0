package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapDataTest {

  @Test
  void the_country_shapes_are_topojson_with_iso_codes() throws IOException {
    JsonNode topo;
    try (InputStream in = MapData.openCountries()) {
      topo = new ObjectMapper().readTree(in);
    }
    assertThat(topo.path("type").asText()).isEqualTo("Topology");
    JsonNode geometries = topo.path("objects").path("countries").path("geometries");
    assertThat(geometries.size()).isGreaterThan(200);
    List<String> codes = new ArrayList<>();
    geometries.forEach(g -> codes.add(g.path("properties").path("iso_a2").asText()));
    assertThat(codes).contains("IQ", "SV", "AF", "NG", "UA", "US");
    assertThat(topo.path("arcs").size()).isGreaterThan(1000);
  }
}
