package org.vigil.extract;

/** What was attacked, with its type and the words. */
public record Target(TargetType type, String text) {

  public Target {
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(text, "text");
  }
}
