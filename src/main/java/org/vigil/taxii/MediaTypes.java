package org.vigil.taxii;

import io.javalin.http.Context;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigil.web.HttpProblem;

/**
 * Content negotiation of TAXII 2.1: requests accept {@code application/taxii+json;version=2.1}
 * (or, for object content, {@code application/stix+json;version=2.1}); a body is sent as
 * {@code application/taxii+json;version=2.1}. Anything else is 406 or 415.
 */
final class MediaTypes {

  static final String TAXII = "application/taxii+json;version=2.1";
  static final String STIX = "application/stix+json;version=2.1";

  private MediaTypes() {}

  /** Checks the {@code Accept} header. @throws HttpProblem 406 naming what is served */
  static void requireAccept(Context ctx, boolean stixToo) {
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return;
    }
    for (String part : accept.split(",")) {
      String t = normalise(part);
      if (t.startsWith("*/*") || t.startsWith("application/*") || acceptable(t, "application/taxii+json")
          || (stixToo && acceptable(t, "application/stix+json"))) {
        return;
      }
    }
    throw new HttpProblem(406, "Not Acceptable", "Accept '" + accept + "' does not allow " + TAXII
        + (stixToo ? " or " + STIX : "") + ", the media type of this resource");
  }

  /** Checks the {@code Content-Type} of a request body. @throws HttpProblem 415 */
  static void requireContentType(Context ctx) {
    String ct = ctx.header("Content-Type");
    if (ct == null || !acceptable(normalise(ct), "application/taxii+json")) {
      throw new HttpProblem(415, "Unsupported Media Type", "Content-Type '" + ct + "' is not " + TAXII
          + ", the media type of a TAXII envelope");
    }
  }

  private static boolean acceptable(String t, String type) {
    if (!t.startsWith(type)) {
      return false;
    }
    String params = t.substring(type.length());
    if (params.isEmpty()) {
      return true;
    }
    if (!params.startsWith(";")) {
      return false;
    }
    for (String p : params.substring(1).split(";")) {
      if (p.startsWith("version=") && !p.equals("version=2.1")) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(@Nullable String s) {
    return s == null ? "" : s.replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
