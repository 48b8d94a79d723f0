package org.vigil.registry;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An armed group or terrorist organisation.
 *
 * @param id stable slug
 * @param name canonical English name
 * @param aliases other names news uses (acronyms, transliterations, translations)
 * @param risky aliases that are also ordinary words; accepted only with supporting context
 * @param parent id of the parent group, if any
 * @param countries ISO 3166-1 alpha-2 codes of countries of operation
 * @param source where the entry's facts come from
 */
public record Group(
    String id,
    String name,
    List<String> aliases,
    List<String> risky,
    @Nullable String parent,
    List<String> countries,
    @Nullable String region,
    @Nullable String active,
    @Nullable String kind,
    @Nullable String source) implements Named {

  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    risky = List.copyOf(risky);
    countries = List.copyOf(countries);
  }
}
