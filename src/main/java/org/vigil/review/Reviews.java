package org.vigil.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/** Applies analysts' reviews to the machine record of an incident. Stateless. */
public final class Reviews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Reviews() {}

  /**
   * A copy of {@code machine} with every "set" and "confirm" value written and every "reject"
   * emptied.
   */
  public static ObjectNode apply(ObjectNode machine, List<org.vigil.store.Review> reviews) {
    ObjectNode out = machine.deepCopy();
    for (org.vigil.store.Review r : reviews) {
      ReviewField f = ReviewField.fromLabel(r.field()).orElse(null);
      if (f == null || r.action().equals("confirm") && r.value() == null) {
        continue;
      }
      f.write(out, analystValue(r));
    }
    return out;
  }

  /** The analyst's value of a review: the value set or confirmed, or JSON null for a rejection. */
  public static JsonNode analystValue(org.vigil.store.Review r) {
    return r.value() != null ? parse(r.value()) : NullNode.getInstance();
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
