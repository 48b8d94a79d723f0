package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An analyst's note on STIX objects (a STIX {@code note}).
 *
 * @param id {@code note--UUIDv4}, from {@link StixIds}
 * @param abstractText a short summary, if any
 * @param content the note, 1 to {@link #MAX_CONTENT} characters
 * @param authors who wrote it, by name
 * @param objectRefs the ids of what it is about; at least one
 */
public record Note(String id, Instant created, Instant modified, String createdBy, Tlp marking,
    @Nullable String abstractText, String content, List<String> authors, List<String> objectRefs) {

  /** Longest note accepted, in characters. */
  public static final int MAX_CONTENT = 100_000;

  public Note {
    Annotations.requireId("note", id);
    Annotations.requireId("identity", createdBy);
    Annotations.requireVersions(id, created, modified);
    Objects.requireNonNull(marking, "marking");
    if (content.isBlank() || content.length() > MAX_CONTENT) {
      throw new IllegalArgumentException("note " + id + ": content has " + content.length()
          + " characters, expected 1 to " + MAX_CONTENT + " (MAX_CONTENT) and not blank");
    }
    authors = List.copyOf(authors);
    objectRefs = Annotations.requireRefs(id, objectRefs);
  }

  /** The STIX object. */
  public StixObject toStix() {
    ObjectNode o = Sdo.base("note", id, StixTime.format(created), createdBy, marking);
    o.put("modified", StixTime.format(modified));
    Sdo.putText(o, "abstract", abstractText);
    o.put("content", content);
    Sdo.putList(o, "authors", authors);
    Sdo.putList(o, "object_refs", objectRefs);
    return StixObject.of(o);
  }
}
