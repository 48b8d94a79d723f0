package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.vigil.stix.SchemaValidator;
import org.vigil.stix.StixTime;
import org.vigil.stix.Tlp;

/** Parsing of the STIX commands' option values, with errors that name the option. */
final class StixOptions {

  private StixOptions() {}

  static Tlp tlp(String option, String value) {
    return Tlp.fromLabel(value).orElseThrow(() -> new UserError(option + ": '" + value
        + "' is not a TLP level; expected clear, green, amber, amber+strict or red"));
  }

  static @Nullable Instant since(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return StixTime.parse(value).orElseThrow(() -> new UserError("--since: '" + value
          + "' is neither a date (YYYY-MM-DD) nor a STIX timestamp (2024-04-20T08:15:00.000Z)"));
    }
  }

  static @Nullable SchemaValidator schemas(@Nullable Path dir) {
    if (dir == null) {
      return null;
    }
    if (!Files.isDirectory(dir)) {
      throw new UserError("--schemas: " + dir + " is not a folder");
    }
    try {
      return SchemaValidator.of(dir);
    } catch (IllegalArgumentException e) {
      throw new UserError("--schemas: " + e.getMessage(), e);
    }
  }
}
