package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A partner's feedback on STIX objects (a STIX {@code opinion}): how far they agree.
 *
 * @param id {@code opinion--UUIDv4}, from {@link StixIds}
 * @param explanation why, up to {@link Note#MAX_CONTENT} characters, if given
 * @param objectRefs the ids of what it is about; at least one
 */
public record Opinion(String id, Instant created, Instant modified, String createdBy, Tlp marking,
    Value value, @Nullable String explanation, List<String> authors, List<String> objectRefs) {

  /** The STIX opinion scale. */
  public enum Value {
    STRONGLY_DISAGREE, DISAGREE, NEUTRAL, AGREE, STRONGLY_AGREE;

    /** "strongly-disagree" ... "strongly-agree", as STIX writes it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Value> fromLabel(String label) {
      for (Value v : values()) {
        if (v.label().equals(label)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  public Opinion {
    Annotations.requireId("opinion", id);
    Annotations.requireId("identity", createdBy);
    Annotations.requireVersions(id, created, modified);
    Objects.requireNonNull(marking, "marking");
    Objects.requireNonNull(value, "value");
    if (explanation != null && explanation.length() > Note.MAX_CONTENT) {
      throw new IllegalArgumentException("opinion " + id + ": explanation has " + explanation.length()
          + " characters, more than " + Note.MAX_CONTENT + " (Note.MAX_CONTENT)");
    }
    authors = List.copyOf(authors);
    objectRefs = Annotations.requireRefs(id, objectRefs);
  }

  /** The STIX object. */
  public StixObject toStix() {
    ObjectNode o = Sdo.base("opinion", id, StixTime.format(created), createdBy, marking);
    o.put("modified", StixTime.format(modified));
    Sdo.putText(o, "explanation", explanation);
    Sdo.putList(o, "authors", authors);
    o.put("opinion", value.label());
    Sdo.putList(o, "object_refs", objectRefs);
    return StixObject.of(o);
  }
}
