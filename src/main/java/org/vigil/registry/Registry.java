package org.vigil.registry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.text.Fold;

/**
 * Entries by id and by any of their names. Immutable; thread-safe.
 *
 * @param <T> the kind of entry
 */
public final class Registry<T extends Named> {

  private final Map<String, T> byId;
  private final Map<String, T> byName;

  Registry(Collection<T> entries) {
    Map<String, T> ids = new LinkedHashMap<>();
    Map<String, T> names = new LinkedHashMap<>();
    for (T e : entries) {
      ids.put(e.id(), e);
    }
    for (T e : ids.values()) {
      names.putIfAbsent(nameKey(e.name()), e);
    }
    for (T e : ids.values()) {
      for (String a : e.aliases()) {
        names.putIfAbsent(nameKey(a), e);
      }
    }
    this.byId = Map.copyOf(ids);
    this.byName = Map.copyOf(names);
    this.ordered = List.copyOf(ids.values());
  }

  private final List<T> ordered;

  public List<T> all() {
    return ordered;
  }

  public int size() {
    return ordered.size();
  }

  public Optional<T> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The entry whose canonical name or an alias is {@code name}, ignoring case, accents and punctuation. */
  public Optional<T> byName(String name) {
    return Optional.ofNullable(byName.get(nameKey(name)));
  }

  static String nameKey(String name) {
    return Fold.key(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
