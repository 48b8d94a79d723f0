package org.vigil.eval.wikievents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.eval.GoldEntity;

/**
 * One annotated article.
 *
 * @param id the {@code doc_id}
 * @param text the sentences' texts joined by a space, as the dataset's README says to read it
 * @param attack true when the annotators found an attack (an event of type {@code Conflict.Attack.*})
 * @param roles the gold entities of each role, each entity a coreference cluster's mentions
 *     without pronouns; every role is present, maybe with no entity
 */
public record WikiArticle(String id, String text, boolean attack, Map<WikiRole, List<GoldEntity>> roles) {

  public WikiArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Map<WikiRole, List<GoldEntity>> copy = new EnumMap<>(WikiRole.class);
    for (WikiRole r : WikiRole.values()) {
      copy.put(r, List.copyOf(roles.getOrDefault(r, List.of())));
    }
    roles = Map.copyOf(copy);
  }
}
