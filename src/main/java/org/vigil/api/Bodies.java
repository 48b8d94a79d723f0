package org.vigil.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;

/** Request bodies: a JSON object of at most {@code server.max-content-length} bytes. */
final class Bodies {

  private Bodies() {}

  /** @param example a body that would be accepted, shown when the body is not an object */
  static JsonNode object(Context ctx, ServerSettings settings, ObjectMapper json, String example) {
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxContentLength() + 1));
      if (b.length > settings.maxContentLength()) {
        throw new HttpProblem(413, "Content Too Large", "the body has more than " + settings.maxContentLength()
            + " bytes (server.max-content-length)");
      }
      JsonNode n = json.readTree(b);
      if (n == null || !n.isObject()) {
        throw unprocessable("the body is not a JSON object such as " + example);
      }
      return n;
    } catch (JsonProcessingException e) {
      throw unprocessable("the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An optional string field; a field of another type is an error naming it. */
  static @org.jspecify.annotations.Nullable String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw unprocessable("field '" + field + "' must be a string, not " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return v.asText();
  }

  static HttpProblem unprocessable(String detail) {
    return new HttpProblem(422, "Unprocessable Content", detail);
  }
}
