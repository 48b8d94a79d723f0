package org.vigil.eval.reuters;

import java.util.Objects;

/**
 * A person's judgement of one story: whether it reports an attack, clash, air strike, shelling,
 * kidnapping, hostage-taking, hijacking, foiled plot or arrest of militants as its own news.
 *
 * @param id the story's id ({@code reuters-NEWID})
 * @param incident true when it does
 * @param reason the kind of incident, or why it is none; agrees with {@code incident}
 */
public record StoryLabel(String id, boolean incident, Reason reason) {

  public StoryLabel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    if (reason.incident() != incident) {
      throw new IllegalArgumentException("label of " + id + ": reason " + reason.code() + " says "
          + (reason.incident() ? "yes" : "no") + " but the label is " + (incident ? "yes" : "no"));
    }
  }
}
