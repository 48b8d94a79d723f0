package org.vigil.registry;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A state agency or force: police, army, intelligence service.
 *
 * @param countryCode ISO 3166-1 alpha-2 code of the state it belongs to
 * @param kind police, military, intelligence, paramilitary, security, judicial or ministry
 */
public record Agency(
    String id,
    String name,
    List<String> aliases,
    List<String> risky,
    @Nullable String countryCode,
    @Nullable String kind,
    @Nullable String parent,
    @Nullable String source) implements Named {

  public Agency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    risky = List.copyOf(risky);
  }
}
