package org.vigil.taxii;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.vigil.store.ObjectQuery;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;

/**
 * The filters and page of a TAXII objects, manifest or versions request, checked: a bad
 * timestamp, a limit out of range, too many match values or a {@code next} token from another
 * query are each a 400 that names the parameter and what was expected. A {@code match[...]}
 * filter this endpoint does not support is ignored, as the reference server does; any other
 * unknown parameter is a 400 (a misspelt {@code limit} or {@code added_after} would otherwise
 * silently return something else than asked).
 *
 * @param fingerprint what {@code next} tokens are bound to: the path and every filter
 */
record ObjectFilter(@Nullable String addedAfter, List<String> ids, List<String> types, List<String> versions,
    List<String> specVersions, int limit, ObjectQuery.@Nullable Position after, String fingerprint) {

  private static final Set<String> KNOWN = Set.of("added_after", "limit", "next", "match[id]", "match[type]",
      "match[version]", "match[spec_version]");

  static ObjectFilter parse(Context ctx, ServerSettings settings, Set<String> allowed) {
    Map<String, List<String>> params = new TreeMap<>(ctx.queryParamMap());
    for (String k : params.keySet()) {
      if (!k.startsWith("match[") && (!KNOWN.contains(k) || !allowed.contains(k))) {
        throw HttpProblem.badRequest("query parameter '" + k + "' is not supported here; supported: " + allowed);
      }
    }
    String addedAfter = null;
    String aa = ctx.queryParam("added_after");
    if (aa != null) {
      Instant t = TaxiiTime.parse(aa).orElseThrow(() -> HttpProblem.badRequest(
          "added_after '" + aa + "' is not a timestamp such as 2016-11-03T12:30:59.000Z"));
      addedAfter = TaxiiTime.dateAdded(t);
    }
    int limit = settings.maxPageSize();
    String l = ctx.queryParam("limit");
    if (l != null) {
      try {
        limit = Integer.parseInt(l);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1) {
        throw HttpProblem.badRequest("limit '" + l + "' is not a whole number of at least 1");
      }
      limit = Math.min(limit, settings.maxPageSize());
    }
    List<String> versions = new ArrayList<>();
    for (String v : values(ctx, "match[version]", settings, allowed)) {
      if (v.equals("all") || v.equals("first") || v.equals("last")) {
        versions.add(v);
      } else {
        versions.add(TaxiiTime.versionKey(TaxiiTime.parse(v).orElseThrow(() -> HttpProblem.badRequest(
            "match[version] '" + v + "' is not all, first, last or a timestamp"))));
      }
    }
    List<String> specs = values(ctx, "match[spec_version]", settings, allowed);
    for (String s : specs) {
      if (!s.matches("2\\.[01]")) {
        throw HttpProblem.badRequest("match[spec_version] '" + s + "' is not 2.0 or 2.1");
      }
    }
    params.remove("next");
    params.remove("limit");
    String fingerprint = hash(ctx.path().replaceAll("/+$", "") + "?" + params);
    ObjectQuery.Position after = null;
    String next = ctx.queryParam("next");
    if (next != null) {
      after = decode(next, fingerprint);
    }
    return new ObjectFilter(addedAfter, values(ctx, "match[id]", settings, allowed),
        values(ctx, "match[type]", settings, allowed), versions, specs, limit, after, fingerprint);
  }

  /** The query for {@code collection} as {@code org} may see it, one more than a page (to learn of more). */
  ObjectQuery query(String collection, long org, List<String> idsOverride, List<String> versionsOverride) {
    return new ObjectQuery(collection, org, addedAfter, idsOverride.isEmpty() ? ids : idsOverride, types,
        versionsOverride.isEmpty() ? versions : versionsOverride, specVersions, after, limit + 1);
  }

  /** The {@code next} token that continues after {@code last}. */
  String next(ObjectQuery.Position last) {
    String raw = last.dateAdded() + "|" + last.seq() + "|" + fingerprint;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static ObjectQuery.Position decode(String token, String fingerprint) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] p = raw.split("\\|");
      if (p.length == 3 && TaxiiTime.parse(p[0]).isPresent()) {
        if (!p[2].equals(fingerprint)) {
          throw HttpProblem.badRequest("next '" + token + "' belongs to another query: repeat the filters "
              + "of the request that returned it (only limit may change)");
        }
        return new ObjectQuery.Position(p[0], Long.parseLong(p[1]));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw HttpProblem.badRequest("next '" + token + "' is not a token this server returned");
  }

  /** The comma-separated values of a filter; none when the endpoint does not support it. */
  private static List<String> values(Context ctx, String name, ServerSettings settings, Set<String> allowed) {
    List<String> out = new ArrayList<>();
    if (!allowed.contains(name)) {
      return out;
    }
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    if (out.size() > settings.maxMatchValues()) {
      throw HttpProblem.badRequest(name + " has " + out.size() + " values; at most " + settings.maxMatchValues()
          + " are allowed (server.max-match-values)");
    }
    return out;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
