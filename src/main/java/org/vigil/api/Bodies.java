package org.vigil.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;

/**
 * Request bodies: a JSON object of at most {@code server.max-content-length} bytes, sent as
 * {@code application/json} (a cross-site form can send neither that type nor this body, so no
 * page elsewhere can post to the API as a signed-in browser), with nothing after the object.
 */
final class Bodies {

  private Bodies() {}

  /** @param example a body that would be accepted, shown when the body is not an object */
  static JsonNode object(Context ctx, ServerSettings settings, ObjectMapper json, String example) {
    String type = ctx.header("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw new HttpProblem(415, "Unsupported Media Type", "the body must be sent as Content-Type: application/json, "
          + "not " + (type == null ? "without a type" : "'" + type + "'"));
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxContentLength() + 1));
      if (b.length > settings.maxContentLength()) {
        throw new HttpProblem(413, "Content Too Large", "the body has more than " + settings.maxContentLength()
            + " bytes (server.max-content-length)");
      }
      JsonNode n = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(b);
      if (n == null || !n.isObject()) {
        throw unprocessable("the body is not a JSON object such as " + example);
      }
      return n;
    } catch (JsonProcessingException e) {
      throw unprocessable("the body is not one JSON object: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An optional string field; a field of another type is an error naming it. */
  static @Nullable String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw unprocessable("field '" + field + "' must be a string, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return v.asText();
  }

  static HttpProblem unprocessable(String detail) {
    return new HttpProblem(422, "Unprocessable Content", detail);
  }
}
