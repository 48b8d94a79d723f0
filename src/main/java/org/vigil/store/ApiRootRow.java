package org.vigil.store;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A TAXII API root.
 *
 * @param name the path segment, e.g. {@code trustgroup1}
 * @param maxContentLength largest request body accepted, in bytes
 */
public record ApiRootRow(String name, String title, @Nullable String description, long maxContentLength) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  public ApiRootRow {
    Objects.requireNonNull(title, "title");
    if (!NAME.matcher(name).matches() || name.equals("api") || name.equals("taxii2")) {
      throw new IllegalArgumentException("API root name '" + name
          + "' must be 1 to 64 of A-Z, a-z, 0-9, '_' and '-', and not 'api' or 'taxii2'");
    }
    if (maxContentLength < 1) {
      throw new IllegalArgumentException("max_content_length " + maxContentLength + " must be at least 1");
    }
  }
}
