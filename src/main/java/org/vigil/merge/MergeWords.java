package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A source's merge explanation in words, for people ("same group (Al-Shabaab), same type
 * (bombing), 1 day apart, both name bakara, market, tolls 12 and 17"); the JSON it is read from
 * stays for machines. Stateless.
 */
public final class MergeWords {

  private MergeWords() {}

  /** The words of an explanation as {@link IncidentMerger} stores it. */
  public static String of(JsonNode explanation) {
    if (explanation.path("created").asBoolean(false)) {
      return explanation.hasNonNull("splitFrom")
          ? "split off incident " + explanation.get("splitFrom").asLong() + " by an analyst"
          : "this source created the incident";
    }
    if (explanation.hasNonNull(AnalystPlacement.MERGED)) {
      return "merged here by an analyst: " + explanation.get(AnalystPlacement.MERGED).asText();
    }
    if (explanation.hasNonNull("sameSharedIncident")) {
      return "another source of the partner's incident " + explanation.get("sameSharedIncident").asText();
    }
    String words = explanation.path("words").asText("");
    if (words.isEmpty()) {
      // explanations stored before they carried words: the criteria's reasons
      StringBuilder b = new StringBuilder();
      explanation.fields().forEachRemaining(f -> {
        if (f.getValue().has("why")) {
          b.append(b.length() == 0 ? "" : ", ").append(f.getKey()).append(": ").append(f.getValue().get("why").asText());
        }
      });
      words = b.toString();
    }
    return explanation.has("score")
        ? words + " (score " + explanation.get("score").asText() + ", " + explanation.path("minScore").asText() + " needed)"
        : words;
  }
}
