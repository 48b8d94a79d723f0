package org.vigil.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;

/** Display names of registry groups and ISO countries. Thread-safe (the registries are immutable). */
final class Names {

  private final Registries registries;

  Names(Registries registries) {
    this.registries = registries;
  }

  /** The group's registry name, or its id when the registry does not know it. */
  String group(@Nullable String id) {
    if (id == null) {
      return "";
    }
    return registries.groups().byId(id).map(Group::name).orElse(id);
  }

  /** The English name of a two-letter country code, or the code itself. */
  static String country(@Nullable String code) {
    if (code == null) {
      return "";
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }
}
